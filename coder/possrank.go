package coder

import "github.com/dyadhq/dyad/text"

// Between a country's possessive and the role word it owns ("Kenya's leading
// rights activist", "Egypt's outgoing prime minister") may stand a participle
// that ranks or places the role. Its lemma is a verb with patterns ("lead",
// "go out"), and counted as a verb it split the phrase into a country and a
// role of no country.

// rankParticiples are -ing forms that, before a role word, only describe it.
var rankParticiples = set(`leading ruling governing outgoing incoming acting reigning founding`)

// rankModifier reports whether token k, between a possessive "'s" ending
// just before from and a role word, is such a participle.
func rankModifier(toks []text.Token, from, k int) bool {
	return from >= 1 && toks[from-1].Lower == "'s" && rankParticiples[toks[k].Lower]
}
