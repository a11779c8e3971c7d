package coder

import "github.com/dyadhq/dyad/text"

// rankedPeriod reports whether the time expression at token i, "this
// year", "this month" or "this week", counts what it follows among its
// kind ("Burkina Faso's second coup this year", "the deadliest attack this
// month"): a rank, no time of an act, as rankedSince's "the bloodiest day
// since" is not.
func rankedPeriod(toks []text.Token, i int) bool {
	if !isWord(toks, i, "this") || i+1 >= len(toks) || !periodWords[toks[i+1].Lower] {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := &toks[j]
		if t.Kind == text.Punct || clauseWords[t.Lower] {
			return false
		}
		if superlatives[t.Lower] || periodRanks[t.Lower] {
			return true
		}
	}
	return false
}

// periodWords are the periods "this" names that a rank may count in.
var periodWords = set(`year month week`)

// periodRanks rank a thing among others of its kind.
var periodRanks = set(`first second third fourth fifth sixth seventh eighth ninth tenth 1st 2nd 3rd 4th 5th`)
