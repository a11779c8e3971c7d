package coder

// complements9: an act whose noun an earlier act's target modifies is no
// complement of that act. In "Trump ordered the reimposition of U.S.
// sanctions on Iran" the order's slot took "U.S.", which is the modifier of
// "sanctions", the head of an act of its own; the sanctions are what was
// ordered, not something said of the order's addressee. So too "called for
// the suspension of EU aid to Niger".

// modifiedHead reports whether an act before a in acts ends with its target,
// after "of", right before a's trigger, a lowercase noun that the target
// modifies ("the reimposition of U.S. sanctions"); a possessive pronoun is
// no such modifier ("in recognition of their support for").
func (s *sentence) modifiedHead(a match, acts []match) bool {
	t := a.trig
	if t < 1 || t >= len(s.toks) || s.toks[t].Cap || pastForm(&s.toks[t]) || s.in[t] >= 0 {
		return false
	}
	for _, b := range acts {
		if b.trig >= t {
			break
		}
		if b.end == t && b.target >= 0 && s.ms[b.target].end == t && s.ms[b.target].start > b.trig+1 && isWord(s.toks, s.ms[b.target].start-1, "of") && s.ms[b.target].kind != mPronoun {
			return true
		}
	}
	return false
}
