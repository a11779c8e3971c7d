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
		for j, n := k-1, 0; j >= 0 && n < 5; j-- {
			if r := toks[j].Lower; superlatives[r] || r == "first" {
				return true
			}
			if toks[j].Lower == "-" && j > 0 && toks[j-1].Kind == text.Word && toks[j+1].Kind == text.Word {
				continue // when12: "the first face-to-face meeting since 2022": a compound's hyphens are within a word
			}
			if toks[j].Kind == text.Punct {
				return false
			}
			n++
		}
		return false
	}
	return false
}

// rankOrdinals rank an act among others of a period: "the second coup
// this year".
var rankOrdinals = set(`first second third fourth fifth sixth seventh eighth ninth tenth latest`)

// rankedPeriod reports whether the time expression at token i is a period
// ("this year", "last month") right after a noun that an ordinal or a
// superlative ranks within it: "a day after Burkina Faso's second coup this
// year", "the deadliest attack this month". Like a ranked "since", it
// dates no act of the sentence.
func rankedPeriod(toks []text.Token, i int) bool {
	if i+1 >= len(toks) || toks[i].Lower != "this" && toks[i].Lower != "last" ||
		toks[i+1].Lower != "year" && toks[i+1].Lower != "month" && toks[i+1].Lower != "week" {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := &toks[j]
		if t.Kind == text.Punct || j < i-1 && (t.Kind != text.Word || t.Cap) {
			return false
		}
		if j < i-1 && (superlatives[t.Lower] || rankOrdinals[t.Lower]) {
			return true
		}
	}
	return false
}
