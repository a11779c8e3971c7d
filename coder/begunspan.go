package coder

import (
	"time"

	"github.com/dyadhq/dyad/text"
)

// Talks told with the day they began ("signed a deal on Friday at the end of
// talks that began on Monday", "wrapped up talks on Thursday that had begun
// on Monday") cover the days from that day to the day of the act that ends
// them, or to the report when no act of the sentence names one: the talks
// are one event of those days, not of the day they began nor of the day
// they ended. visitSpan reads the same span from "three-day talks".

// begunVerbs open the relative clause that dates a meeting's first day.
var begunVerbs = set(`began begun started opened`)

// begunSpan gives a meeting event p (04x) dated to w the span from the day
// its "that began on DAY" clause names to the day of the sentence's act
// outside the clause, or w when its words have no such clause.
func (s *sentence) begunSpan(p proto, xs []timex, w when, ctx *docCtx) when {
	if p.code.Root() != "04" || len(p.words) == 0 || len(xs) < 1 {
		return w
	}
	noun := -1
	for _, k := range p.words {
		if spanNouns[s.toks[k].Lower] {
			noun = k
			break
		}
	}
	if noun < 0 {
		return w
	}
	rel, verb := -1, -1 // "that" and "began"
	for k := noun + 1; k < len(s.toks) && k <= noun+10; k++ {
		t := s.toks[k].Lower
		if t == "that" || t == "which" {
			rel = k
			j := k + 1
			for j < len(s.toks) && (s.toks[j].Lower == "had" || s.toks[j].Lower == "have") {
				j++
			}
			if j < len(s.toks) && begunVerbs[s.toks[j].Lower] {
				verb = j
			}
			break
		}
		if s.toks[k].Kind == text.Punct && t != "," {
			return w
		}
	}
	if verb < 0 {
		return w
	}
	start, end := -1, -1
	for k, x := range xs {
		if x.report || x.deadline || x.future || x.since || x.noun > 0 || len(x.w.iso) != 10 {
			continue
		}
		switch {
		case x.pos > verb && start < 0 && !s.commaBetween(verb, x.pos):
			start = k // "that began in the Chinese capital on Monday"
		case x.pos < rel:
			end = k // the latest day before the clause: the act that ended them
		}
	}
	if start < 0 {
		return w
	}
	last := ctx.docWhen
	if end >= 0 {
		last = xs[end].w
	} else if r := reportTime(xs); r != nil && len(r.w.iso) == 10 {
		last = r.w
	}
	a, err1 := time.Parse("2006-01-02", xs[start].w.iso)
	b, err2 := time.Parse("2006-01-02", last.iso)
	if err1 != nil || err2 != nil {
		return w
	}
	if a.After(b) && namesWeekday(s.toks, xs[start].pos) {
		a = a.AddDate(0, 0, -7) // "on Monday" is the Monday before the talks ended, not before the report
	}
	if !a.Before(b) || b.Sub(a) > 14*24*time.Hour {
		return w
	}
	w.start = a.Format("2006-01-02")
	w.iso = w.start + "/" + b.Format("2006-01-02")
	w.year = a.Year()
	return w
}
