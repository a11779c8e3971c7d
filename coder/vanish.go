package coder

import (
	"slices"
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// vanish (lost9): the acts that matched and made no event, with no reason
// said. "Protesters stormed the residence and set fire to the prime
// minister's home" codes one riot: the arson, coded a riot too, is merged
// into the storming's event; "cut ties with Iran, following Saudi Arabia,
// which severed relations" lost "severed relations" to the longer match
// of its family before bind saw it. Explain now names these losses on its
// `dropped` lines, so that scripts/misses counts them:
//
//   - in matches, a pattern whose every match at a word a filter removed
//     (not-an-act, stance, under-terms, plural-subject), an act removed as
//     no act (appeal, pledge-of-done, kept, possible, attributive,
//     armed-adjective, backed-by), a match inside a longer one
//     (inside-same-root, halted-flow, inside-other) and an actor's own
//     match whose actor is no subject (own-no-subject): noted only when,
//     at the end of the sentence, no event covers its trigger;
//   - in bind, a vow of a closing speaker that finds no side to avenge on
//     (no-avenged-side);
//   - in codeSentence, an event the same as one before (merged) or an
//     occurrence of a targeted act (repeat);
//   - and any other act left with no event and no reason (unexplained),
//     so that every act of an --explain either made an event or says why
//     not.
//
// When coding, s.drops is nil and every call below is one nil test.

// pend keeps a reason an act may have vanished for, noted at the end of
// the sentence (settle) only if no event covers its trigger.
func (s *sentence) pend(a match, why string) {
	if s.drops != nil {
		s.drops.pending = append(s.drops.pending, dropNote{from: a.trig, to: a.end, code: a.p.Code, why: why})
	}
}

// pendProto is pend for a proto the coder let go after bind (merged,
// repeat): its words, its code.
func (s *sentence) pendProto(p proto, why string) {
	if s.drops != nil && len(p.words) > 0 {
		s.drops.pending = append(s.drops.pending, dropNote{from: p.words[0], to: p.words[len(p.words)-1] + 1, code: p.code, why: why})
	}
}

// noActWhy names the filter of a word's matches that removes m in
// matches (a match that is no act, in a stance, under a treaty's terms),
// or "" when none does.
func (s *sentence) noActWhy(m match) string {
	switch {
	case s.notAnAct(m):
		return "not-an-act"
	case s.inStance(m):
		return "stance"
	case s.underTerms(m):
		return "under-terms"
	}
	return ""
}

// goneWhy names the test by which matches removes the act a as none, in
// the order it tries them, or "" when none does.
func (s *sentence) goneWhy(a match, acts, frames []match) string {
	switch {
	case readsThroughAppeal(a, frames):
		return "appeal"
	case s.pledgeOfDone(a, acts):
		return "pledge-of-done"
	case s.keptWord(a):
		return "kept"
	case s.possibleAct(a):
		return "possible"
	case s.attributive(a):
		return "attributive"
	case a.p.Code.Root() == "07" && s.armedAdjective(a.trig):
		return "armed-adjective"
	case s.backedBy(a):
		return "backed-by"
	}
	return ""
}

// candidatesGone pends, when every match at token t is removed by matches'
// filters of a word's matches, the heaviest with its filter's name.
func (s *sentence) candidatesGone(cands []match, t int) {
	if s.drops == nil || len(cands) == 0 {
		return
	}
	plural := s.pluralSubject(t) && !protestVerbs[s.toks[t].Lemma]
	best, why := -1, ""
	for i, m := range cands {
		w := s.noActWhy(m)
		if w == "" && plural && !contains(m.words, t+1) {
			w = "plural-subject"
		}
		if w == "" {
			return // a match stays at t
		}
		if best < 0 || heavierFirst(m, cands[best]) < 0 {
			best, why = i, w
		}
	}
	s.pend(cands[best], why)
}

// actsGone pends the acts that matches removes as no acts, with the test
// that removed each.
func (s *sentence) actsGone(acts, frames []match) {
	if s.drops == nil {
		return
	}
	for _, a := range acts {
		if why := s.goneWhy(a, acts, frames); why != "" {
			s.pend(a, why)
		}
	}
}

// shadowed pends act a, which matches drops inside the kept match b.
func (s *sentence) shadowed(a, b match) {
	if s.drops == nil {
		return
	}
	switch {
	case haltedFlow(a, b):
		s.pend(a, "halted-flow")
	case contains(b.words, a.trig):
		s.pend(a, "inside-other")
	default:
		s.pend(a, "inside-same-root")
	}
}

// settle notes, at the end of a sentence, each act of acts that no event
// of out covers and no drop names: with the reason pended for it, else
// unexplained.
func (s *sentence) settle(acts []match, out []dyad.Event) {
	l := s.drops
	if l == nil {
		return
	}
	covered := func(t int) bool {
		st := s.toks[t].Start
		return slices.ContainsFunc(out, func(e dyad.Event) bool { return e.Action.Span[0] <= st && st < e.Action.Span[1] && e.Action.Text != "" })
	}
	told := func(t int) bool {
		return slices.ContainsFunc(l.notes, func(n dropNote) bool { return n.from <= t && t < n.to })
	}
	for _, n := range l.pending {
		if n.from < len(s.toks) && !covered(n.from) && !told(n.from) {
			l.note(n.from, n.to, n.code, n.why)
		}
	}
	for _, a := range acts {
		if !covered(a.trig) && !told(a.trig) {
			l.note(a.trig, a.end, a.p.Code, "unexplained")
		}
	}
}

// avengedOnAttacker (lost9) gives threat e of a closing speaker, whose
// country the sentence's force struck no one of, the attacker of the
// sentence's last use of force by another country as its target: "Pakistani
// warplanes hit camps of the Baloch Liberation Army in Afghanistan's
// Kandahar province, a spokesman for the Afghan government said, vowing to
// retaliate" is Afghanistan's threat against Pakistan, whose force fell on
// its soil. With none, out is as it was (no-avenged-side).
func avengedOnAttacker(e proto, before, out []proto) []proto {
	for k := len(before) - 1; k >= 0; k-- {
		b := before[k]
		if b.code.Root() < "18" || b.code.Root() > "20" || !b.hasTgt || b.src.country == "" || b.src.country == e.src.country {
			continue
		}
		e.tgt, e.hasTgt = b.src, true
		return append(out, e)
	}
	return out
}

// thenAfter (lost9) is 1 when "then" follows the "and" at token k ("fired on
// and then seized three vessels": the second verb after it still takes the
// stranded preposition's object), else 0.
func (s *sentence) thenAfter(k int) int {
	if isWord(s.toks, k+1, "then") {
		return 1
	}
	return 0
}

// adjectiveAndGroup (lost9) joins a state's adjective, "and", and a named
// group with its role noun into one list: "talks between Israeli and Hamas
// negotiators" are between Israel and Hamas, as "between Israel and Hamas"
// are, where the adjective alone was a modifier of nothing and the act
// reached only one side. The adjective keeps its state's code; the group
// must be of another country and end in a plain noun.
func adjectiveAndGroup(toks []text.Token, ms []mention, i int) (mention, bool) {
	m := ms[i]
	if m.kind != mWeak || len(m.members) != 1 || m.members[0].country == "" || i+1 >= len(ms) || !isWord(toks, m.end, "and") {
		return m, false
	}
	n := ms[i+1]
	if n.kind != mFull || n.start != m.end+1 || len(n.members) != 1 || n.members[0].country == m.members[0].country || n.end-n.start < 2 {
		return m, false
	}
	if last := &toks[n.end-1]; last.Cap || last.Kind != text.Word || !strings.HasSuffix(last.Lower, "s") {
		return m, false // "Hamas negotiators", "Wagner fighters": a plural noun of the group's people
	}
	j := m
	j.kind, j.end = mFull, n.end
	j.members = append([]member{m.members[0]}, n.members...)
	return j, true
}

// gappedTarget (lost9) gives act a, headed at head, which found no target,
// the target of the clause before it when a clause of its own, opened by ",
// and" and a named subject, tells the same kind of act (the same root) of
// another state: "Germany pledged 500 million euros in military aid to
// Ukraine, and France promised to send more air defence systems" is
// France's pledge to Ukraine too, where the target, said once, is left
// out of the second clause. Only an act whose pattern wants a target, and
// an earlier event with one, lend it.
func (s *sentence) gappedTarget(a match, head int, code dyad.EventCode, before []proto) []proto {
	if a.p.Solo || len(before) == 0 {
		return nil
	}
	mi, h := s.subject(head, -1)
	if mi < 0 || h != clause && h != adjacent || !s.ms[mi].usable() {
		return nil
	}
	st := s.ms[mi].start
	if !isWord(s.toks, st-1, "and") || !isWord(s.toks, st-2, ",") || st-2 < 1 {
		return nil
	}
	src := s.ms[mi].members[0]
	for k := len(before) - 1; k >= 0; k-- {
		b := before[k]
		if b.words == nil || b.words[0] >= st || !b.hasTgt || b.code.Root() != code.Root() {
			continue
		}
		if b.src.country == src.country || b.tgt.country == src.country || b.src.country == "" {
			return nil
		}
		return []proto{{src: src, tgt: b.tgt, hasTgt: true, code: code, words: a.words, conf: b.conf - 0.15, frame: -1}}
	}
	return nil
}
