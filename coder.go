package dyad

import "io"

// Coder turns documents into events. Package coder implements it with dyad's
// own dictionaries and rules, package petrarch with TABARI/PETRARCH
// dictionaries and their semantics; everything that codes (the CLI, the demo,
// the HTTP API, ingest and re-coding) holds a Coder, not a package's type.
//
// A Coder is safe for concurrent use.
type Coder interface {
	// Sentences returns the spans of text that Code codes as sentences, in
	// order: an Event's Sentence indexes this list, and a stored Document
	// keeps it so that every event can be shown in its sentence.
	Sentences(text string) []Span

	// Code returns the events of doc in the order of its sentences. It never
	// fails: text it cannot code gives no events.
	Code(doc Document) []Event
}

// Explainer is a Coder that can write, sentence by sentence, how it coded a
// document: the actors it found, the patterns that matched and the events
// it made.
type Explainer interface {
	Coder
	Explain(w io.Writer, doc Document)
}
