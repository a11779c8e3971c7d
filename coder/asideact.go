package coder

import "github.com/dyadhq/dyad"

// asideOtherAct reports whether the time expression at token pos stands in
// a relative clause set off by commas before the action at token t, whose
// code is a word, not a deed (01-13): "Congo, which severed ties with
// Rwanda on Saturday, accused Kigali of a declaration of war" does not date
// the accusation, which is no part of the severing. A deed may be the same
// raid the clause tells ("militants, who stormed a hotel on Friday, killed
// 20 people").
func (s *sentence) asideOtherAct(pos, t int, code dyad.EventCode) bool {
	r := code.Root()
	return r >= "01" && r <= "13" && pos < t && s.inRelative(pos) && s.relativeAside(pos) && !s.inRelative(t)
}
