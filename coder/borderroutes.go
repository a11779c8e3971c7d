package coder

// Routes a sentence tells without naming both ends as places: a way "by
// way of" a country, an end that is the country of an agent's place ("to
// banks in Qatar"), and people sent "across the border into" a country
// from the source's own.

import (
	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// byWayOf reports whether the name at token i follows "by way of": "to
// Djibouti by way of Ethiopia" passes Ethiopia on the way.
func byWayOf(toks []text.Token, i int) bool {
	k := i - 1
	for k >= 0 && determiners[toks[k].Lower] {
		k--
	}
	return k >= 2 && toks[k].Lower == "of" && toks[k-1].Lower == "way" && toks[k-2].Lower == "by"
}

// placedCountry returns the site of the country that an agent's own words
// put it in, when a movement goes to or from that agent: "transferred to
// banks in Qatar", "moved from accounts in South Korea". A place smaller
// than a country ("banks in Doha") is a site of its own already.
func (c *Coder) placedCountry(toks []text.Token, sites []site, m *mention) (site, bool) {
	if m.placedIn == "" || len(m.members) != 1 {
		return site{}, false
	}
	var prep string
	switch m.prep {
	case "to", "into":
		prep = "to"
	case "from":
		prep = "from"
	default:
		return site{}, false
	}
	in := -1
	for k := m.end - 1; k > m.start; k-- {
		if toks[k].Lower == "in" {
			in = k
			break
		}
	}
	if in < 0 {
		return site{}, false
	}
	start := in + 1
	for start < m.end && determiners[toks[start].Lower] {
		start++
	}
	if start >= m.end || sited(sites, start) {
		return site{}, false
	}
	ct, ok := c.lx.Country(m.placedIn)
	if !ok {
		return site{}, false
	}
	g := &lexicon.Gazetteer{Name: ct.Name, Country: m.placedIn, Lat: ct.Lat, Lon: ct.Lon}
	return site{start: start, end: m.end, g: g, prep: prep, country: true}, true
}

// acrossBorderInto returns the country whose mention follows "across the
// border into" or "over the border to" after token from, in its sentence,
// and where that phrase starts: "sent them across the border into
// Lithuania", "drove 2,000 refugees over the border into Thailand".
func acrossBorderInto(s *sentence, from int) (string, int) {
	for _, m := range s.ms {
		if m.start <= from || m.kind != mFull || len(m.members) != 1 || len(m.members[0].code) != 3 || m.members[0].country == "" {
			continue
		}
		if m.prep != "into" && m.prep != "to" {
			continue
		}
		k := m.start - 2 // before "into"
		if !isWord(s.toks, k, "border") && !isWord(s.toks, k, "frontier") {
			continue
		}
		k--
		for k >= 0 && determiners[s.toks[k].Lower] {
			k--
		}
		if isWord(s.toks, k, "across") || isWord(s.toks, k, "over") {
			return m.members[0].country, k
		}
	}
	return "", -1
}

// borderRoutes gives a movement of people or goods sent "across the
// border into" another country, with no route of its own, the way from
// the source's country to that one; it starts at a place of the source's
// country named before the border, where they were ("villages in
// northern Rakhine ... across the border into Bangladesh"), else at the
// country itself.
func (c *Coder) borderRoutes(s *sentence, sites []site, evs []dyad.Event, trigs []int) {
	for i := range evs {
		e := &evs[i]
		if e.Route != nil || i >= len(trigs) || trigs[i] < 0 || e.Source.Country == "" {
			continue
		}
		to, at := acrossBorderInto(s, trigs[i])
		if to == "" || to == e.Source.Country {
			continue
		}
		if next := nextTrigger(trigs, trigs[i]); next >= 0 && next < at {
			continue // the border is another event's
		}
		end := c.countryPlace(to, "")
		if end == nil {
			continue
		}
		var start *dyad.Place
		for _, st := range sites {
			if st.start < at && !st.within && !st.country && st.g.Country == e.Source.Country && (st.prep == "in" || st.prep == "from") {
				g := st.g
				start = &dyad.Place{Name: g.Name, Country: g.Country, Lat: g.Lat, Lon: g.Lon, Precision: g.Precision}
			}
		}
		if start == nil {
			start = c.countryPlace(e.Source.Country, "")
		}
		if start == nil {
			continue
		}
		e.Route = []dyad.Place{*start, *end}
	}
}

// nextTrigger returns the first event word of trigs after token t, or -1.
func nextTrigger(trigs []int, t int) int {
	best := -1
	for _, x := range trigs {
		if x > t && (best < 0 || x < best) {
			best = x
		}
	}
	return best
}
