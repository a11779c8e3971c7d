package coder

import (
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// Force told as a noun names its doer by an adjective as often as by a
// possessive: "protesting against U.S. air strikes on Iraq", "responding
// to an Israeli air raid on Latakia", "Turkish shelling of Kurdish towns".
// Such a phrase tells an act done (doc/POLICY.md, section 1) by the state
// or force its adjective names, as "Israel's air raid" would, and, like a
// possessive's, it is an event of its own where the clause reacts to it
// or is dated by it (ownNoun). Only force (18x, 19x, 20x): an adjective
// on other nouns ("the Iranian talks", "U.S. sanctions") says more often
// what the act is about than who did it. A phrase that answers or avenges
// an act ("in retaliation for Iran's barrage") explains the clause by an
// earlier act and is no new event (POLICY section 7), as the team's sets
// code it.

// forceDoer returns the mention of a state or force that stands as an
// adjective in the noun phrase of force act a ("an Israeli air raid", "U.S.
// air strikes"), or -1.
func (s *sentence) forceDoer(a match, code dyad.EventCode) int {
	switch code.Root() {
	case "18", "19", "20":
	default:
		return -1
	}
	start, ok := s.nounStart(a)
	if !ok {
		return -1
	}
	for k := start; k < a.trig; k++ {
		if mi := s.in[k]; mi >= 0 && len(s.ms[mi].members) > 0 && (s.ms[mi].kind == mFull || s.ms[mi].kind == mWeak) {
			return mi
		}
	}
	return -1
}

// takenAsDone reports whether the noun phrase that starts at token start
// is what its clause's verb or its preposition takes as done: "after",
// "amid" (ownNounPreps), a verb's own object ("condemned the Russian
// shelling"), or its "against", "over" or "at" ("protesting against U.S.
// air strikes"); not a noun's ("their positions on Tehran's attack").
func (s *sentence) takenAsDone(start int) bool {
	p := start - 1
	if p < 0 {
		return false
	}
	w := &s.toks[p]
	if ownNounPreps[w.Lower] {
		return true
	}
	if w.Lower == "to" && p >= 1 {
		return answerVerbs[s.toks[p-1].Lemma] // "responding to an Israeli air raid"
	}
	if reactionPreps[w.Lower] && p >= 1 {
		w = &s.toks[p-1]
		if reactionWords[w.Lemma] && s.in[p-1] < 0 {
			return true // "to protest against U.S. air strikes", "held protests over Israeli shelling" (force6)
		}
	}
	return s.in[p] < 0 && w.Kind == text.Word && (pastForm(w) || strings.HasSuffix(w.Lower, "ing"))
}

// reactionWords, verbs in any form or nouns, take the act their "against",
// "over" or "at" names as done: a protest, a rally or outrage answers an
// act that happened.
var reactionWords = set(`protest demonstrate demonstration rally march outrage anger fury condemnation`)

// answerVerbs take with "to" the act they answer as it happens.
var answerVerbs = set(`respond react reply`)

// reactionPreps join a verb of reaction to the act it reacts to.
var reactionPreps = set(`against over at`)

// doneForceDoer returns forceDoer's mention for a phrase its clause takes
// as done (takenAsDone), or -1: "their positions on the Iranian missile
// attack" leaves the attack to the document.
func (s *sentence) doneForceDoer(a match, code dyad.EventCode) int {
	d := s.forceDoer(a, code)
	if d < 0 {
		return -1
	}
	if start, _ := s.nounStart(a); !s.takenAsDone(start) {
		return -1
	}
	return d
}

// verbBetween reports whether a past form of a verb that names no actor
// stands from token from up to to: the object after it is that verb's.
func (s *sentence) verbBetween(from, to int) bool {
	for k := from; k < to && k < len(s.toks); k++ {
		if s.in[k] < 0 && s.toks[k].Kind == text.Word && !s.toks[k].Cap && pastForm(&s.toks[k]) {
			return true
		}
	}
	return false
}
