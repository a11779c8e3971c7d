package coder

import "github.com/dyadhq/dyad/text"

// "The attackers": a definite role word for those who attacked ("killed the
// four attackers", "the gunmen fled") after a sentence or a document that
// named an armed group stands for that group ("Boko Haram fighters attacked
// a village. Soldiers later killed the attackers." is against Boko Haram),
// not for the people of the place or the document's country.

// attackerNouns name people by an attack they made.
var attackerNouns = set(`attackers assailants gunmen hijackers kidnappers abductors raiders bombers`)

// attackersOf returns the group a definite attacker noun at mention i
// stands for: the last group named before it in the sentence, else the
// document's.
func attackersOf(toks []text.Token, ms []mention, i int, ctx *docCtx) (member, bool) {
	m := &ms[i]
	if !attackerNouns[toks[m.end-1].Lower] {
		return member{}, false
	}
	k := m.start - 1
	if k >= 0 && (toks[k].Kind == text.Number || numberWords[toks[k].Lower] != 0) {
		k-- // "the four attackers"
	}
	if k < 0 || toks[k].Lower != "the" {
		return member{}, false
	}
	return lastGroup(ms, m.start, ctx)
}
