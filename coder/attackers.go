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

// groupSkip are the words between a role word's "from" or "of" and the
// group it belongs to: "a suicide bomber from the Pakistan-based militant
// group Jaish-e-Mohammed", "fighters of the al Qaeda-linked group JNIM".
var groupSkip = set(`the a an - based linked backed allied affiliated inspired aligned`)

// memberOfGroup returns the mention of the group whose member the role word
// of mention i is ("a suicide bomber from the militant group
// Jaish-e-Mohammed"), with the mentions of the words between (a role word
// "militant" that only describes the group, a modifier "Pakistan" of
// "Pakistan-based"), or -1.
func memberOfGroup(toks []text.Token, ms []mention, i int) (int, []int) {
	m := &ms[i]
	if !isWord(toks, m.end, "from") && !isWord(toks, m.end, "of") {
		return -1, nil
	}
	var between []int
	k := m.end + 1
	for j := i + 1; j < len(ms) && ms[j].start >= k && ms[j].start <= m.end+8; j++ {
		n := &ms[j]
		for ; k < n.start; k++ {
			if t := &toks[k]; !groupSkip[t.Lower] && !(t.Kind == text.Word && !t.Cap && (groupDescriptors[t.Lower] || groupHeadNouns[t.Lower])) {
				return -1, nil
			}
		}
		if n.kind == mFull && len(n.members) == 1 && nonState(n.members[0]) {
			return j, between
		}
		if n.kind != mWeak && n.kind != mAgent || len(n.members) > 0 && n.kind == mAgent {
			return -1, nil
		}
		between = append(between, j)
		k = n.end
	}
	return -1, nil
}
