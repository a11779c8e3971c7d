package coder

import "github.com/dyadhq/dyad"

// Missions a host receives (POLICY section 17): peacekeepers, inspectors and
// observers are no guests, and their arrival is the host's allowance of
// international involvement, as the codebook pairs it. Peacekeepers that
// arrive or are deployed are their sender's military protection (074,
// deployments) and the host's receiving them (0861: "with location of
// deployment as the source ... accompanied by the linked event 074", the
// codebook's note); inspectors that arrive are received (0862), observers
// and monitors allowed in (086), each with the host as the source and the
// mission's state or organisation as the target, and neither is a visit
// (042) nor hosted (043).

// receivedMissions adds the host's 0861 to a peacekeeping force's arrival and
// turns the arrival (042) of inspectors or observers into the host's
// receiving them. Two writers of one round built the host's 0861: peaceHosts
// (visits.go) adds it to the visits deployments turns into a peace force's
// arrival (a PKO actor, or a contingent of a mission), this to any 074 whose
// clause tells an arrival and names peacekeepers or a peace mission; each
// catches arrivals the other misses, and hasCode keeps it to one event. One
// reading of what a peace force's arrival is would serve both.
func (s *sentence) receivedMissions(ps []proto) []proto {
	out := ps
	for k, p := range ps {
		switch {
		case p.code == "074" && p.hasTgt && len(p.tgt.code) == 3 && p.tgt.country != p.src.country && p.src.code != "" &&
			len(p.words) > 0 && s.arrived(p) && s.peaceMission(p.words[0]) && !hasCode(ps, p.tgt, p.src, "0861"):
			h := p
			h.src, h.tgt, h.code = p.tgt, p.src, "0861"
			h.conf = max(p.conf-0.1, 0.1)
			out = append(out, h)
		case p.code == "042" && p.hasTgt && len(p.words) > 0 && p.src.code != "" && p.tgt.country != p.src.country:
			code := s.missionCode(p.words[0])
			if code == "" {
				continue
			}
			ps[k].src, ps[k].tgt, ps[k].code = p.tgt, p.src, dyad.EventCode(code)
		}
	}
	return out
}

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

// missionCode is the host's code for the arrival at t of inspectors (0862)
// or observers (086) named in its subject, before the verb and in its
// clause: "inspectors from the IAEA arrived in Iran"; "" for anyone else.
func (s *sentence) missionCode(t int) string {
	lo, _ := s.clauseOf(t)
	code := ""
	for k := lo; k < t; k++ {
		switch s.toks[k].Lemma {
		case "inspector":
			code = "0862"
		case "observer", "monitor":
			if code == "" {
				code = "086"
			}
		}
	}
	return code
}

// clauseOf returns the bounds [lo, hi) of the clause of token t.
func (s *sentence) clauseOf(t int) (lo, hi int) {
	lo = t
	for lo > 0 && !s.boundary[lo] {
		lo--
	}
	hi = t + 1
	for hi < len(s.toks) && !s.boundary[hi] {
		hi++
	}
	return lo, hi
}

// missionKinds make a mission one of peace or security.
var missionKinds = set(`peace security stabilisation stabilization multinational un u.n. backed`)
