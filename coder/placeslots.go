package coder

import "strings"

// The place an action's target is found in: where force is used is whom it
// strikes, and aid or troops for an organisation's work in a country go to
// that country.

// placeAfter returns the first country or place after token from in the
// clause, even after "in" or "at" (where force is used is whom it strikes).
func (s *sentence) placeAfter(from, not int) (int, how) {
	for k := from; k < len(s.toks) && k < from+12; k++ {
		if s.boundary[k] {
			break
		}
		if mi := s.at[k]; mi >= 0 && mi != not && (s.ms[mi].kind == mFull || s.ms[mi].kind == mPlace) && len(s.ms[mi].members) > 0 {
			return mi, after
		}
	}
	return -1, after
}

// placeIn returns the first country or place after "in" following token
// from, within the clause and twenty words, other than not, or -1.
func (s *sentence) placeIn(from, not int) (int, how) {
	for k := from; k < len(s.toks) && k < from+20; k++ {
		if s.boundary[k] || s.toks[k].Lower == "at" || s.toks[k].Lower == "during" {
			break // "pledged aid at a conference in Brussels": a venue
		}
		if mi := s.at[k]; mi >= 0 && mi != not && s.ms[mi].prep == "in" && len(s.ms[mi].members) > 0 &&
			(s.ms[mi].kind == mPlace || s.ms[mi].kind == mFull && len(s.ms[mi].members[0].code) == 3) {
			if s.ms[mi].start <= from+1 {
				continue // "agreed in Pretoria to a cessation of hostilities": where the verb's act took place
			}
			return mi, after
		}
	}
	return -1, after
}

// operationIn returns the country mention right after "in" that follows
// the organisation mention mi ("the World Food Program in Afghanistan",
// "the UN peacekeeping force in South Sudan"), or -1: aid or troops given
// to an organisation's work in a country go to that country, as the team's
// and Multi-CoPED's annotators code them.
func (s *sentence) operationIn(mi int) int {
	m := &s.ms[mi]
	in := m.end
	if in < len(s.toks) && operationNouns[s.toks[in].Lemma] {
		in++ // "the NATO mission in Latvia"
	}
	if len(m.members) != 1 || m.members[0].country != "" || !strings.HasPrefix(m.members[0].code, "IGO") && !strings.HasPrefix(m.members[0].code, "NGO") ||
		!isWord(s.toks, in, "in") || in+1 >= len(s.toks) {
		return -1
	}
	c := s.at[in+1]
	if c < 0 || len(s.ms[c].members) != 1 || s.ms[c].members[0].country == "" ||
		s.ms[c].kind != mPlace && !(s.ms[c].kind == mFull && len(s.ms[c].members[0].code) == 3) {
		return -1
	}
	return c
}

// operationNouns name an organisation's work in a country.
var operationNouns = set(`mission operation force`)
