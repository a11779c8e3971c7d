package coder

// nextVerbBefore reports whether a verb joined by "and" to the action, with
// the preposition or the object of its own, stands between the action's
// end and token to. A yield names whom it yields to in its own words
// ("resigned as Britain's prime minister", "withdrew from Kherson"); the
// actor after a second verb is that verb's: "Sheikh Hasina resigned and
// fled to India" yields to no one in India, so the yield is left with no
// target (and so to its own people, protest.go). Only yields (08) read it:
// "riot police fired rubber bullets and charged the marchers" fire at the
// marchers the second verb names too.
func (s *sentence) nextVerbBefore(end, to int) bool {
	for k := end + 1; k < to && k < len(s.toks); k++ {
		if s.joinedVerb(k) && (k+1 < len(s.toks) && prepositions[s.toks[k+1].Lower] || !s.sharedObject(k-1)) {
			return true
		}
	}
	return false
}
