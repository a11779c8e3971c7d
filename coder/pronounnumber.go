package coder

import "github.com/dyadhq/dyad/text"

// pluralDoerOf reports whether mention m is a plural doer ("gunmen",
// "Taliban fighters") whose own clause holds the singular personal pronoun
// at token i: "gunmen killed a farmer and members of his family" are not
// "his", who is someone the clause names after them. Past a comma, an
// infinitive or another clause the pronoun may well look back to them
// through an act of their own, and is left to antecedent.
func pluralDoerOf(toks []text.Token, m *mention, i int) bool {
	if !personalPronouns[toks[i].Lower] || m.end > i || !isPlural(toks, m) {
		return false
	}
	for k := m.end; k < i; k++ {
		t := &toks[k]
		if t.Kind == text.Punct || t.Lower == "to" || clauseWords[t.Lower] || relativeWords[t.Lower] || reportVerbs[t.Lower] {
			return false
		}
	}
	return true
}
