package coder

// The event record of a proto: its actors, its confidence and its id (how
// a sentence's route reaches its records is in eventroute.go).

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math"
	"strconv"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// record builds the event record of p.
func (c *Coder) record(doc dyad.Document, si int, sp [2]int, stext string, toks []text.Token, p proto, w when) dyad.Event {
	info, _ := c.lx.CodeInfo(p.code)
	e := dyad.Event{
		Doc: doc.ID, Sentence: si, Span: dyad.Span{sp[0], sp[1]}, Text: stext, Date: w.iso,
		Source: c.actor(stext, toks, p.src),
		Action: dyad.Action{Code: p.code, Root: p.code.Root(), Quad: p.code.Quad(), Goldstein: info.Goldstein,
			Label: info.Label, Plover: info.Plover},
		Confidence: math.Round(math.Max(0.05, math.Min(0.99, p.conf-unsure(w)))*100) / 100,
	}
	if p.hasTgt {
		e.Target = c.actor(stext, toks, p.tgt)
	}
	if len(p.words) > 0 {
		a, b := toks[p.words[0]].Start, toks[p.words[len(p.words)-1]].End
		e.Action.Text, e.Action.Span = stext[a:b], dyad.Span{a, b}
	}
	e.ID = eventID(doc.ID, si, e, c.lx.Version)
	return e
}

func (c *Coder) actor(stext string, toks []text.Token, m member) *dyad.Actor {
	if m.start < 0 {
		// implied by the policy, not named: the addressee of a protest
		return &dyad.Actor{Code: dyad.ActorCode(m.code), Country: m.country, Name: m.name}
	}
	a, b := toks[m.start].Start, toks[m.end-1].End
	name := m.name
	if m.person != nil {
		name = m.person.Name
	} else if n, ok := c.lx.Name(m.code[:min(3, len(m.code))]); ok && len(m.code) > 3 && m.country == "" {
		name = n
	}
	return &dyad.Actor{Text: stext[a:b], Code: dyad.ActorCode(m.code), Country: m.country, Name: name, Span: dyad.Span{a, b}}
}

// unsure is the confidence a fallback date costs.
func unsure(w when) float64 {
	if w.unsure {
		return 0.1
	}
	return 0
}

// eventID is a stable id: the same document, sentence, actors, action words
// and lexicon give the same id on every run.
func eventID(doc string, si int, e dyad.Event, version string) string {
	h := sha256.New()
	var buf [8]byte
	binary.LittleEndian.PutUint64(buf[:], uint64(si))
	h.Write([]byte(doc))
	h.Write(buf[:])
	h.Write([]byte(e.Source.Code))
	if e.Target != nil {
		h.Write([]byte(e.Target.Code))
	}
	h.Write([]byte(e.Action.Code))
	h.Write([]byte(strconv.Itoa(e.Action.Span[0]) + "," + strconv.Itoa(e.Action.Span[1])))
	h.Write([]byte(version))
	return hex.EncodeToString(h.Sum(nil)[:8])
}
