package coder

// drops: a state's act on a role word ("the junta", "the regime") that the
// document gave the actor's own country, where the sentence names the
// government of one other state: "Mali's junta expelled France's envoy
// over remarks by French ministers about the junta" criticises Mali's
// junta, not France's own government (pairs would drop it as one actor,
// before otherState could give the role word its state).

// rehomeTarget gives mb, the target, the other state when rehome would and
// the sentence names that state's government or the state itself as an
// actor of its own (not only a place or an adjective).
func rehomeTarget(s *sentence, mb *member, own string) bool {
	other := *mb
	if !rehome(s, &other, own) || !s.namesState(other.country) {
		return false
	}
	*mb = other
	return true
}

// namesState reports whether a full mention of the sentence is country or
// its government.
func (s *sentence) namesState(country string) bool {
	for k := range s.ms {
		if s.ms[k].kind != mFull {
			continue
		}
		for _, x := range s.ms[k].members {
			if x.country == country && stateSelf(x) {
				return true
			}
		}
	}
	return false
}
