package coder

import (
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// Two infinitives under one frame: "called on Armenia and Azerbaijan to
// show restraint and halt hostilities", "pledged to send food and rebuild
// the schools", "refused to sign and ratify the treaty". The frame ends
// right before the first action only, but governs the second one too: what
// is appealed for, promised or refused is both acts, and neither is done.
// The second must be a bare infinitive ("and halt"): "threatened to retaliate
// and seized a tanker" tells a seizure that happened.

// sharedFrame returns the frame of the action before acts[i] when the two
// actions are infinitives joined by "and" under it, or the frame that ends
// right before a bare verb and "and" that come before acts[i] ("said they
// would disband and hand in their guns"); or -1.
func (s *sentence) sharedFrame(acts []match, frames []match, frameOf []int, i int) int {
	a := acts[i]
	if a.own || a.trig < 2 || !isWord(s.toks, a.trig-1, "and") || !bareVerb(&s.toks[a.trig]) {
		return -1
	}
	if s.in[a.trig-2] < 0 && bareVerb(&s.toks[a.trig-2]) {
		for k := range frames {
			if frames[k].frameEnd == a.trig-2 {
				return k
			}
		}
	}
	if i == 0 || frameOf[i-1] < 0 {
		return -1
	}
	prev := acts[i-1]
	if prev.own || prev.end != a.trig-1 {
		return -1
	}
	if !bareVerb(&s.toks[prev.trig]) {
		return -1
	}
	return frameOf[i-1]
}

// bareVerb reports whether t may be a bare infinitive: a word in its base
// form, not a past or a participle ("seized", "struck", "sending"); "lay",
// which the lemmatizer reads as the past of "lie", is the base of "lay down
// its arms".
func bareVerb(t *text.Token) bool {
	return t.Kind == text.Word && !t.Cap && (t.Lower == t.Lemma || t.Lower == "lay") && !strings.HasSuffix(t.Lower, "ed") && !strings.HasSuffix(t.Lower, "ing")
}

// underDeal reports whether match a reads the deal what comes before it is
// done under ("agreed to restore ties and reopen embassies under a deal
// in Muscat"): where that act is diplomatic cooperation too (05),
// the parties' agreement (057) is an event of its own, not a word of the act
// before it, however far that act's target reaches; jets delivered under an
// old contract stay one delivery.
func underDeal(s *sentence, a match) bool {
	return a.p.Code == "057" && isWord(s.toks, a.trig, "under")
}

// dealParties returns the agreement of match a between the two sides of the
// latest commitment before it (03x: "agreed to restore ties ... under a deal
// reached"), when the words before "under" name no subject of their own (an
// infinitive's clause): the deal is what they committed to.
func dealParties(out []proto, a match, code dyad.EventCode) []proto {
	for k := len(out) - 1; k >= 0; k-- {
		p := out[k]
		if !p.hasTgt || len(p.words) == 0 || p.words[0] > a.trig || p.code.Root() != "03" {
			continue
		}
		one := proto{src: p.src, tgt: p.tgt, hasTgt: true, code: code, words: a.words, conf: p.conf - 0.1, frame: -1}
		other := one
		other.src, other.tgt = p.tgt, p.src
		return []proto{one, other}
	}
	return nil
}
