package coder

// peaceHosts adds, to each arrival abroad of a peace force that deployments
// turned into military protection (074), the host's side: the state where
// the force arrives receives the deployment of peacekeepers (0861), which
// the codebook codes with the place the force is deployed to as the source.
// "Rwandan peacekeepers arrived in Juba" is RWAPKO → SSD 074 and SSD →
// RWAPKO 0861, and so is the arrival of the contingent of a multinational
// force or mission ("300 Rwandan police, an advance contingent of a
// multinational mission, flew into Bangui": CAF → RWACOP 0861), as the
// team's annotators code it. Troops whose words name no
// peace force ("Russian troops arrived in Belarus") are deployed and
// received by no one; a force sent ("Japan sent peacekeepers to South
// Sudan") is not yet told to have arrived. receivedMissions (missions.go)
// adds the same event to arrivals told otherwise.
func (s *sentence) peaceHosts(arrived []bool, ps []proto) []proto {
	out := ps
	for k, p := range ps {
		if k >= len(arrived) || !arrived[k] || !p.hasTgt || p.tgt.code == "" || p.tgt.country == "" || p.tgt.country == p.src.country {
			continue
		}
		if !hasRole(p.src, "PKO") && !(s.words["contingent"] && anyWord(s, peaceMissionWords)) {
			continue
		}
		h := p
		h.src, h.tgt, h.code = p.tgt, p.src, "0861"
		h.conf = max(p.conf-0.1, 0.1)
		out = append(out, h)
	}
	return out
}

// peaceMissionWords say that a contingent is one of a peace force.
var peaceMissionWords = set(`multinational mission peacekeeping peace-keeping stabilisation stabilization un-backed un-mandated`)
