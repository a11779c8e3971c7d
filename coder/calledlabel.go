package coder

// The name a speaker gives an act it has told ("..., calling it the first
// seizure of Iranian weapons bound for Yemen") is a label of that act, not
// a second act: the noun after "calling it" or "called it" names what the
// sentence has reported.

// calledLabel reports whether action a is a noun in the name given by
// "calling it", "called them" or "describing it as", within five words of
// the pronoun and in its clause.
func (s *sentence) calledLabel(a match) bool {
	for k := a.trig - 1; k >= 1 && k >= a.trig-6; k-- {
		w := s.toks[k].Lower
		if (w == "it" || w == "them" || w == "this") && labelVerbs[s.toks[k-1].Lemma] /* reaction.go */ {
			return true
		}
		if s.boundary[k] || s.toks[k].Text == "," {
			return false
		}
	}
	return false
}
