package coder

import "github.com/dyadhq/dyad/text"

// The words of an amount before a counted noun that are no clause of their
// own, as "at least" is none (boundQuantifier): a range ("between 40 and 50
// protesters", "15 to 20", "two or three", "40-50"), a hedge spelled with a
// preposition or more words ("over 100 people", "well over", "close to",
// "as many as", "no fewer than", "in excess of") and a number spelled in
// words ("one hundred passengers", "twelve soldiers"). The act still binds
// the noun after them: "killed over 100 people in Gaza" kills the people,
// and the amount reads the number as before (quantity.go).

// rangeWord reports whether token k is a word of a range of numbers before a
// counted noun: "between" of "between 40 and 50 protesters", or the "and",
// "to", "or" or hyphen joining the two numbers.
func (s *sentence) rangeWord(k int) bool {
	switch s.toks[k].Lower {
	case "between":
		return s.numAt(k+1) && isWord(s.toks, k+2, "and") && s.numAt(k+3)
	case "and":
		return s.numAt(k-1) && s.numAt(k+1) && isWord(s.toks, k-2, "between")
	case "to", "or", "-", "–":
		return s.numAt(k-1) && s.numAt(k+1)
	}
	return false
}

// numAt reports whether token i is a number in digits or words that no
// actor holds.
func (s *sentence) numAt(i int) bool {
	if i < 0 || i >= len(s.toks) || s.in[i] >= 0 {
		return false
	}
	_, word := smallNumbers[s.toks[i].Lower]
	return s.toks[i].Kind == text.Number || word || scales[s.toks[i].Lower] > 0
}

// amountHedges are the hedges of more than "about" that stand before a
// number.
var amountHedges = [][]string{{"over"}, {"under"}, {"well", "over"}, {"just", "over"}, {"just", "under"},
	{"close", "to"}, {"as", "many", "as"}, {"as", "much", "as"}, {"as", "few", "as"},
	{"no", "fewer", "than"}, {"no", "more", "than"}, {"no", "less", "than"}, {"in", "excess", "of"}}

// amountHedgeWords are the words of amountHedges (speed9).
var amountHedgeWords = func() map[string]bool {
	m := map[string]bool{}
	for _, h := range amountHedges {
		for _, w := range h {
			m[w] = true
		}
	}
	return m
}()

// hedgeWord reports whether token k is a word of an amount hedge right
// before a number ("over 100 people"), or a number spelled in words ("one
// hundred", "twelve"): a word of the amount.
func (s *sentence) hedgeWord(k int) bool {
	w := s.toks[k].Lower
	if s.in[k] >= 0 {
		return false
	}
	if _, word := smallNumbers[w]; word && w != "one" || scales[w] > 0 && s.numAt(k-1) || w == "one" && scales[s.toks[min(k+1, len(s.toks)-1)].Lower] > 0 {
		return true // "one hundred passengers", "twelve soldiers"
	}
	if !amountHedgeWords[w] {
		return false // speed9: no hedge has the word; one look-up, not a scan of every hedge
	}
	for _, h := range amountHedges {
		for o, hw := range h {
			if hw != w || k-o < 0 || !s.numAt(k-o+len(h)) {
				continue
			}
			ok := true
			for j, x := range h {
				ok = ok && s.toks[k-o+j].Lower == x
			}
			if ok {
				return true
			}
		}
	}
	return false
}
