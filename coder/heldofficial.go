package coder

import "github.com/dyadhq/dyad"

// heldOfficial reports whether y, the target of an arrest (173) by x of the
// same code, is an official the words name by a title in the singular, and
// so someone else than the state body that holds him: "Turkish authorities
// detained the mayor of Istanbul", "Chinese authorities detained a former
// minister" are TURGOV and CHNGOV holding one of their own, not a state
// acting on itself (coerce11).
func (s *sentence) heldOfficial(code dyad.EventCode, x, y member) bool {
	if code != "173" || x.start == y.start || y.start < 0 || y.end > len(s.toks) {
		return false
	}
	for k := y.start; k < y.end; k++ {
		if t := &s.toks[k]; heldTitles[t.Lower] {
			return true // the singular form: "mayor", not "officials"
		}
	}
	return false
}

// heldTitles are the titles, in the singular, of officials a state arrests.
var heldTitles = set(`mayor minister governor president lawmaker official general commander judge prosecutor
	ambassador candidate senator deputy legislator mp premier chief spokesman adviser advisor`)
