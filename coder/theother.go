package coder

import "github.com/dyadhq/dyad/text"

// "Each side accused the other" says what "both sides accused each other"
// says: the two parties named before, each to the other.

// theOtherAfter returns the token of "the other" that answers "each" and
// the group noun at i ("each side ... the other"), within the clause, or -1.
func theOtherAfter(toks []text.Token, i int) int {
	if i >= len(toks) || !groupNouns[toks[i].Lemma] {
		return -1
	}
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if clauseWords[toks[k].Lower] || toks[k].Kind == text.Punct {
			return -1
		}
		if toks[k].Lower == "the" && isWord(toks, k+1, "other") {
			return k
		}
	}
	return -1
}

// eachBefore reports whether the "the other" at k answers an "each" and a
// group noun shortly before it.
func eachBefore(toks []text.Token, k int) bool {
	for j := k - 2; j >= 0 && j >= k-5; j-- {
		if toks[j].Lower == "each" && (theOtherAfter(toks, j+1) == k || eachVerbOther(toks, j, k)) { // noparties9: "Russia and Ukraine each accused the other" (eachverbother.go)
			return true
		}
	}
	return false
}

// asideSpeaker reports whether the words start to end lie in a speaker's
// aside set off by a comma (", U.S. President Donald Trump announced,"):
// capitalised words from the comma to a reporting verb.
func asideSpeaker(toks []text.Token, start, end int) bool {
	a := start - 1
	for a >= 0 && a >= start-4 && toks[a].Cap && toks[a].Kind == text.Word {
		a--
	}
	b := end
	for b < len(toks) && b <= end+4 && toks[b].Cap && toks[b].Kind == text.Word {
		b++
	}
	return isWord(toks, a, ",") && b < len(toks) && reportWords[toks[b].Lower]
}
