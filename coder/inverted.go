package coder

// invertedCondition reports whether token k opens a condition told by
// inversion, the words that "if" would say: "should Finland join NATO",
// "were Russia to attack". The modal comes before the actor, so "Finland
// should join NATO" (a call, the actor first) is none; "had" is left out,
// since "had Russian diplomats expelled" is an act.
func (s *sentence) invertedCondition(k int) bool {
	w := s.toks[k].Lower
	if w != "should" && w != "were" || k+1 >= len(s.toks) {
		return false
	}
	mi := s.in[k+1]
	if mi < 0 || s.ms[mi].start != k+1 || s.ms[mi].poss {
		return false
	}
	return w == "should" || isWord(s.toks, s.ms[mi].end, "to") // "were Russia to attack"
}
