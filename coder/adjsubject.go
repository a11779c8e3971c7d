package coder

import "github.com/dyadhq/dyad/text"

// modifiedNouns returns the token after the plain nouns (at most three) that
// an actor's adjective at k modifies: "American cargo planes", "Russian
// troops" whose head no dictionary holds.
func (s *sentence) modifiedNouns(k int) int {
	for n := 0; n < 3 && k < len(s.toks); n++ {
		w := &s.toks[k]
		if w.Kind != text.Word || w.Cap || s.in[k] >= 0 || closedClass(w.Lower) || pastForm(w) || auxAdverbs[w.Lower] {
			break
		}
		k++
	}
	return k
}
