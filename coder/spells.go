package coder

import "slices"

// Spells of fighting. "Pakistan and Afghanistan agreed to a ceasefire ...
// after a week of the deadliest border fighting between the neighbours",
// "agreed late on Monday to end six weeks of fighting over Nagorno-Karabakh":
// a span of days, weeks or years of fighting, clashes or war measures a
// conflict the report refers to, to date or explain its own act, as POLICY
// §7 has it for background references; it tells no new use of force.

// spellsOfFighting drops each use of force (19x) whose trigger is the noun
// of a fight counted as a spell of time ("days of clashes", "a week of the
// deadliest border fighting") that the act comes after or ends.
func spellsOfFighting(s *sentence, ps []proto) []proto {
	return slices.DeleteFunc(ps, func(p proto) bool {
		return len(p.code) >= 2 && p.code[:2] == "19" && len(p.words) > 0 && s.spellOf(p.words[0])
	})
}

// spellOf reports whether the word at k is a noun of fighting that a spell
// of time counts: "weeks of fighting", "a week of the deadliest border
// fighting".
func (s *sentence) spellOf(k int) bool {
	if k >= len(s.toks) || !fightNouns[s.toks[k].Lower] {
		return false
	}
	for j := k - 1; j >= 1 && j >= k-5; j-- {
		switch w := s.toks[j].Lower; {
		case w == "of":
			return spellUnits[s.toks[j-1].Lower] && s.spellBehind(j-1)
		case w == "," || s.in[j] >= 0:
			return false // another phrase, or an actor's words
		}
	}
	return false
}

// spellBehind reports whether the spell whose unit is at u is one the act
// comes after, ends or outlasts ("after six weeks of", "ending two decades
// of"): a spell that is the subject ("two days of fighting left 14 people
// wounded") or that an act sets off is told as it happens.
func (s *sentence) spellBehind(u int) bool {
	for j := u - 1; j >= 0 && j >= u-4; j-- {
		if spellAfter[s.toks[j].Lower] {
			return true
		}
	}
	return false
}

// spellAfter are the words that put a spell behind the act.
var spellAfter = set(`after following since end ending ended despite`)

// fightNouns are the nouns of a fight a spell counts.
var fightNouns = set(`fighting clashes clash war conflict hostilities battles combat`)

// spellUnits are the spans of time that count a fight.
var spellUnits = set(`day days week weeks month months year years decade decades`)
