package coder

// A peace force's arrival abroad (POLICY section 17): peacekeepers, or a
// contingent of a peace or security mission, that arrive in another state
// are their sender's military protection (074, deployments) and the host's
// receiving them (0861: "with location of deployment as the source ...
// accompanied by the linked event 074", the codebook's note). "Rwandan
// peacekeepers arrived in Juba" is RWAPKO → SSD 074 and SSD → RWAPKO 0861;
// "300 Rwandan police, an advance contingent of a multinational mission,
// flew into Bangui" is CAF → RWACOP 0861 too. Troops whose words name no
// peace force ("Russian troops arrived in Belarus") are received by no one,
// and a force only sent ("Japan sent peacekeepers to South Sudan") has not
// yet arrived. One reading decides both sides: peaceArrival.

// peaceHosts adds the host's 0861, once, to each 074 of ps that is a peace
// force's arrival abroad; visit[k] says that deployments made ps[k] of a
// visit (042), which is itself the arrival ("landed in", "flew into").
func (s *sentence) peaceHosts(visit []bool, ps []proto) []proto {
	out := ps
	for k, p := range ps {
		if !s.peaceArrival(p, k < len(visit) && visit[k]) || hasCode(out, p.tgt, p.src, "0861") {
			continue
		}
		out = append(out, linked(p, "0861"))
	}
	return out
}

// peaceArrival reports whether p is a peace force's arrival abroad: a 074
// of a named source in a state other than its own, told as an arrival (a
// visit deployments turned into the force's deployment, or a verb of
// arrival in its clause), by a force of peace (a PKO actor, a contingent of
// a peace mission, or peacekeepers or a peace or security mission named in
// its clause).
func (s *sentence) peaceArrival(p proto, visit bool) bool {
	if p.code != "074" || !p.hasTgt || p.src.code == "" || len(p.tgt.code) < 3 || p.tgt.country == "" || p.tgt.country == p.src.country {
		return false
	}
	arrival := visit || len(p.words) > 0 && s.arrived(p)
	if !arrival {
		return false
	}
	return hasRole(p.src, "PKO") || s.words["contingent"] && anyWord(s, peaceMissionWords) ||
		len(p.words) > 0 && s.peaceMission(p.words[0])
}

// peaceMissionWords say that a contingent is one of a peace force.
var peaceMissionWords = set(`multinational mission peacekeeping peace-keeping stabilisation stabilization un-backed un-mandated`)

// arrivals are the verbs of a force's arrival or deployment where it is: a
// force being sent, or taking part, is not yet received ("is sending 400
// troops to the peacekeeping force", "troops participate in peacekeeping
// operations").
var arrivals = set(`arrive land reach deploy station`)

// arrived reports whether the clause of p's action tells an arrival
// ("arrived in", "a contingent ... landed in", "officers sent to lead a
// mission landed in").
func (s *sentence) arrived(p proto) bool {
	lo, hi := s.clauseOf(p.words[0])
	for k := lo; k < hi; k++ {
		if arrivals[s.toks[k].Lemma] {
			return true
		}
	}
	return false
}

// peaceMission reports whether the clause of the action at t calls the force
// that arrives peacekeepers or a mission ("Brazilian peacekeepers arrived",
// "police officers arrived to lead a security mission").
func (s *sentence) peaceMission(t int) bool {
	lo, hi := s.clauseOf(t)
	if isWord(s.toks, hi, "as") && isWord(s.toks, hi+1, "part") {
		_, hi = s.clauseOf(hi + 1) // "arrived in Kazakhstan as part of a peacekeeping force": what the force came as
	}
	for k := lo; k < hi; k++ {
		switch w := s.toks[k].Lemma; {
		case w == "peacekeeper" || w == "peacekeeping":
			return true
		case w == "mission":
			// a mission of peace or security, not any alliance's: "a
			// U.N.-backed multinational mission", not "the NATO mission"
			for j := k - 1; j >= lo && j >= k-3; j-- {
				if missionKinds[s.toks[j].Lemma] || missionKinds[s.toks[j].Lower] {
					return true
				}
			}
		}
	}
	return false
}

// missionKinds make a mission one of peace or security.
var missionKinds = set(`peace security stabilisation stabilization multinational un u.n. backed`)
