package coder

import (
	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// The ends of a way the gazetteer lacks: "flew 40 migrants from Zorvik to
// Bamako", "deported 50 men from London to Kukesville". A capitalised name
// no dictionary knows after "from", with "to" and a known place or country
// right after it (or a known place after "from" and the name after "to"),
// is a place: "from ... to ..." says so as "the town of" does (described.go),
// and the route (route.go) then runs through it instead of missing an end.
// Its country is the one the words make likeliest: a start is the mover's,
// the country of the sentence's first actor; an end is the one country of
// the sentence other than the start's. Where neither is sure the name is
// left alone.

// routeEnds adds to sites the unknown names that "from ... to ..." makes the
// ends of a way, keeping sites in sentence order.
func (c *Coder) routeEnds(s *sentence, sites []site) []site {
	toks := s.toks
	var add []site
	for f := 0; f+3 < len(toks); f++ {
		if toks[f].Lower != "from" {
			continue // the cheap test first
		}
		a := f + 1
		aEnd := c.unknownRun(s, sites, a)
		var to int
		switch {
		case aEnd > a:
			to = aEnd
		case sitedAt(sites, a):
			to = a
			for _, st := range sites {
				if st.start == a {
					to = st.end
				}
			}
		default:
			continue
		}
		if !isWord(toks, to, "to") {
			continue
		}
		b := to + 1
		if isWord(toks, b, "the") {
			b++
		}
		bEnd := c.unknownRun(s, sites, b)
		switch {
		case aEnd > a && bEnd == b && (sitedAt(sites, b) || countryAt(s, b) != ""):
			// "from Zorvik to Bamako": the start is the mover's
			if ct := s.firstCountry(f); ct != "" && ct != endCountry(s, sites, b) {
				if st, ok := c.namedEnd(toks, a, aEnd, ct, "from"); ok {
					add = append(add, st)
				}
			}
		case aEnd == a && bEnd > b:
			// "from London to Kukesville": the end is the other country's
			if ct := s.soleOtherCountry(siteCountry(sites, a)); ct != "" {
				if st, ok := c.namedEnd(toks, b, bEnd, ct, "to"); ok {
					add = append(add, st)
				}
			}
		}
	}
	if len(add) == 0 {
		return sites
	}
	return withSites(sites, add)
}

// unknownRun returns the end of a run of one to three capitalised words at
// token a that no dictionary knows and no site or actor holds ("Zorvik",
// "Kukes Bay"), or a when there is none.
func (c *Coder) unknownRun(s *sentence, sites []site, a int) int {
	b := a
	for b < len(s.toks) && b < a+3 && unknownName(c.lx, &s.toks[b]) && s.in[b] < 0 && !sitedAt(sites, b) && !notPlaceName(&s.toks[b]) {
		b++
	}
	if b < len(s.toks) && s.toks[b].Cap && s.toks[b].Kind == text.Word {
		return a // a longer name, part of it known: no place of its own
	}
	return b
}

// namedEnd is the site of the unknown name toks[a:b] as an end of a way,
// in country ct, at the country's point.
func (c *Coder) namedEnd(toks []text.Token, a, b int, ct, prep string) (site, bool) {
	cc, ok := c.lx.Country(ct)
	if !ok {
		return site{}, false
	}
	g := &lexicon.Gazetteer{Name: joinWords(toks[a:b]), Country: ct, Kind: "city", Lat: cc.Lat, Lon: cc.Lon, Precision: "country"}
	return site{start: a, end: b, g: g, prep: prep}, true
}

// countryAt returns the country of a one-country actor mention that starts
// at token k, or "".
func countryAt(s *sentence, k int) string {
	if k >= len(s.toks) || s.in[k] < 0 {
		return ""
	}
	m := s.ms[s.in[k]]
	if m.start != k || len(m.members) != 1 || len(m.members[0].code) != 3 {
		return ""
	}
	return m.members[0].country
}

// endCountry is the country of the place or country named at token k, or "".
func endCountry(s *sentence, sites []site, k int) string {
	if ct := siteCountry(sites, k); ct != "" {
		return ct
	}
	return countryAt(s, k)
}

// siteCountry is the country of the site that starts at token k, or "".
func siteCountry(sites []site, k int) string {
	for _, st := range sites {
		if st.start == k {
			return st.g.Country
		}
	}
	return ""
}

// firstCountry returns the country of the first actor mention before token
// k that names one, or "": the mover of "Britain deported 50 men from".
func (s *sentence) firstCountry(k int) string {
	for _, m := range s.ms {
		if m.start >= k {
			break
		}
		for _, mb := range m.members {
			if mb.country != "" {
				return mb.country
			}
		}
	}
	return ""
}

// soleOtherCountry returns the one country the sentence's actors name other
// than not, or "" when there is none or more than one.
func (s *sentence) soleOtherCountry(not string) string {
	one := ""
	for _, m := range s.ms {
		for _, mb := range m.members {
			if mb.country == "" || mb.country == not {
				continue
			}
			if one != "" && mb.country != one {
				return ""
			}
			one = mb.country
		}
	}
	return one
}
