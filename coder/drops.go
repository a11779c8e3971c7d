package coder

import (
	"reflect"
	"runtime"
	"strconv"
	"strings"

	"github.com/dyadhq/dyad"
)

// drops: what --explain tells of the acts the coder matched and then let go.
// "Russia did not sign the treaty" matches "sign" (057) and codes nothing;
// Explain prints `dropped "sign the treaty" 057 negated`, the reason named
// at the guard of bind that let it go, or after the pass of codeSentence
// that took its event away. Only Explain keeps a log (sentence.drops); when
// coding, every call below is one nil test.

// dropLog is the acts a sentence dropped, and the events it had after the
// latest pass, to see which the next one takes away.
type dropLog struct {
	notes   []dropNote
	whys    []dropNote // why participants found no event for the act at each trigger (none)
	snap    []dropNote // the events after the latest pass: words and code, no reason
	snapped bool
	pending []dropNote // lost9: why an act may have vanished, noted only if it made no event (vanish.go)
}

// dropNote is one dropped act: its words [from, to), its code and why.
type dropNote struct {
	from, to int
	code     dyad.EventCode
	why      string
}

// reset forgets what an earlier binding of the sentence dropped (codeSentence
// binds again a sentence that refers back to its own events).
func (l *dropLog) reset() {
	if l != nil {
		l.notes, l.whys, l.snap, l.snapped = l.notes[:0], l.whys[:0], l.snap[:0], false
		l.pending = l.pending[:0] // lost9: vanish.go
	}
}

func (l *dropLog) note(from, to int, code dyad.EventCode, why string) {
	for _, n := range l.notes {
		if n.from == from && n.code == code {
			return // the same act let go again (the other direction, a lighter pattern)
		}
	}
	l.notes = append(l.notes, dropNote{from: from, to: to, code: code, why: why})
}

// drop notes that bind let act a go, for why.
func (s *sentence) drop(a match, why string) {
	if s.drops != nil {
		s.drops.note(a.trig, a.end, a.p.Code, why)
	}
}

// dropVoid notes which of bind's guards against what did not happen let act
// a go: a cancelling frame, a background mention, a recalled event, or
// one of the precision7 guards (a decision opposed, an aim, a charge's
// gerund, a label, a mood).
func (s *sentence) dropVoid(a match, cancelled map[int]bool, frames []match) {
	if s.drops == nil {
		return
	}
	switch {
	case cancelled[a.trig] && !denial(a, frames):
		s.drop(a, "cancelled")
	case s.background(a):
		s.drop(a, "background")
	case s.recalled(a):
		s.drop(a, "recalled")
	case s.opposedDecision(a):
		s.drop(a, "opposed-decision")
	case s.aimOfEffort(a):
		s.drop(a, "aim")
	case s.chargedGerund(a):
		s.drop(a, "charged-gerund")
	case s.calledLabel(a):
		s.drop(a, "label")
	default:
		s.drop(a, "mood")
	}
}

// dropUnreal notes which of bind's guards against what is not real let act a,
// headed at head (its frame's trigger, if any), go.
func (s *sentence) dropUnreal(a match, framed bool, head int) {
	if s.drops == nil {
		return
	}
	switch {
	case s.negated(head):
		s.drop(a, "negated")
	case s.hypothetical(head):
		s.drop(a, "hypothetical")
	case !framed && a.p.Code.Root() != "14" && s.unrealNoun(a):
		s.drop(a, "unreal-noun")
	case !framed && s.modalNoun(head):
		s.drop(a, "modal-noun")
	default:
		s.drop(a, "any-act")
	}
}

// dropEmpty notes why bind found no event for act a: no code through its
// frame, or no participants.
func (s *sentence) dropEmpty(a match, code dyad.EventCode) {
	if s.drops == nil {
		return
	}
	if code == "" {
		s.drop(a, "no-code")
		return
	}
	for _, w := range s.drops.whys {
		if w.from == a.trig {
			s.drop(a, "no-parties: "+w.why)
			return
		}
	}
	s.drop(a, "no-parties")
}

// none returns no events for act a, noting why when explaining: the first
// reason participants or pairs gives at a trigger is its heaviest pattern's.
func (s *sentence) none(a match, why string) []proto {
	if s.drops != nil {
		for _, w := range s.drops.whys {
			if w.from == a.trig {
				return nil
			}
		}
		s.drops.whys = append(s.drops.whys, dropNote{from: a.trig, why: why})
	}
	return nil
}

// orNone returns ps, noting why when it is empty.
func (s *sentence) orNone(a match, why string, ps []proto) []proto {
	if len(ps) == 0 {
		return s.none(a, why)
	}
	return ps
}

// emptyPairs returns pairs' events, out, noting why when there are none: no
// target where the act needs one, or only the source itself ("Russia" and
// "Russian officials").
func (s *sentence) emptyPairs(a match, tgt int, out []proto) []proto {
	if len(out) > 0 || s.drops == nil {
		return out
	}
	if tgt < 0 {
		return s.none(a, "no-target")
	}
	return s.none(a, "one-actor")
}

// noSourceWhy is why participants let an act go at its end: no source, or
// a protest noun after a preposition whose source is no protester.
func noSourceWhy(src int) string {
	if src < 0 {
		return "no-source"
	}
	return "nominal-after-prep"
}

// pass notes the acts whose every event the pass called name took away
// since the latest call ("" only takes the snapshot).
func (s *sentence) pass(name string, ps []proto) {
	l := s.drops
	if l == nil {
		return
	}
	if l.snapped && name != "" {
		for _, q := range l.snap {
			if !hasEventAt(ps, q.from) {
				l.note(q.from, q.to, q.code, name)
			}
		}
	}
	l.snap = l.snap[:0]
	for _, p := range ps {
		if len(p.words) > 0 {
			l.snap = append(l.snap, dropNote{from: p.words[0], to: p.words[len(p.words)-1] + 1, code: p.code})
		}
	}
	l.snapped = true
}

// passed is pass for the i-th of recoders, named by its function.
func (s *sentence) passed(i int, ps []proto) {
	if s.drops == nil {
		return
	}
	name := "recoder " + strconv.Itoa(i) // an anonymous one
	if f := runtime.FuncForPC(reflect.ValueOf(recoders[i]).Pointer()); f != nil && !strings.Contains(f.Name(), ".func") {
		name = f.Name()[strings.LastIndexByte(f.Name(), '.')+1:]
	}
	s.pass(name, ps)
}

func hasEventAt(ps []proto, from int) bool {
	for _, p := range ps {
		if len(p.words) > 0 && p.words[0] == from {
			return true
		}
	}
	return false
}
