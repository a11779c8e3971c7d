package coder

import (
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// site is a gazetteer place named in a sentence.
type site struct {
	start, end int
	g          *lexicon.Gazetteer
	prep       string // the preposition before it: "in", "from", "to", ...
}

// genericSuffixes are words text sometimes glues to a place name:
// "Vostochnyport", "Rasoncity".
var genericSuffixes = []string{"port", "city", "harbour", "harbor"}

// sites finds the gazetteer places of a sentence, longest first, including
// names glued to a generic word.
func (c *Coder) sites(toks []text.Token) []site {
	var out []site
	for i := 0; i < len(toks); i++ {
		if !toks[i].Cap {
			continue
		}
		if c.lx.Starts(&toks[i])&lexicon.StartsPlace == 0 {
			// only a glued name ("Vostochnyport") can still be a place
		} else if gs, n := c.lx.Place(toks, i); n > 0 {
			out = append(out, site{start: i, end: i + n, g: gs[0], prep: sitePrep(toks, i)})
			i += n - 1
			continue
		}
		for _, suf := range genericSuffixes {
			if w := toks[i].Lower; len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
				if gs := c.lx.PlaceNamed(strings.TrimSuffix(w, suf)); len(gs) > 0 {
					out = append(out, site{start: i, end: i + 1, g: gs[0], prep: sitePrep(toks, i)})
					break
				}
			}
		}
	}
	return out
}

// sitePrep is the preposition that governs a place at token i, looking
// through the phrases that name it: "through the border city of Dandong"
// and "to Russia's port of Vostochny" are "through" and "to", "in Russia's
// Kursk region" is "in", "off the coast of Luzon" is "off".
func sitePrep(toks []text.Token, i int) string {
	p := prepBefore(toks, i)
	k := i - 1
	for k >= 0 && determiners[toks[k].Lower] {
		k--
	}
	if p == "" && k >= 0 && toks[k].Lower == "off" {
		return "off" // "off Luzon"; not a preposition elsewhere ("called off")
	}
	if p == "of" {
		// "the border city of", "the coast of", "Russia's port of"
		j := k - 1
		for j >= 0 && j >= k-3 && !prepositions[toks[j].Lower] && toks[j].Kind == text.Word {
			if placeNouns[toks[j].Lemma] || toks[j].Lower == "'s" {
				if q := sitePrep(toks, j); q != "" {
					return q
				}
			}
			j--
		}
		return p
	}
	if p == "" && isWord(toks, i-1, "'s") {
		// "Russia's Kursk region": the possessor's preposition
		j := i - 2
		for j > 0 && toks[j-1].Cap && toks[j-1].Kind == text.Word {
			j--
		}
		return prepBefore(toks, j)
	}
	return p
}

func placeOf(g *lexicon.Gazetteer, role string) *dyad.Place {
	return &dyad.Place{Name: g.Name, Country: g.Country, Lat: g.Lat, Lon: g.Lon, Role: role}
}

// locate returns where the event p happened, or a place the sentence only
// mentions: a visit's destination ("visited Vladivostok", "a visit to North
// Korea"), else a place after "in", "at" or "near" in the action's clause,
// else the first place of the sentence as merely mentioned.
func (c *Coder) locate(s *sentence, sites []site, p proto) *dyad.Place {
	within := func(st site, m member) bool { return st.start >= m.start && st.end <= m.end }
	if p.code == "043" { // a host receives at home
		for _, st := range sites {
			if within(st, p.src) {
				return placeOf(st.g, "event")
			}
		}
	}
	if p.code == "042" && p.hasTgt {
		for _, st := range sites {
			if within(st, p.tgt) {
				return placeOf(st.g, "event")
			}
		}
		if p.tgt.country != "" {
			if pl := c.countryPlace(p.tgt.country, "event"); pl != nil {
				return pl
			}
		}
	}
	a := 0
	if len(p.words) > 0 {
		a = p.words[0]
	}
	cl := s.clause(a)
	var best *site
	force := p.code.Root() >= "18"
	for k := range sites {
		st := &sites[k]
		// a place that is the target of force is where it was used
		// ("struck targets near Damascus", "shelled Kharkiv")
		inTarget := p.hasTgt && within(*st, p.tgt)
		sea := st.g.Kind == "sea" && seaPreps[st.prep] // "fired a missile into the Sea of Japan"
		if (eventPreps[st.prep] || sea || force && inTarget) && s.clause(st.start) == cl && !within(*st, p.src) &&
			(!inTarget || force || st.g.Kind == "sea") && (best == nil || abs(st.start-a) < abs(best.start-a)) {
			best = st
		}
	}
	if best != nil {
		return placeOf(best.g, "event")
	}
	for _, st := range sites {
		// a capital standing for its state ("a supplier for Moscow") is an
		// actor, not a place of the event
		if !within(st, p.src) && !(p.hasTgt && within(st, p.tgt)) && s.in[st.start] < 0 {
			return placeOf(st.g, "mentioned")
		}
	}
	return nil
}

// countryPlace is a country as a place: its representative point.
func (c *Coder) countryPlace(code, role string) *dyad.Place {
	ct, ok := c.lx.Country(code)
	if !ok {
		return nil
	}
	return &dyad.Place{Name: ct.Name, Country: code, Lat: ct.Lat, Lon: ct.Lon, Role: role}
}

// route reads the legs of a movement: "from Najin ... to Vostochny, from
// where ... by rail to ...". Each point's mode is the mode of the leg that
// leaves it; a route needs two places.
func route(toks []text.Token, sites []site, qs []qty) []dyad.Place {
	var pts []dyad.Place
	var modeAt []int // token index where each point's leg begins
	var pending *site
	for _, st := range sites {
		switch st.prep {
		case "from", "via", "through":
			if len(pts) > 0 && pts[len(pts)-1].Name == st.g.Name {
				continue
			}
			pts = append(pts, dyad.Place{Name: st.g.Name, Country: st.g.Country, Lat: st.g.Lat, Lon: st.g.Lon})
			modeAt = append(modeAt, st.start)
		case "to", "into", "toward", "towards":
			if len(pts) == 0 {
				if pending == nil {
					pending = &st // "sent shells to Vostochny from Rason": the origin may come after
				}
				continue
			}
			pts = append(pts, dyad.Place{Name: st.g.Name, Country: st.g.Country, Lat: st.g.Lat, Lon: st.g.Lon})
			modeAt = append(modeAt, st.end)
		}
	}
	if pending != nil && len(pts) > 0 && pts[len(pts)-1].Name != pending.g.Name {
		g := pending.g
		pts = append(pts, dyad.Place{Name: g.Name, Country: g.Country, Lat: g.Lat, Lon: g.Lon})
		modeAt = append(modeAt, len(toks))
	}
	if len(pts) < 2 {
		return nil
	}
	// modes: "by sea" before the first place or within a leg belongs to the
	// leg's starting point; "from where ... by rail" to the last point
	for i := 0; i < len(toks); i++ {
		m, ok := modes[toks[i].Lower]
		if !ok || !(isWord(toks, i-1, "by") || toks[i].Lower == "overland" || isWord(toks, i-1, "via")) {
			continue
		}
		k := 0
		for k+1 < len(pts) && modeAt[k+1] <= i {
			k++
		}
		if pts[k].Mode == "" {
			pts[k].Mode = m
		}
	}
	for _, q := range qs {
		if !q.distance {
			continue
		}
		k := 0
		for k+1 < len(pts) && modeAt[k+1] <= q.start {
			k++
		}
		if pts[k].Distance == nil {
			d := q.q
			pts[k].Distance = &d
		}
	}
	return pts
}
