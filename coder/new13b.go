package coder

import "github.com/dyadhq/dyad/text"

// placedSpeaker reports whether the words from k are a speaker's place and
// then a report word: "killing eight people, the Taliban administration in
// Kabul said" has the administration speak from Kabul, so it is no apposition
// to the people killed. The place is "in", "at" or "from" and up to three
// capitalised words (an article may open them).
func placedSpeaker(toks []text.Token, k int) bool {
	if k >= len(toks) || !(isWord(toks, k, "in") || isWord(toks, k, "at") || isWord(toks, k, "from")) {
		return false
	}
	j := k + 1
	if isWord(toks, j, "the") {
		j++
	}
	n := 0
	for ; j < len(toks) && n < 3 && toks[j].Kind == text.Word && toks[j].Cap; j++ {
		n++
	}
	return n > 0 && j < len(toks) && reportWords[toks[j].Lower]
}
