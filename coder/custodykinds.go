package coder

// custodyKinds gives the events of people held, moved and freed the parties
// and kinds their words make of them: no release of inmates by a gang that
// stormed their prison (jailbreaks), a state's own people as the target of
// its repression that names no one (unnamedCrowds), the country people of
// no country of their own are deported to (deportedAbroad), the arrest or
// abduction a passive on the freed tells of them (heldBefore), and no
// arrest of a group the people held are only suspected of links to
// (linkedSuspects); and force on a state's own people in a sentence that
// tells its crackdown is the crackdown (inCrackdown).
func custodyKinds(s *sentence, ps []proto) []proto {
	return inCrackdown(linkedSuspects(s, heldBefore(s, deportedAbroad(s, unnamedCrowds(s, jailbreaks(s, ps))))))
}
