package coder

import "github.com/dyadhq/dyad/text"

// Who the people held are, where words around a name say it: an
// apposition of kinship gives no role, and a title no dictionary holds
// stands between a verb of custody and a person it knows.

// kinApposed reports whether the comma at token b opens an apposition that
// says only whose kin the person named before it is ("X, a son of the
// jailed drug lord,", "X, the father of a football star,"): it gives no
// role, so the person is a civilian of the sentence's country, as one with
// no apposition is (persons.go).
func kinApposed(toks []text.Token, b int) bool {
	k := b + 1
	if !isWord(toks, k, "a") && !isWord(toks, k, "an") && !isWord(toks, k, "the") {
		return false
	}
	k++
	if k < len(toks) && !kinNouns[toks[k].Lower] && toks[k].Kind == text.Word && !toks[k].Cap {
		k++ // "the elderly father of"
	}
	return k+1 < len(toks) && kinNouns[toks[k].Lower] && isWord(toks, k+1, "of")
}

// kinNouns name a person by kinship.
var kinNouns = set(`son daughter father mother brother sister wife husband widow nephew niece cousin uncle aunt
	grandson granddaughter grandfather grandmother relative child`)

// namedPersonAt reports whether a mention whose first member is a person
// the dictionaries know starts at token k: "Aung San Suu Kyi and President
// Win Myint".
func (s *sentence) namedPersonAt(k int) bool {
	if k >= len(s.toks) || !s.toks[k].Cap || s.at[k] < 0 {
		return false
	}
	m := &s.ms[s.at[k]]
	return len(m.members) > 0 && m.members[0].person != nil && m.members[0].start == k
}
