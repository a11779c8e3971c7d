package coder

import (
	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// whereempty8: ", where" after a place and the time of the act that
// reached it.
//
// "protesters marched to Nairobi on Tuesday, where police fired tear gas at
// them", "deported 200 Venezuelans to El Salvador over the weekend, where
// they were jailed": the place that ", where" takes up is the last one
// named before the time phrase between them, a town (whereClause reads one
// right before the comma) or a country the act's party is in.

// timeGap are the words of a time phrase between a place and ", where":
// "on Tuesday", "over the weekend", "early on Monday", "last week".
var timeGap = set(`on over the weekend last this early late week month night morning afternoon evening day earlier later overnight`)

// whereAfterTime returns the index of the token that ends the place which
// ", where" before the act at token a takes up across a time phrase, or -1.
func whereAfterTime(toks []text.Token, a int) int {
	k := whereBefore(toks, a) // placedby.go
	if k < 0 {
		return -1
	}
	e, gap := k-1, 0
	for e-1 >= 0 && gap < 5 {
		t := &toks[e-1]
		_, day := weekdays[t.Lower]
		if !timeGap[t.Lower] && !day && monthNames[t.Lower] == 0 && t.Kind != text.Number {
			break
		}
		e--
		gap++
	}
	if gap == 0 || !isWord(toks, e, "on") && !isWord(toks, e, "over") && !isWord(toks, e, "last") &&
		!isWord(toks, e, "early") && !isWord(toks, e, "late") && !isWord(toks, e, "this") && !isWord(toks, e, "overnight") {
		return -1
	}
	return e
}

// whereTownAfterTime returns the town that ends at the token whereAfterTime
// finds
// ("the Kuznica crossing on Monday, where": its place noun may end it), or
// nil; a name inside a country's ("Salvador" of "El Salvador") is none.
func whereTownAfterTime(s *sentence, sites []site, a int) *site {
	e := whereAfterTime(s.toks, a)
	if e < 0 {
		return nil
	}
	if e >= 1 && isPlaceNoun(&s.toks[e-1]) && !s.toks[e-1].Cap {
		e-- // "the Kuznica crossing"
	}
	for i := range sites {
		st := &sites[i]
		if st.end != e || st.country || st.g.Country == "" || st.within {
			continue
		}
		if st.start > 0 && s.toks[st.start-1].Cap && s.in[st.start] >= 0 && s.in[st.start-1] == s.in[st.start] {
			return nil // "El Salvador": the country's name, not its namesake town
		}
		return st
	}
	return nil
}

// whereCountryAfterTime returns the country that ends at the token
// whereAfterTime finds, as the place of the act p when a party of p is of
// it, or nil.
func (c *Coder) whereCountryAfterTime(s *sentence, p proto, a int) *dyad.Place {
	e := whereAfterTime(s.toks, a)
	if e < 0 {
		return nil
	}
	for i := range s.ms {
		m := &s.ms[i]
		if m.end != e || m.kind != mFull || len(m.members) != 1 || len(m.members[0].code) != 3 {
			continue
		}
		if cc := m.members[0].country; cc != "" && (cc == p.src.country || p.hasTgt && cc == p.tgt.country) {
			return c.countryPlace(cc, "event")
		}
	}
	return nil
}
