package coder

// pendingBodies are the roles whose "must still" is a step of their own
// procedure: a parliament that must still ratify, a court that must still
// rule.
var pendingBodies = set(`LEG JUD`)

// ownStep reports whether "must" at token t, before "still" or "first",
// tells a step a body has yet to take, not a demand on it: what comes
// before it names a legislature or a court ("parliament must still approve
// the treaty"), or no actor at all ("the deal must still be approved", an
// agreement the document reported).
// "Russia must still answer for the invasion, Washington said" stays a
// demand on Russia.
func (s *sentence) ownStep(t int) bool {
	mi := s.in[t-1]
	if mi < 0 || s.ms[mi].end != t || !s.ms[mi].usable() || s.ms[mi].kind == mEvent {
		return true // "the treaty must still be ratified": a deal, not a party
	}
	for _, m := range s.ms[mi].members {
		if !pendingBodies[role(m)] {
			return false
		}
	}
	return true
}
