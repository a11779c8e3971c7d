package coder

import "github.com/dyadhq/dyad/text"

// rangeWord reports whether token k is a word of a range of numbers before
// a counted noun: "between" of "between 40 and 50 protesters", the "and",
// "to", "or" or hyphen joining the two numbers ("40 to 50 protesters",
// "two or three soldiers", "40-50 rebels"). Like "at least" it belongs to
// the amount, not to the clause: "detained between 40 and 50 protesters"
// detains the protesters (amounts read the range from its first number).
func (s *sentence) rangeWord(k int) bool {
	num := func(i int) bool {
		if i < 0 || i >= len(s.toks) || s.in[i] >= 0 {
			return false
		}
		_, word := smallNumbers[s.toks[i].Lower]
		return s.toks[i].Kind == text.Number || word
	}
	switch s.toks[k].Lower {
	case "between":
		return num(k+1) && isWord(s.toks, k+2, "and") && num(k+3)
	case "and":
		return num(k-1) && num(k+1) && isWord(s.toks, k-2, "between")
	case "to", "or", "-", "–":
		return num(k-1) && num(k+1)
	}
	return false
}
