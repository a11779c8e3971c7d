package coder

import "github.com/dyadhq/dyad/text"

// rankedSince reports whether the time expression at token i is in a
// "since" phrase that measures a rank ("the bloodiest day since the
// military seized power last month", "the first visit since 2019", "the
// largest protests since 2011"): it dates no act of the sentence, neither
// the one ranked nor another, so it is no time expression of it. The
// "since" stands within eight words before i, in its clause, and a
// superlative or "first" within five words before the "since".
func rankedSince(toks []text.Token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-8; k-- {
		w := toks[k].Lower
		if w == "," || w == ";" || w == "and" {
			return false
		}
		if w != "since" {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-5; j-- {
			if r := toks[j].Lower; superlatives[r] || r == "first" {
				return true
			}
			if toks[j].Kind == text.Punct {
				return false
			}
		}
		return false
	}
	return false
}
