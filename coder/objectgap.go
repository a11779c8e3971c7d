package coder

import (
	"strings"

	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// A relative clause whose object is its antecedent: "Jorge Glas, whom
// police arrested on Friday", "Georgia, which Russia invaded in 2008", "the
// diplomat that Venezuela expelled". The verb's object slot is empty, the
// object standing before the pronoun; read alone, the clause named no
// target and its act was dropped.

// gapAux are the words that may stand between the clause's subject and its
// verb: "whom police had arrested".
var gapAux = set(`had has have also already reportedly allegedly`)

// gappedObject returns the antecedent mention of the relative clause whose
// verb is the trigger at token t, when the verb's object slot at token pos is
// empty and the clause's subject stands between the pronoun and the verb,
// or -1. The verb is told as done (a past form); a "that" after an actor
// that is a verb's object ("told Kyiv that Russia attacked") opens a
// complement, no relative clause.
func (s *sentence) gappedObject(t, pos int) int {
	if pos < len(s.toks) && !(s.toks[pos].Kind == text.Punct || prepositions[s.toks[pos].Lower]) || s.in[t] >= 0 {
		return -1 // an object of its own: "which Russia invaded the country"
	}
	if t < 2 || t >= len(s.toks) || !pastForm(&s.toks[t]) {
		return -1 // "refugees, whom authorities blame for the conflict": a standing view, no act told as done
	}
	k := t - 1
	for k > 0 && (gapAux[s.toks[k].Lower] || s.gapAdverb(k)) {
		k-- // "which Russian troops had repeatedly shelled"
	}
	weak := false // "whose positions Israeli jets struck": a force's machines, its adjective before them
	if k > 0 && s.in[k] < 0 && equipment[s.toks[k].Lemma] && s.in[k-1] >= 0 {
		k--
		weak = s.ms[s.in[k]].kind == mWeak && len(s.ms[s.in[k]].members) > 0
	}
	sm := s.in[k]
	if sm < 0 || s.ms[sm].end != k+1 || !s.ms[sm].usable() && !weak {
		return -1
	}
	b := s.ms[sm].start - 1
	for b > 0 && (determiners[s.toks[b].Lower] && s.toks[b].Lower != "that" || s.time[b]) {
		b-- // "which on Friday Russian troops shelled"
	}
	w := s.toks[max(b, 0)].Lower
	if n := s.whoseNoun(b); n > 0 {
		b, w = b-n, "whose" // "whose bases U.S. aircraft bombed": the antecedent's bases
	}
	if b < 1 || w != "which" && w != "that" && w != "whom" && w != "whose" {
		return -1
	}
	e := b
	if isWord(s.toks, b-1, ",") {
		if w == "that" {
			return -1
		}
		e = b - 1
	}
	ante := s.in[e-1]
	if ante < 0 || ante == sm || s.ms[ante].end != e || len(s.ms[ante].members) == 0 || s.ms[ante].kind == mWeak || s.ms[ante].kind == mAgent {
		return -1
	}
	if !s.clauseDay(b) {
		// "the governor, whom they took hostage in March", "Ukraine, which
		// Russia invaded in 2022": a past act told to say who the
		// antecedent is, background (POLICY §7); a day names a new one
		return -1
	}
	if w == "that" && s.hearerAt(s.ms[ante].start) || w != "whom" && w != "whose" && s.ms[ante].prep != "" {
		// "told Kyiv that", and "a pact with Japan that it had threatened
		// to scrap", "aid to Ukraine, which it had suspended": a "which"
		// or "that" after a preposition's object tells of the noun before
		return -1
	}
	return ante
}

// tellingVerbs take a hearer and then what they are told: "warned Kyiv that".
var tellingVerbs = set(`tell told tells warn warned warns assure assured assures inform informed informs remind reminded
	reminds convince convinced persuade persuaded notify notified promise promised`)

// hearerAt reports whether the phrase at token i is the hearer of a verb
// of telling right before it, past any determiners.
func (s *sentence) hearerAt(i int) bool {
	j := i - 1
	for j >= 0 && determiners[s.toks[j].Lower] {
		j--
	}
	return j >= 0 && (tellingVerbs[s.toks[j].Lower] || reportWords[s.toks[j].Lower])
}

// gapAdverb reports whether token k is an adverb that may stand between a
// relative clause's subject and its verb: "repeatedly", "heavily", "again".
func (s *sentence) gapAdverb(k int) bool {
	t := &s.toks[k]
	return s.in[k] < 0 && t.Kind == text.Word && !t.Cap && (gapAdverbs[t.Lower] || len(t.Lower) > 4 && strings.HasSuffix(t.Lower, "ly"))
}

// gapAdverbs are adverbs of time and manner not in -ly.
var gapAdverbs = set(`again twice once later then first`)

// whoseNoun returns how many words back from token b, a noun or two that
// no actor takes, "whose" stands ("whose bases", "whose military
// positions"), or 0.
func (s *sentence) whoseNoun(b int) int {
	for n := 1; n <= 2 && b-n >= 0; n++ {
		t := &s.toks[b-n+1]
		if s.in[b-n+1] >= 0 || t.Kind != text.Word || t.Cap || closedClass(t.Lower) {
			return 0
		}
		if isWord(s.toks, b-n, "whose") {
			return n
		}
	}
	return 0
}

// verbLead reports whether elems, the elements before a pattern's target
// slot, are words or classes with no gap: a verb ("invaded", &CAPTUREV)
// whose object the slot is.
func verbLead(elems []lexicon.Elem) bool {
	for _, el := range elems {
		if el.Kind != lexicon.EWords && el.Kind != lexicon.EClass {
			return false
		}
	}
	return true
}

// dayWords date to a day near the report.
var dayWords = set(`overnight yesterday today tonight`)

// clauseDay reports whether the clause that the relative pronoun at token b
// opens, up to its comma or its end, holds a time expression that names a
// day: a weekday, "overnight", a month's day ("on March 3").
func (s *sentence) clauseDay(b int) bool {
	for k := b + 1; k < len(s.toks) && s.toks[k].Lower != "," && !s.boundary[k]; k++ {
		if !s.time[k] {
			continue
		}
		w := s.toks[k].Lower
		if _, ok := weekdays[w]; ok || dayWords[w] {
			return true
		}
		if _, ok := monthNames[w]; ok && (k+1 < len(s.toks) && s.toks[k+1].Kind == text.Number || k > 0 && s.toks[k-1].Kind == text.Number) {
			return true
		}
	}
	return false
}

// whomTargets gives an act with no target, told in a clause that a
// preposition and "whom" open, the antecedent as its target: "Jorge Glas,
// to whom Mexico had granted asylum", "the envoy, with whom Putin held
// talks". The preposition that would name the target stands before the
// pronoun, where no pattern reads it.
func whomTargets(s *sentence, protos []proto) []proto {
	for i := range protos {
		p := &protos[i]
		if p.hasTgt || len(p.words) == 0 {
			continue
		}
		b := p.words[0] - 1
		for b >= 0 && !s.boundary[b] {
			b--
		}
		if b < 2 || !isWord(s.toks, b, "whom") || !prepositions[s.toks[b-1].Lower] {
			continue
		}
		e := b - 1
		if isWord(s.toks, e-1, ",") {
			e--
		}
		ante := s.in[e-1]
		if ante < 0 || s.ms[ante].end != e || len(s.ms[ante].members) != 1 || !s.ms[ante].usable() {
			continue
		}
		if t := s.ms[ante].members[0]; t.code != p.src.code {
			p.tgt, p.hasTgt = t, true
		}
	}
	return protos
}

// antecedentAt reports whether a relative pronoun of an object stands at
// token e, or after a comma there: the phrase that ends at e is what the
// relative clause acts on ("Kharkiv, which Russian troops shelled", where
// the force was used).
func antecedentAt(toks []text.Token, e int) bool {
	if isWord(toks, e, ",") {
		e++
	}
	return isWord(toks, e, "which") || isWord(toks, e, "whom") || isWord(toks, e, "that")
}
