package coder

import "github.com/dyadhq/dyad/text"

// noparties: a list of actors may close with a count of unnamed others
// without "other": "Saudi Arabia and three Arab allies that severed ties
// with Qatar", "France and two European partners". As "and four other
// countries" does (othersTail), the count names nobody in particular, and
// the list is its named members: so a relative clause or a verb after it
// has the list, not a role word of no country, as its subject.

// countedOthers returns the end of a count of others that starts at token
// k: a number above one (or "several"), at most one modifier (a bloc's
// adjective or a plain word: "Arab", "regional") and a plural noun of
// countries or partners ("allies", "states"); else -1.
func countedOthers(toks []text.Token, k int) int {
	if k >= len(toks) || !(toks[k].Kind == text.Number || numberWords[toks[k].Lower] > 1 || toks[k].Lower == "several") {
		return -1
	}
	for j := k + 1; j < len(toks) && j <= k+2; j++ {
		t := &toks[j]
		if othersNouns[t.Lower] && t.Lower != t.Lemma {
			return j + 1 // plural: "three allies", "two Gulf states"
		}
		if t.Kind != text.Word || closedClass(t.Lower) || t.Cap && !blocWords[t.Lower] {
			return -1 // "and two Russian diplomats" is no one's others; a name is its own member
		}
	}
	return -1
}
