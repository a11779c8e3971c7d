package coder

import "github.com/dyadhq/dyad/text"

// captives recodes the capture or seizure of people as what it is:
// "security forces captured a drug lord's son", "troops captured a rebel
// commander", "soldiers seized the president" detain them (173), and an
// armed group that seizes people takes them (181); only a place, or a thing someone holds ("captured a Hamas
// stronghold", "the army's base"), is territory taken (192).
func captives(s *sentence, ps []proto) []proto {
	for i, p := range ps {
		if p.code == "192" && p.hasTgt && s.vesselOf(p) {
			ps[i].code = "1711" // "seized a British tanker", "a Greek tanker was seized by Iran"
			continue
		}
		verb := ""
		if p.code == "192" && p.hasTgt && len(p.words) > 0 {
			verb = s.toks[p.words[0]].Lemma
		}
		if verb != "capture" && verb != "seize" {
			continue
		}
		if p.tgt.person == nil && len(p.tgt.code) <= 3 && !s.captiveAfter(p.tgt.end) {
			continue // a country, or a place in it; not "a Russian pilot", its people
		}
		if k := p.tgt.end; k >= 0 && k < len(s.toks) && held(&s.toks[k]) && !s.captiveAfter(k) {
			continue
		}
		if s.siteOf(p) {
			continue
		}
		ps[i].code = "173"
		if verb == "seize" && (armedRoles[role(p.src)] && !stateBodies[role(p.src)] || nonState(p.src)) {
			// "gunmen seized the village chief": taken, not arrested
			ps[i].code = "181"
		}
	}
	return ps
}

// vesselOf reports whether the target of p is the flag or owner of a ship
// it names right after it ("a Bangladeshi bulk carrier", "Iranian oil
// tankers"): a ship seized is no territory (192); seizedShips makes it
// the 181 POLICY section 14 codes.
func (s *sentence) vesselOf(p proto) bool {
	for k := p.tgt.end; k >= 0 && k < len(s.toks) && k < p.tgt.end+3; k++ {
		w := &s.toks[k]
		if w.Kind != text.Word || s.boundary[k] {
			return false
		}
		if vessels[w.Lemma] || vessels[w.Lower] {
			return true
		}
	}
	return false
}

// held reports whether t, right after an actor, names what the actor holds:
// "'s", or a noun its name modifies ("a Hamas stronghold").
func held(t *text.Token) bool {
	return t.Lower == "'s" || t.Kind == text.Word && !t.Cap && !closedClass(t.Lower)
}

// siteOf reports whether the words of p name a place of its target: "captured
// the northern stronghold of the rebels" took the stronghold, not the rebels.
func (s *sentence) siteOf(p proto) bool {
	for _, k := range p.words[1:] {
		if k < p.tgt.start && heldSites[s.toks[k].Lemma] {
			return true
		}
	}
	return false
}

// heldSites are the places a side holds whose capture is the capture of
// territory from it.
var heldSites = set(`stronghold bastion base town city village position territory region area capital enclave outpost garrison airport headquarters`)

// captiveAfter reports whether token k, right after a country's adjective,
// names people it captured: "captured a Russian pilot", "two Ukrainian
// servicemen were captured".
func (s *sentence) captiveAfter(k int) bool {
	return k >= 0 && k < len(s.toks) && (captiveNouns[s.toks[k].Lemma] || personNouns[s.toks[k].Lower])
}

// captiveNouns are people, not places, that a force captures.
var captiveNouns = set(`pilot serviceman servicemen sailor crew commander officer fighter mercenary volunteer journalist
	reporter tourist businessman man woman civilian spy agent diplomat prisoner`)

// weakSubject returns the country adjective that opens the subject of the
// passive at token t when the noun it modifies is a ship or people ("an
// Indonesian fishing boat", "a Chinese national", "two Thai fishermen"),
// other than not, or -1: whose they are is the act's target.
func (s *sentence) weakSubject(t, not int) (int, how) {
	b := t - 1
	for b >= 0 && !s.boundary[b] {
		b--
	}
	for mi := range s.ms {
		m := &s.ms[mi]
		if mi == not || m.start <= b || m.end > t || m.kind != mWeak || m.prep != "" || len(m.members) != 1 {
			continue
		}
		for k := m.end; k < t && k <= m.end+2; k++ {
			w := &s.toks[k]
			if vessels[w.Lemma] || vessels[w.Lower] || s.captiveAfter(k) {
				return mi, clause
			}
		}
		return -1, clause
	}
	return -1, clause
}
