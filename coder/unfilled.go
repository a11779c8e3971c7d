package coder

// unfilledPost reports whether mention mi is an office not yet filled, "a new
// president" or "a successor": no one in particular, so "a new president must
// be elected within 60 days" demands nothing of anyone.
func (s *sentence) unfilledPost(mi int) bool {
	st := s.ms[mi].start
	return (isWord(s.toks, st-1, "new") || isWord(s.toks, st, "new")) &&
		(isWord(s.toks, st-2, "a") || isWord(s.toks, st-1, "a"))
}

// demandOfNoOne reports whether frame f demands of an unfilled post: "said a
// new president must be elected".
func (s *sentence) demandOfNoOne(f match) bool {
	return f.p.Frame == "DEMAND" && f.target >= 0 && s.unfilledPost(f.target)
}
