package coder

import "github.com/dyadhq/dyad/text"

// Towns that share a name: "Tripoli" alone is Libya's capital, which stands
// for its state, but "Tripoli in Lebanon", "Tripoli, Lebanon", "Lebanon's
// Tripoli" and "the Lebanese city of Tripoli" are the Lebanese port, and a
// cargo sent there goes to Lebanon. When the sentence puts a one-word
// town's name in another country and the gazetteer has a place of that
// name there, the mention is that place. (actors7)

// placedTowns turns such mentions into the places the words put them in.
func (c *Coder) placedTowns(toks []text.Token, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.kind != mFull || m.end != m.start+1 || len(m.members) != 1 || len(m.members[0].code) != 3 || !toks[m.start].Cap {
			continue
		}
		d := townCountry(toks, ms, m)
		if d == "" || d == m.members[0].country {
			continue
		}
		for _, g := range c.lx.PlaceNamed(toks[m.start].Lower) {
			if g.Country == d {
				m.kind = mPlace
				m.members = []member{{code: d, country: d, name: g.Name, start: m.start, end: m.end}}
				break
			}
		}
	}
}

// townCountry returns the country the words around the town's mention m
// put it in, or "": "in Lebanon" or ", Lebanon" after it, "Lebanon's"
// before it, or "the Lebanese city of" before it.
func townCountry(toks []text.Token, ms []mention, m *mention) string {
	country := func(start, end int) string {
		for _, p := range ms {
			if (start < 0 || p.start == start) && (end < 0 || p.end == end) && len(p.members) == 1 && len(p.members[0].code) == 3 &&
				(p.kind == mFull || p.kind == mWeak) {
				return p.members[0].country
			}
		}
		return ""
	}
	if k := m.end; isWord(toks, k, "in") || isWord(toks, k, ",") {
		for _, p := range ms {
			if p.start == k+1 && p.kind == mFull && len(p.members) == 1 && len(p.members[0].code) == 3 {
				if n := p.end; isWord(toks, k, ",") && n < len(toks) && (toks[n].Lower == "and" || toks[n].Lower == "or" || toks[n].Lower == ",") {
					return "" // "Tripoli, Lebanon and Syria": a list
				}
				return p.members[0].country
			}
		}
	}
	if k := m.start - 1; isWord(toks, k, "'s") {
		return country(-1, k) // "Lebanon's Tripoli"
	}
	if k := m.start - 1; isWord(toks, k, "of") && k >= 2 && cityNouns[toks[k-1].Lower] {
		return country(-1, k-1) // "the Lebanese city of Tripoli"
	}
	return ""
}
