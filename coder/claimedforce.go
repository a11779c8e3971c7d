package coder

// A bare claim of responsibility after force that names no attacker ("Drones
// struck two Saudi Aramco plants before dawn, and the Houthis claimed
// responsibility") is a claim against whom the force struck, as it is after
// force the sentence gives a doer (claimTargets): the force is no event of
// its own, having no source, but its target is named.

// claimedForce gives a bare claim (015) with no target still the target of
// the first act of force matched before it, among acts.
func claimedForce(s *sentence, acts []match, ps []proto) []proto {
	for k := range ps {
		p := &ps[k]
		if p.code != "015" || p.hasTgt || len(p.words) == 0 || p.src.code == "" || !bareClaim(s, p) {
			continue
		}
		for _, a := range acts {
			if a.trig >= p.words[0] || a.target < 0 || !forceRoot(string(a.p.Code)) {
				continue
			}
			if m := &s.ms[a.target]; m.usable() && len(m.members) == 1 && m.members[0].code != p.src.code && m.members[0].country != "" {
				p.tgt, p.hasTgt = m.members[0], true
				break
			}
		}
	}
	return ps
}
