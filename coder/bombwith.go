package coder

import "github.com/dyadhq/dyad"

// bombWith returns the code of the bombing that a "with" adjunct names
// further on in the clause of an act ending at token to, or "": "killed
// six policemen and a driver with a landmine", whose object is too long
// for bombings' first look. The adjunct must follow
// within ten words, with no comma or clause boundary before it.
func (s *sentence) bombWith(to int) dyad.EventCode {
	for k := to + 1; k < len(s.toks) && k <= to+10; k++ {
		if s.boundary[k] || s.toks[k].Lower == "," {
			return ""
		}
		if s.toks[k].Lower == "with" {
			return s.bombKind(k, k+5)
		}
	}
	return ""
}
