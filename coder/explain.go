package coder

import (
	"fmt"
	"io"
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// Explain writes, for every sentence of doc, what the coder saw: its
// dependency parse (words, tags, heads and relations), the actors
// it found, the patterns that matched (with their dictionary file and line)
// and the events it made. It is for people writing dictionaries: the shortest
// way to learn why a sentence codes as it does.
func (c *Coder) Explain(w io.Writer, doc dyad.Document) {
	ctx := newDocCtx(doc)
	ctx.drops = &dropLog{} // drops: the acts each sentence lets go
	si := 0
	for _, sp := range text.Sentences(doc.Text) {
		for _, part := range chunks(doc.Text, sp) {
			ctx.sentence = si // as codeSentence sets it: mentions read it
			stext, toks, pre, wh, _, _ := c.prepare(doc, part, ctx)
			fmt.Fprintf(w, "sentence %d (date %s): %s\n", si, wh.iso, stext)
			writeParse(w, toks)
			ms := c.mentions(toks, pre, wh.start, ctx)
			for _, m := range ms {
				var codes []string
				for _, mb := range m.members {
					codes = append(codes, mb.code)
				}
				fmt.Fprintf(w, "  actor   %-28q %-8s %s%s\n", span(stext, toks, m.start, m.end), kindNames[m.kind],
					strings.Join(codes, ","), prepNote(m))
			}
			s := newSentence(c.lx, toks, ms, pre)
			acts, frames := s.matches(c.lx)
			for _, a := range acts {
				fmt.Fprintf(w, "  action  %-28q %s %s:%d %s\n", span(stext, toks, a.trig, a.end), a.p.Code, a.p.File, a.p.Line, a.p.Text)
			}
			for _, f := range frames {
				fmt.Fprintf(w, "  frame   %-28q %s %s:%d %s\n", span(stext, toks, f.trig, f.frameEnd), f.p.Frame, f.p.File, f.p.Line, f.p.Text)
			}
			var out []dyad.Event
			ctx.drops.reset()
			out = c.codeSentence(doc, si, part, ctx, out)
			for _, n := range ctx.drops.notes {
				fmt.Fprintf(w, "  dropped %-28q %s %s\n", span(stext, toks, n.from, n.to), n.code, n.why)
			}
			for _, e := range out {
				fmt.Fprintf(w, "  event   %s (%s) confidence %.2f\n", e.String(), e.Action.Label, e.Confidence)
				fmt.Fprintf(w, "          date %s%s%s%s\n", e.Date, placeNote(e.Location), amountNote(e.Quantity), routeNote(e.Route))
			}
			si++
		}
	}
}

var kindNames = map[mkind]string{mFull: "actor", mWeak: "modifier", mPronoun: "pronoun", mGroup: "group",
	mEvent: "event-ref", mPlace: "place", mAgent: "role", mImplied: "role"}

func prepNote(m mention) string {
	var notes []string
	if m.implied != "" {
		notes = append(notes, "country from the "+m.implied)
	}
	if m.prep != "" {
		notes = append(notes, "after "+m.prep)
	}
	if len(notes) == 0 {
		return ""
	}
	return " (" + strings.Join(notes, ", ") + ")"
}

func span(s string, toks []text.Token, a, b int) string {
	if a >= b || b > len(toks) {
		return ""
	}
	return s[toks[a].Start:toks[b-1].End]
}

// placeNote, amountNote and routeNote say an event's place, amount and
// route on its --explain line, and how sure the place's point is.
func placeNote(l *dyad.Place) string {
	if l == nil {
		return ""
	}
	n := "; place " + l.Name
	if l.Country != "" {
		n += " (" + l.Country + ")"
	}
	n += ", " + l.Role
	if l.Precision != "" {
		n += ", not in the gazetteer: at its " + l.Precision + "'s point"
	}
	return n
}

func amountNote(q *dyad.Quantity) string {
	if q == nil {
		return ""
	}
	return "; amount " + strings.Join(strings.Fields(fmt.Sprintf("%g %s %s", q.Value, q.Unit, q.Item)), " ")
}

func routeNote(rt []dyad.Place) string {
	if len(rt) == 0 {
		return ""
	}
	names := make([]string, len(rt))
	for i, p := range rt {
		names[i] = p.Name
	}
	return "; route " + strings.Join(names, " -> ")
}
