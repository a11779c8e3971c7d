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

// receivedMissions turns the arrival (042) of inspectors or observers into
// the host's receiving them; the host's 0861 for a peace force's arrival is
// peaceHosts' (peacearrival.go).
func (s *sentence) receivedMissions(ps []proto) []proto {
	for k, p := range ps {
		if p.code != "042" || !p.hasTgt || len(p.words) == 0 || p.src.code == "" || p.tgt.country == p.src.country {
			continue
		}
		if code := s.missionCode(p.words[0]); code != "" {
			ps[k].src, ps[k].tgt, ps[k].code = p.tgt, p.src, dyad.EventCode(code)
		}
	}
	return ps
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
