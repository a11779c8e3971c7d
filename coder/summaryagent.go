package coder

import (
	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// bind8: a noun that sums up the clause before it, with a participle and its
// agent after it, tells the agent's own reaction to that clause's act:
// "Iran seized a British tanker on Friday, a move condemned by London" is
// London's criticism of Iran, as ", a move that London condemned" is
// (summaryObject, objects.go); so is "expelled two diplomats, a decision
// criticised by Tallinn" and "struck the consulate in an attack condemned by
// Tehran". The participle is no complement of the clause's act (bind drops
// those) but an act of its agent, against the subject of the clause before.

// summaryParticiple returns the token before the summary noun that a past
// participle at token t, with "by" after it, follows (the comma of ", a
// move condemned by", the preposition of "in an attack condemned by"), or
// -1. Only a reaction in words (a statement, praise, criticism, a
// rejection, a threat) is read so: a force participle ("in an attack
// carried out by") is the clause's own act told again.
func (s *sentence) summaryParticiple(t int, code dyad.EventCode) int {
	if t < 3 || t+2 >= len(s.toks) || !isWord(s.toks, t+1, "by") || !reactionRoots[code.Root()] {
		return -1
	}
	if v := &s.toks[t]; v.Kind != text.Word || v.Cap || !pastForm(v) || s.in[t] >= 0 {
		return -1
	}
	k := t - 1
	if !summaryNouns[s.toks[k].Lemma] && !summaryNouns[s.toks[k].Lower] {
		return -1
	}
	if c := s.summary(k); c > 0 {
		return c // ", a move condemned by London"
	}
	j := k - 1
	if j >= 1 && (s.toks[j].Lower == "a" || s.toks[j].Lower == "an") && summaryPreps[s.toks[j-1].Lower] && s.in[j-1] < 0 {
		return j - 1 // "in an attack condemned by Tehran"
	}
	return -1
}

// reactionRoots are the roots of reactions in words to an act.
var reactionRoots = map[dyad.EventCode]bool{"01": true, "05": true, "11": true, "12": true, "13": true}

// summaryAgent returns the agent after "by" of a reaction at token t that
// summaryParticiple reads, and whom it reacts to: the source of the act
// bound before the summary noun, else that clause's subject; -1, -1 when
// the phrase is no such reaction or names no agent.
func (s *sentence) summaryAgent(t int, code dyad.EventCode) (src, tgt int) {
	c := s.summaryParticiple(t, code)
	if c < 0 {
		return -1, -1
	}
	src = s.byAgent(t + 1)
	if src < 0 {
		return -1, -1
	}
	if tgt = s.reactedTo(c, src); tgt < 0 {
		tgt, _ = s.subject(c, src)
	}
	if tgt < 0 || tgt == src {
		return -1, -1
	}
	return src, tgt
}
