package coder

// A force or a measure justified in a participle of saying after a comma
// charges the party it reached: "Greece shot down a Turkish drone, saying
// it had violated Greek airspace" is Greece's accusation (1123) of Turkey
// as well as its force, as "accusing it of violating" would be
// (chargeafter.go). The participle charges only when its subject is the
// act's target told again ("it", the drone); "saying it had struck camps of
// the militants behind the bombing" tells the doer's own deed, and
// charges no one the act reached.

// saysOfTarget reports whether the actor right after the participle of
// saying at token i is of the country of a's target.
func (s *sentence) saysOfTarget(i int, a proto) bool {
	if i+1 >= len(s.toks) || !a.hasTgt {
		return false
	}
	mi := s.in[i+1]
	if mi < 0 {
		return false
	}
	for _, mb := range s.ms[mi].members {
		if mb.country != "" && mb.country == a.tgt.country && mb.country != a.src.country {
			return true
		}
	}
	return false
}
