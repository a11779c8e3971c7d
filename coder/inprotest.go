package coder

// inProtest reports whether match a is the end of a protest read from the
// adverb "in protest": "Israel in protest called off a planned visit to
// Washington" calls off the visit (161), it ends no protest (082); the
// phrase says why the subject acted, and the act that follows is read at
// its own verb.
func (s *sentence) inProtest(a match) bool {
	return a.p.Code == "082" && s.toks[a.trig].Lemma == "protest" && isWord(s.toks, a.trig-1, "in")
}
