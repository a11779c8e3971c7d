package coder

import (
	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// A sentence may tell one action several times, each with its own time and
// amount: "Iran fired 30 rockets at Israel on Wednesday after firing 100 on
// Monday and about 40 on Tuesday" is three attacks, not one. Each further
// time expression whose words repeat the action (the same verb, or an
// action of the same source with no target of its own) or elide it (only
// an amount, or "again") is another occurrence of the event.

// occurrence is a further occurrence of an event's action in its sentence.
type occurrence struct {
	x     int   // its time expression, an index in xs
	words []int // the words that stand for the action: "firing 100", "about 40"
	num   *qty  // its amount, nil when it states none
}

// elided are the words an occurrence with no verb of its own may have
// besides its amount and its time: "and another 40 on Tuesday", ", then
// again on Friday".
var elided = set(`and , then again also another a further more`)

// repeats returns the further occurrences of the action with words, whose
// own time expression is xs[own], in the order of the text: each later time
// expression of the same part of the sentence whose stretch (the words since
// the time expression before it) repeats or elides the action. It stops at
// the first stretch that does neither, crosses a clause boundary, or names
// an actor before its verb (a subject of its own) or after it one that is
// not the event's (same reports whether a mention is).
// others are the first words of the source's actions with no target, which
// repeat this one ("fired 12 missiles at Ukraine on Wednesday after
// launching 20 on Monday").
func (s *sentence) repeats(xs []timex, own int, words, others []int, qs []qty, same func(mi int) bool) []occurrence {
	if own < 0 {
		return nil
	}
	lemma := s.toks[words[0]].Lemma
	end := s.timeEnd(xs[own].pos)
	var out []occurrence
	for k := own + 1; k < len(xs); k++ {
		x := xs[k]
		if x.pos <= end {
			continue
		}
		if x.report || x.deadline || x.since || s.tail >= 0 && x.pos > s.tail {
			break
		}
		lead := x.pos
		for lead-1 > end && timeLead[s.toks[lead-1].Lower] {
			lead--
		}
		verb, bare, amount := -1, true, false
		for i := end + 1; i < lead; i++ {
			t := s.toks[i]
			if s.boundary[i] || s.in[i] >= 0 && (verb < 0 || !same(s.in[i])) {
				return out // a subject of its own: "two days after Ukraine shelled Belgorod"
			}
			switch {
			case verb < 0 && !contains(words, i) && (t.Lemma == lemma || contains(others, i)):
				verb = i
			case t.Kind == text.Number || inQty(qs, i) || hedgeBefore(s.toks, i+1) > 0:
				amount = amount || t.Kind == text.Number || inQty(qs, i)
			case t.Lower == "again":
				amount = true // "and again on Tuesday": no amount, but a repetition
			case !elided[t.Lower]:
				bare = false
			}
		}
		if verb < 0 && !(bare && amount) {
			break
		}
		first := verb
		if first < 0 {
			first = end + 1
			for first < lead && (s.toks[first].Lower == "and" || s.toks[first].Lower == "," || s.toks[first].Lower == "then") {
				first++
			}
		}
		last := lead
		for last > first && s.toks[last-1].Kind == text.Punct {
			last--
		}
		if first >= last {
			break
		}
		o := occurrence{x: k, words: indexes(first, last)}
		o.num = s.amountIn(qs, first, lead)
		out = append(out, o)
		end = s.timeEnd(x.pos)
	}
	return out
}

// timeEnd returns the last token of the time expression that starts at i.
func (s *sentence) timeEnd(i int) int {
	for i+1 < len(s.toks) && s.time[i+1] {
		i++
	}
	return i
}

// amountIn returns the amount that stands in toks[a:b]: a quantity of qs, or
// a bare number ("after firing 100"), which the caller completes with the
// event's unit and item.
func (s *sentence) amountIn(qs []qty, a, b int) *qty {
	for k := range qs {
		if q := &qs[k]; q.start >= a && q.start < b && !q.distance {
			return q
		}
	}
	for i := a; i < b; i++ {
		v, j, ok := number(s.toks, i)
		if !ok {
			continue
		}
		start := i - hedgeBefore(s.toks, i)
		q := qty{start: start, end: j, q: dyad.Quantity{Value: v, Approximate: start < i}}
		return &q
	}
	return nil
}

// inQty reports whether token i lies in one of qs.
func inQty(qs []qty, i int) bool {
	for _, q := range qs {
		if q.start <= i && i < q.end {
			return true
		}
	}
	return false
}

// indexes returns the token indexes a to b-1.
func indexes(a, b int) []int {
	out := make([]int, 0, b-a)
	for i := a; i < b; i++ {
		out = append(out, i)
	}
	return out
}

// untargeted returns the first words of the other actions of protos by p's
// source with no target that may repeat p: of p's quad class when p has a
// target (the one it leaves unsaid), of p's CAMEO family when it has none.
func untargeted(protos []proto, p proto) []int {
	var out []int
	for _, o := range protos {
		if o.hasTgt || len(o.words) == 0 || o.src.code != p.src.code || contains(p.words, o.words[0]) {
			continue
		}
		if p.hasTgt && o.code.Quad() == p.code.Quad() || !p.hasTgt && o.code.Root() == p.code.Root() {
			out = append(out, o.words[0])
		}
	}
	return out
}

// sameActor reports whether mention mi names one of p's actors, or a place
// of its target's country ("after shelling 200 near Kaesong").
func (s *sentence) sameActor(mi int, p proto) bool {
	m := &s.ms[mi]
	for _, mb := range m.members {
		if mb.code == p.src.code || p.hasTgt && (mb.code == p.tgt.code || m.kind == mPlace && mb.country == p.tgt.country) {
			continue
		}
		return false
	}
	return true
}

// withoutOccurrences returns qs without the amounts of occurrences.
func withoutOccurrences(qs []qty, reps []occurrence) []qty {
	out := make([]qty, 0, len(qs))
	for _, q := range qs {
		in := false
		for _, o := range reps {
			if o.num != nil && o.num.start == q.start {
				in = true
			}
		}
		if !in {
			out = append(out, q)
		}
	}
	return out
}

// occurrenceAmount returns the amount of occurrence o of an event with code
// whose own amount is own: its number, with own's unit and item when it
// gives none ("fired 30 rockets ... after firing 100": 100 rockets), and
// own's item when it has own's unit and no item.
func (s *sentence) occurrenceAmount(stext string, o occurrence, own *dyad.Quantity, code dyad.EventCode) *dyad.Quantity {
	if o.num == nil {
		return nil
	}
	v := o.num.q
	v.Text = stext[s.toks[o.num.start].Start:s.toks[o.num.end-1].End]
	if v.Item == "" && own != nil && (v.Unit == "" || v.Unit == own.Unit) {
		v.Unit, v.Item = own.Unit, own.Item // "and another 3,000 tonnes": of the same
	}
	v.Status = flowStatus(s.toks, *o.num, code)
	return &v
}
