package coder

import "github.com/dyadhq/dyad/text"

// Unrest that spreads to a place happens there: "clashes between students
// and ruling party activists spread to Chittagong" were fought in
// Chittagong, not where the sentence's first act was. A place after "to"
// that a verb of spreading governs stands for "in".

// spreadTo reports whether the place at token i ends a phrase after "to"
// that "spread" governs: "spread to Chittagong", "spread to the port city
// of Mombasa".
func spreadTo(toks []text.Token, i int) bool {
	k := i - 1
	for k > 0 && (determiners[toks[k].Lower] || isPlaceNoun(&toks[k]) || regionWords[toks[k].Lower] || toks[k].Lower == "of") && i-k < 6 {
		k--
	}
	return k >= 1 && toks[k].Lower == "to" && toks[k-1].Lemma == "spread"
}
