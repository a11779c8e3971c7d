package petrarch

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/coder"
	"github.com/dyadhq/dyad/lexicon"
)

// Coder codes documents into dyad's event records with a PETRARCH
// dictionary set; dyad's lexicon supplies the CAMEO codebook (labels,
// Goldstein values, PLOVER types) and country names.
type Coder struct {
	dict    *Dict
	opt     Options
	lx      *lexicon.Lexicon
	version string // identifies the dictionaries in event ids
}

var _ dyad.Explainer = (*Coder)(nil)

// NewCoder returns a coder that codes with d and opt and takes the codebook
// and country names from lx.
func NewCoder(d *Dict, opt Options, lx *lexicon.Lexicon) *Coder {
	return &Coder{dict: d, opt: opt, lx: lx, version: "petrarch:" + lx.Version}
}

// Lexicon returns the dyad lexicon the coder reads the codebook from.
func (c *Coder) Lexicon() *lexicon.Lexicon { return c.lx }

// Sentences returns the spans of the sentences c codes: dyad's coder's, so
// that records of both coders index the same sentences.
func (c *Coder) Sentences(text string) []dyad.Span { return coder.Sentences(text) }

// Code returns the events of doc, sentence by sentence (the sentences of
// coder.Sentences, so records index the same sentences as dyad's coder).
func (c *Coder) Code(doc dyad.Document) []dyad.Event {
	var out []dyad.Event
	date := strings.ReplaceAll(doc.Date, "-", "")
	for si, sp := range coder.Sentences(doc.Text) {
		stext := doc.Text[sp[0]:sp[1]]
		for _, t := range c.dict.Code(stext, date, c.opt).Events {
			out = append(out, c.record(doc, si, sp, stext, t))
		}
	}
	return out
}

// Explain writes, sentence by sentence, the events found and the pattern
// (file:line) each came from.
func (c *Coder) Explain(w io.Writer, doc dyad.Document) {
	date := strings.ReplaceAll(doc.Date, "-", "")
	for si, sp := range coder.Sentences(doc.Text) {
		stext := doc.Text[sp[0]:sp[1]]
		r := c.dict.Code(stext, date, c.opt)
		fmt.Fprintf(w, "[%d] %s\n", si, stext)
		if r.Discard != "" {
			fmt.Fprintf(w, "    discarded (%s discard phrase)\n", r.Discard)
		}
		for _, t := range r.Events {
			how := "the verb's own code"
			if t.Pattern != "" {
				how = t.Pattern
			}
			fmt.Fprintf(w, "    %s %s %s  %q  (%s)\n", t.Source, t.Target, t.Code, stext[t.Verb[0]:t.Verb[1]], how)
		}
	}
}

func (c *Coder) record(doc dyad.Document, si int, sp dyad.Span, stext string, t Triple) dyad.Event {
	code := dyad.EventCode(t.Code)
	e := dyad.Event{
		Doc: doc.ID, Sentence: si, Span: sp, Text: stext, Date: doc.Date,
		Source: c.actor(stext, t.Source, t.Src),
		Target: c.actor(stext, t.Target, t.Tgt),
		Action: dyad.Action{Code: code, Text: stext[t.Verb[0]:t.Verb[1]], Span: dyad.Span(t.Verb)},
		// PETRARCH dictionaries give no confidence: the middle of the scale
		Confidence: 0.5,
	}
	if info, ok := c.lx.CodeInfo(code); ok {
		e.Action.Root, e.Action.Quad = code.Root(), code.Quad()
		e.Action.Goldstein, e.Action.Label, e.Action.Plover = info.Goldstein, info.Label, info.Plover
	}
	h := sha256.New()
	for _, s := range []string{doc.ID, strconv.Itoa(si), t.Source, t.Target, t.Code, strconv.Itoa(t.Verb[0]), c.version} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	e.ID = hex.EncodeToString(h.Sum(nil)[:8])
	return e
}

func (c *Coder) actor(stext, code string, sp [2]int) *dyad.Actor {
	a := &dyad.Actor{Code: dyad.ActorCode(code), Span: dyad.Span(sp), Text: stext[sp[0]:sp[1]]}
	if len(code) >= 3 && c.lx.IsCountry(code[:3]) {
		a.Country = code[:3]
	}
	if len(code) >= 3 {
		a.Name, _ = c.lx.Name(code[:3])
	}
	return a
}
