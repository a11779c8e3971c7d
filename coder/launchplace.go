package coder

// The place a weapon was fired or launched from is where it came from, not
// who fired it: "Israeli missiles fired from the Golan Heights struck
// Damascus" is Israel's strike, not Syria's. Where no words say whose the
// weapon is ("a drone launched from Yemen hit Tel Aviv") the place stays the
// source, as the team's sets code it.

// launchWords are the participles of firing a weapon from somewhere.
var launchWords = set(`fired launched`)

// launchOwner returns the owner of the weapon fired from the place of
// mention mi ("from" or "from over" it, after a launch participle right
// after the weapon's noun), or -1.
func (s *sentence) launchOwner(mi int) int {
	k := s.ms[mi].start - 1
	for k >= 0 && determiners[s.toks[k].Lower] {
		k--
	}
	if k >= 1 && s.toks[k].Lower == "over" {
		k--
	}
	return s.ownerFiring(k, mi)
}

// ownerFiring returns the actor whose modifier or possessive stands right
// before the weapon's noun when token k is the "from" of "Israeli missiles
// fired from" ("Russia's drones launched from"), or -1: the weapon's owner
// fired it. not is the place's mention.
func (s *sentence) ownerFiring(k, not int) int {
	if k < 3 || !s.launchedVia(k) || !s.plainNoun(k-2) { // wherecountry10: also "flying from", "based in" (sortieplace.go)
		return -1
	}
	o := s.in[k-3]
	if o < 0 || o == not || s.ms[o].end != k-2 || len(s.ms[o].members) == 0 || s.ms[o].members[0].country == "" {
		return -1
	}
	return o
}

// launchSubject returns the owner of a weapon fired from the place whose
// words end right before token t ("Israeli missiles fired from over the
// occupied Golan Heights struck", "from the Black Sea struck"), which does
// the act at t; or -1.
func (s *sentence) launchSubject(t int) int {
	for k := t - 1; k >= 0 && k >= t-7; k-- {
		w := &s.toks[k]
		switch {
		case w.Lower == "from" || s.launchedVia(k): // wherecountry10: also "drones based in Cyprus struck" (sortieplace.go)
			return s.ownerFiring(k, -1)
		case w.Lower == "over" || w.Cap || determiners[w.Lower] || s.in[k] >= 0 && s.ms[s.in[k]].kind == mPlace:
		case s.plainNoun(k) && !s.boundary[k]:
			// "the occupied Golan Heights", "northern Iraq": the place's modifiers
		default:
			return -1
		}
	}
	return -1
}

// launchedFrom reports whether the place whose words start at token start
// is where a weapon was fired from ("fired from over the occupied Golan
// Heights"): where the attacker was, not where its force struck.
func (s *sentence) launchedFrom(start int) bool {
	k := start - 1
	for n := 0; k >= 0 && n < 3 && s.plainNoun(k) && s.toks[k].Lower != "from" && s.toks[k].Lower != "over"; n++ {
		k-- // "the", "the occupied"
	}
	if isWord(s.toks, k, "over") {
		k--
	}
	return k >= 1 && s.toks[k].Lower == "from" && launchWords[s.toks[k-1].Lower]
}
