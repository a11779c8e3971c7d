package coder

import "github.com/dyadhq/dyad"

// Joining people is being with them, not cooperation between states:
// "Kenyan police officers landed in Haiti on Monday, joining 40 Jamaican
// soldiers already there" tells where the police went (their arrival's
// own event), and "joined the protesters" takes their side; the
// dictionary's "join $T" (050) is for a state or a body one joins as a
// member ("Finland joined NATO"). So a 050 of "join" whose target is a
// role word of forces or people codes nothing (parsebind2).

// joinsPeople reports whether the act a of code joins the target mention
// tgt that is troops, police or people rather than a state or a body.
func (s *sentence) joinsPeople(a match, code dyad.EventCode, tgt int) bool {
	if code != "050" || tgt < 0 || s.toks[a.trig].Lemma != "join" {
		return false
	}
	m := &s.ms[tgt]
	if m.kind == mAgent || m.kind == mImplied {
		return true
	}
	for _, mb := range m.members {
		if !joinedRoles[role(mb)] {
			return false
		}
	}
	return len(m.members) > 0
}

// joinedRoles are the roles of forces and of people.
var joinedRoles = set(`MIL COP PKO REB UAF CVL OPP REF`)
