package coder

// innerAgent returns the actor after a "by" that stands among the words of
// match a, right after its noun ("Friday's missile strike by Russian forces
// on the railway station in Kramatorsk": the strike's doer, before its
// target), or -1. Only nouns may stand between the trigger and "by": a
// verb, a comma or a clause boundary would make the agent another act's.
func (s *sentence) innerAgent(a match) int {
	for k := a.trig + 1; k < a.end && k <= a.trig+3; k++ {
		w := &s.toks[k]
		if w.Lower != "by" {
			if s.boundary[k] || s.in[k] >= 0 || closedClass(w.Lower) || pastForm(w) {
				return -1
			}
			continue
		}
		if k+1 >= len(s.toks) {
			return -1
		}
		mi := s.at[k+1]
		if mi < 0 || len(s.ms[mi].members) == 0 {
			return -1
		}
		if a.target < 0 || a.target == mi || s.ms[a.target].start <= k {
			return -1 // "the attack by Islamic State militants in Kabul": the doer is the pattern's target, no agent before one
		}
		if n := s.countrysOwn(mi); n >= 0 {
			return n
		}
		return mi
	}
	return -1
}
