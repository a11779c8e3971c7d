package coder

import (
	"slices"
	"strings"

	"github.com/dyadhq/dyad/text"
)

// A role word right after "whose" is the antecedent's: "Bolivia, whose
// president insulted Peruvian officials" (BOLGOV), "a militia whose
// fighters stormed a police post" (the militia). Read alone, the role word
// took the country of the sentence or of the document, so the act its
// clause tells was another state's, or none.

// ownedBodies are the roles of a state's own bodies: "the government of
// Chad, whose troops" are Chad's army, not its government.
var ownedBodies = set(`GOV MIL COP LEG JUD SPY`)

// whoseOwners gives each role word that follows "whose" (after at most two
// modifiers) the actor of the mention that ends right before "whose" or
// before its comma: a state's role with the state ("whose president" of
// Bolivia is BOLGOV), a body's or a group's own code ("whose fighters" of a
// militia are the militia), a state body's or a person's country with the
// role ("the government of Chad, whose troops" are TCDMIL).
func whoseOwners(toks []text.Token, ms []mention) []mention {
	for w, t := range toks {
		if t.Lower != "whose" || w == 0 {
			continue
		}
		ante := mentionEndingAt(ms, w)
		if ante < 0 && isWord(toks, w-1, ",") {
			ante = mentionEndingAt(ms, w-1)
		}
		if ante < 0 || len(ms[ante].members) != 1 || ms[ante].kind == mWeak || ms[ante].kind == mAgent {
			continue
		}
		role := mentionStartingIn(ms, w+1, w+4)
		if role < 0 && w+1 < len(toks) && memberNouns[toks[w+1].Lemma] {
			// "a militia whose fighters stormed a police post": its members
			// are the group
			a := ms[ante].members[0]
			a.start, a.end = w+1, w+2
			ms = slices.Insert(ms, mentionAfter(ms, w), mention{start: w + 1, end: w + 2, members: []member{a}})
			continue
		}
		if role < 0 || ms[role].kind != mAgent && ms[role].kind != mImplied {
			continue // "whose Russian allies": a country of its own
		}
		a, r := ms[ante].members[0], &ms[role]
		if a.country == "" || r.role == "" && len(r.members) == 0 {
			continue
		}
		code := a.code
		if r.role != "" && (a.code == a.country || a.person != nil || ms[ante].named[1] > 0 || ownedBodies[strings.TrimPrefix(a.code, a.country)]) {
			code = a.country + r.role
		}
		start, end := r.start, r.end
		if len(r.members) > 0 {
			start, end = r.members[0].start, r.members[0].end
		}
		r.members = []member{{code: code, country: a.country, name: a.name, start: start, end: end}}
		r.kind, r.implied = mFull, ""
	}
	return ms
}

// mentionEndingAt returns the mention that ends right before token e, or -1.
func mentionEndingAt(ms []mention, e int) int {
	for i := range ms {
		if ms[i].end == e {
			return i
		}
	}
	return -1
}

// mentionStartingIn returns the first mention that starts at a token in
// [a, b), or -1.
func mentionStartingIn(ms []mention, a, b int) int {
	for i := range ms {
		if ms[i].start >= a && ms[i].start < b {
			return i
		}
	}
	return -1
}

// memberNouns name the members of a group, who act as the group: "whose
// fighters", "whose members".
var memberNouns = set(`fighter member supporter follower loyalist`)

// mentionAfter returns the index of the first mention that starts after
// token w: where a mention that starts right after w goes.
func mentionAfter(ms []mention, w int) int {
	for i := range ms {
		if ms[i].start > w {
			return i
		}
	}
	return len(ms)
}
