package ingest

import (
	"context"

	"github.com/dyadhq/dyad"
)

// DefaultBatch is how many events a Writer stores per transaction unless
// told otherwise.
const DefaultBatch = 10_000

// Writer codes documents and stores them with their events, in
// transactions of about Batch events: the one path from text to a store,
// shared by the CLI's ingest, the demo store, the HTTP API and re-coding.
// Events that arrive ready-made (GDELT and ICEWS imports) join the same
// batches.
//
// A Writer is not safe for concurrent use. After a failed store, every later
// call returns that failure, so a caller stops at the first one.
type Writer struct {
	Store dyad.Store
	Coder dyad.Coder
	Batch int // events per transaction; 0 for DefaultBatch

	added dyad.Added
	docs  []dyad.Document
	evs   []dyad.Event
	err   error
}

// Code codes d with c and returns its events, after setting d's sentences
// to those the coder coded (an event's Sentence indexes them).
func Code(c dyad.Coder, d *dyad.Document) []dyad.Event {
	d.Sentences = c.Sentences(d.Text)
	return c.Code(*d)
}

// Document codes d and queues it with its events, storing the batch when it
// is full.
func (w *Writer) Document(ctx context.Context, d dyad.Document) error {
	if w.err != nil {
		return w.err
	}
	w.evs = append(w.evs, Code(w.Coder, &d)...)
	w.docs = append(w.docs, d)
	return w.flushFull(ctx)
}

// Event queues an event that needs no coding, storing the batch when it is
// full.
func (w *Writer) Event(ctx context.Context, e dyad.Event) error {
	if w.err != nil {
		return w.err
	}
	w.evs = append(w.evs, e)
	return w.flushFull(ctx)
}

func (w *Writer) flushFull(ctx context.Context) error {
	batch := w.Batch
	if batch <= 0 {
		batch = DefaultBatch
	}
	if len(w.evs) >= batch {
		return w.Flush(ctx)
	}
	return nil
}

// Flush stores what is queued in one transaction.
func (w *Writer) Flush(ctx context.Context) error {
	if w.err != nil {
		return w.err
	}
	if len(w.docs) == 0 && len(w.evs) == 0 {
		return nil
	}
	a, err := w.Store.Add(ctx, w.docs, w.evs)
	if err != nil {
		w.err = err
		return err
	}
	w.added.Documents += a.Documents
	w.added.Events += a.Events
	w.docs, w.evs = w.docs[:0], w.evs[:0]
	return nil
}

// Added returns what the Writer's flushes have stored so far: documents and
// events already in the store are not counted.
func (w *Writer) Added() dyad.Added { return w.added }
