package coder

import "github.com/dyadhq/dyad/text"

// noparties9: "Russia and Ukraine each accused the other", "the two
// countries each blamed the other": "each" right after the list it
// distributes, with no group noun after it, and "the other" as the object
// of the verb between them say what "accused each other" says (eachBefore,
// theother.go, reads them so).

// eachVerbOther reports whether the "each" at token j stands after a name
// or a group noun and, with one to two words of a verb between, before the
// "the other" at token k.
func eachVerbOther(toks []text.Token, j, k int) bool {
	b := j - 1
	if b > 0 && auxWords[toks[b].Lower] {
		b-- // "India and Pakistan have each accused the other"
	}
	if b < 0 || k-j < 2 || k-j > 3 || toks[b].Kind != text.Word || !toks[b].Cap && !groupNouns[toks[b].Lemma] {
		return false
	}
	for m := j + 1; m < k; m++ {
		if toks[m].Kind != text.Word || clauseWords[toks[m].Lower] || prepositions[toks[m].Lower] {
			return false
		}
	}
	return true
}
