package coder

import "github.com/dyadhq/dyad"

// Property seized is its owner's loss, and a nationality on the goods names
// the owner: "seized Iranian oil from a tanker off Singapore" confiscates
// Iran's oil, not Singapore's, and "confiscated Iranian oil from a
// Russian-operated tanker" takes nothing from Russia. What "from" reaches
// past a vessel or a place is where the goods were, or who carried them;
// an actor right after "from" ("seized weapons from the rebels") still
// lost them. (actors7)

// seizedGoodsOwner returns the adjective of a country on the goods a
// confiscation (171x) seized, between its trigger and its target tgt, when
// the target is a place or a country the goods were only near ("off
// Somalia"), or a modifier of the vessel they were taken from ("from a
// Russian-operated tanker"); else tgt.
func (s *sentence) seizedGoodsOwner(a match, code dyad.EventCode, tgt int) int {
	if tgt < 0 || len(code) < 3 || code[:3] != "171" {
		return tgt
	}
	t := &s.ms[tgt]
	if t.start <= a.trig || !(t.kind == mPlace || t.kind == mWeak || t.prep != "from" && t.prep != "of") {
		return tgt
	}
	for mi := range s.ms {
		m := &s.ms[mi]
		if m.start <= a.trig || m.start >= t.start || m.kind != mWeak || len(m.members) != 1 || m.members[0].country == "" {
			continue
		}
		if s.fromBetween(m.end, t.start) {
			return mi // the adjective stands on the goods, before "from"
		}
	}
	return tgt
}

// fromBetween reports whether "from" stands between tokens a and b.
func (s *sentence) fromBetween(a, b int) bool {
	for k := a; k < b && k < len(s.toks); k++ {
		if s.toks[k].Lower == "from" {
			return true
		}
	}
	return false
}
