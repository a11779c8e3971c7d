package coder

import (
	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// placeClause is the clause of token t for placing events: s.clause, but a
// relative clause set off by commas is an aside, and the clause it
// interrupts goes on after it ("seized the tanker Stena Impero, which has a
// crew of 23, in the Strait of Hormuz"). A token of the aside is in a clause
// of its own.
func (s *sentence) placeClause(t int) int {
	n := 0
	for k := 0; k < t; k++ {
		if !s.boundary[k] {
			continue
		}
		if relativePronouns[s.toks[k].Lower] && isWord(s.toks, k-1, ",") {
			if e := asideEnd(s, k); e >= t {
				return len(s.toks) + k // within the aside
			} else if e >= 0 {
				k = e // resumed after the aside
				continue
			}
		}
		n++
	}
	return n
}

// asideEnd returns the comma that closes the relative clause opened at
// token k, when no other clause opens before it and it comes within sixteen
// words, or -1.
func asideEnd(s *sentence, k int) int {
	for e := k + 1; e < len(s.toks) && e <= k+16; e++ {
		if s.toks[e].Lower == "," {
			return e
		}
		if s.boundary[e] || s.toks[e].Kind == text.Punct && s.toks[e].Lower != "-" {
			return -1
		}
	}
	return -1
}

// relativeAbout reports whether the place at token i is in a relative clause
// on the party m: "who" or "that" within six words after it, across words
// only ("supporters of opposition candidate Venancio Mondlane who"), and
// the place in that clause.
func relativeAbout(s *sentence, i int, m member) bool {
	if m.end <= m.start || i < m.end {
		return false
	}
	for r := m.end; r < len(s.toks) && r < m.end+6 && r < i; r++ {
		w := s.toks[r].Lower
		if w == "who" || w == "that" || w == "which" && !isWord(s.toks, r-1, ",") {
			return s.placeClause(i) == s.placeClause(r+1)
		}
		if s.toks[r].Kind != text.Word || clauseWords[w] {
			return false
		}
	}
	return false
}

// countryPlace is a country as a place: its representative point.
func (c *Coder) countryPlace(code, role string) *dyad.Place {
	ct, ok := c.lx.Country(code)
	if !ok {
		return nil
	}
	return &dyad.Place{Name: ct.Name, Country: code, Lat: ct.Lat, Lon: ct.Lon, Role: role}
}

// sourcePlace returns the place the source's own words put it in, or nil:
// "police in Kathmandu opened fire" and "a Beijing court sentenced" act
// there. A place that is all of the source ("Beijing said") stands for its
// country, and says nothing of where.
func sourcePlace(s *sentence, sites []site, src member) *site {
	for k := range sites {
		st := &sites[k]
		if st.start < src.start || st.end > src.end || st.within {
			continue
		}
		if st.prep == "in" || st.prep == "at" || st.prep == "near" || st.prep == "outside" || st.prep == "inside" {
			// "police in Kathmandu"; a place after "at" is where, whatever it
			// stands for; so is the place a bomb no one set went off near or
			// outside, which is its source (POLICY §5): "a car bomb exploded near
			// Karachi's airport"
			return st
		}
		if st.end < src.end && s.toks[st.end].Kind == text.Word && !s.toks[st.end].Cap && s.toks[st.end].Lower != "'s" {
			return st // "a Beijing court", "Moscow police"
		}
	}
	return nil
}

// countryScene returns the country an event's clause sets it in when it
// names no smaller place, or nil: "held drills around Taiwan", "marched
// across France", "signed an agreement in Barbados", "struck Hezbollah
// positions in Lebanon". Words said "in" a country about it are not said
// there, so a verbal act is set in a country only when it is a third
// party's venue ("talks in Turkey"), and never in its source's own.
func (c *Coder) countryScene(s *sentence, p proto, cl int) *dyad.Place {
	for i := range s.ms {
		m := &s.ms[i]
		if m.kind != mFull || len(m.members) != 1 || len(m.members[0].code) != 3 || m.members[0].country == "" ||
			s.placeClause(m.start) != cl {
			continue
		}
		if len(p.words) > 0 && answersFrom(p) && s.causePlace(site{start: m.start, end: m.end}, p.words[0]) {
			continue // attrs7: the place of the event answered (causeplace.go)
		}
		if len(p.words) > 0 && p.code.Root() >= "18" && s.speakerSite(site{start: m.start, end: m.end, prep: "in"}, p.words[0]) {
			continue // wherepick8: where a speaker spoke of the force (speakerplace.go)
		}
		if s.baseCountry(m.start, m.end, p) {
			continue // wherecountry10: "troops based in Belarus shelled targets in Ukraine" (sortieplace.go)
		}
		country := m.members[0].country
		prep := m.prep
		if prep == "" && m.start > 0 {
			prep = s.toks[m.start-1].Lower // "around" and "throughout" are no prepositions of actors
		}
		if q := countryOfPrep(s.toks, m.start); q != "" {
			prep = q // whereempty8: "on the Caribbean island of St. Vincent" (siteof.go)
		}
		switch prep {
		case "around", "across", "throughout":
		case "in", "inside":
			if p.code.Root() < "18" && warIn(s.toks, m.start) {
				continue // "to help Moscow's war in Ukraine": the war's place
			}
			material := p.code.Quad()%2 == 0
			third := country != p.src.country && !(p.hasTgt && country == p.tgt.country)
			if country == p.src.country || !material && !(third && venueRoots[string(p.code.Root())]) {
				continue
			}
		default:
			continue
		}
		pl := c.countryPlace(country, "event")
		if name := compassPart(s.toks, m.start, m.end); pl != nil && name != "" {
			pl.Name, pl.Precision = name, "country" // "in northeast Syria" (compass.go)
		}
		return pl
	}
	return nil
}

// subjectRelative reports whether the place at token i is in a relative
// clause on the source that ends before the action at token a: "a tanker
// that loaded diesel at Kaohsiung transferred it off Zhoushan" was loaded
// there, and transferred elsewhere.
func subjectRelative(toks []text.Token, i int, src member, a int) bool {
	if src.end <= src.start || i < src.end || i > a {
		return false
	}
	for r := src.end; r < i; r++ {
		if w := toks[r].Lower; w == "that" || w == "which" || w == "who" {
			return true
		}
	}
	return false
}

// countryEnd reports whether a country is named in the stretch [a, b) as
// where a movement goes: "to Ukraine", "into Russia".
func countryEnd(s *sentence, a, b int) bool {
	for _, m := range s.ms {
		if m.start >= a && m.end <= b && (m.prep == "to" || m.prep == "into") && m.kind == mFull {
			return true
		}
	}
	return false
}

// otherAct reports whether token t stands in a clause that "after" or
// "before" opens with a subject and a verb of its own, and the action at
// token a outside it: "freed two Canadians, hours after a court in
// Vancouver freed Meng" sets the court's act in Vancouver, not China's.
func (s *sentence) otherAct(t, a int) bool {
	b := t - 1
	for b >= 0 && !s.boundary[b] {
		b--
	}
	return b >= 0 && subordinators[s.toks[b].Lower] && s.placeClause(a) != s.placeClause(t) && s.opener(a) != b
}

// opener returns the boundary that opens the clause of token a, across
// clauses joined to it by "and" or "but": "a day after protesters stormed
// parliament in Nairobi and police opened fire" is all one "after" clause,
// whose place is the police's too. -1 when none does.
func (s *sentence) opener(a int) int {
	b := a - 1
	for b >= 0 {
		for b >= 0 && !s.boundary[b] {
			b--
		}
		if b < 0 || s.toks[b].Lower != "and" && s.toks[b].Lower != "but" {
			return b
		}
		b--
	}
	return -1
}
