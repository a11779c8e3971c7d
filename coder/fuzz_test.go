package coder

import (
	"encoding/json"
	"testing"

	"github.com/dyadhq/dyad"
)

// FuzzCode: the coder codes any text without panicking, and every event it
// gives is a record a store can hold whose spans point at its words: the
// event's into the document, the actors' into the sentence (doc/EVENTS.md).
func FuzzCode(f *testing.F) {
	c := testCoder(f)
	f.Fuzz(func(t *testing.T, text, date string) {
		d := dyad.Document{ID: "f", Date: date, Text: text}
		sents := c.Sentences(text)
		for _, e := range c.Code(d) {
			if _, err := json.Marshal(e); err != nil {
				t.Fatalf("event %+v cannot be stored: %v", e, err)
			}
			if err := e.Action.Code.Validate(); err != nil {
				t.Fatal(err)
			}
			if e.Sentence < 0 || e.Sentence >= len(sents) {
				t.Fatalf("event in sentence %d of %d", e.Sentence, len(sents))
			}
			s := e.Span
			if s.Start() < 0 || s.Start() > s.End() || s.End() > len(text) {
				t.Fatalf("event span %v in a text of %d bytes", s, len(text))
			}
			sent := text[s.Start():s.End()]
			for _, a := range []*dyad.Actor{e.Source, e.Target} {
				if a == nil {
					continue
				}
				if a.Span.Start() < 0 || a.Span.Start() > a.Span.End() || a.Span.End() > len(sent) {
					t.Fatalf("actor %q span %v in a sentence of %d bytes %q", a.Text, a.Span, len(sent), sent)
				}
				if err := a.Code.Validate(); err != nil {
					t.Fatalf("actor %q: %v", a.Code, err)
				}
			}
		}
	})
}
