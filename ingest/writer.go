package ingest

import (
	"context"
	"encoding/json"
	"math"

	"github.com/dyadhq/dyad"
)

// DefaultBatch is how many events a Writer stores per transaction unless
// told otherwise.
const DefaultBatch = 10_000

// Writer codes documents and stores them with their events, in
// transactions of about Batch events: the one path from text to a store,
// shared by the CLI's ingest and recode, the demo store, the HTTP API.
// Each document is stored as the one version of its id (dyad.Store's
// Replace): coding a stored document again replaces its events when they
// changed and writes nothing when they did not. Events that arrive
// ready-made (GDELT and ICEWS imports) join the same batches.
//
// A Writer is not safe for concurrent use. After a failed store, every later
// call returns that failure, so a caller stops at the first one.
type Writer struct {
	Store dyad.Store
	Coder dyad.Coder
	Batch int // events per transaction; 0 for DefaultBatch

	// Replaced, when set, is called with the id of every stored document
	// that a new version replaced, once the transaction is committed.
	Replaced func(id string)

	added  dyad.Added
	tally  Tally
	docs   []dyad.Document
	evs    []dyad.Event
	queued map[string]bool
	err    error
}

// Tally counts what a Writer's flushes did to the store.
type Tally struct {
	Added, Replaced, Unchanged int // documents
	Events, Removed            int // events stored and removed; an event whose id changed is both

	// Roots compares the events of the documents coded (not those
	// imported ready-made) with what their stored versions had, by CAMEO
	// root family ("04"). An event is unchanged when the earlier version
	// had one with the same record apart from its id (which the lexicon's
	// version is part of) and its review. Events a reviewer corrected or
	// added are not the coder's, and neither they nor the coded events
	// in their place are compared.
	Roots map[dyad.EventCode]*Change

	// Judged and Agreed sum dyad.Replaced's: the judged events of the
	// replaced documents, whose judgements stay in force, and the
	// corrections and additions among them the new coding now gives.
	Judged, Agreed int
}

// Change counts the events of one CAMEO root family that a new coding
// added, removed and left as they were.
type Change struct {
	Added, Removed, Unchanged int
}

// Code codes d with c and returns its events, after setting d's sentences
// to those the coder coded (an event's Sentence indexes them). An event
// the coder could not date takes d's date, at 0.1 less confidence, as a
// fallback date costs in the coder.
func Code(c dyad.Coder, d *dyad.Document) []dyad.Event {
	d.Sentences = c.Sentences(d.Text)
	evs := c.Code(*d)
	for i := range evs {
		if e := &evs[i]; e.Day() == "" && dyad.FirstDay(d.Date) != "" {
			e.Date = d.Date
			e.Confidence = math.Round(math.Max(0.05, e.Confidence-0.1)*100) / 100
		}
	}
	return evs
}

// Document codes d and queues it with its events, storing the batch when it
// is full. A document whose id is queued already is a new version of it:
// the queued one is stored first, and this one replaces it.
func (w *Writer) Document(ctx context.Context, d dyad.Document) error {
	if w.err != nil {
		return w.err
	}
	if w.queued[d.ID] {
		if err := w.Flush(ctx); err != nil {
			return err
		}
	}
	if w.queued == nil {
		w.queued = map[string]bool{}
	}
	w.queued[d.ID] = true
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
	r, err := w.Store.Replace(ctx, w.docs, w.evs)
	if err != nil {
		w.err = err
		return err
	}
	w.count(r)
	w.docs, w.evs = w.docs[:0], w.evs[:0]
	clear(w.queued)
	if w.Replaced != nil {
		for _, id := range r.Replaced {
			w.Replaced(id)
		}
	}
	return nil
}

// count adds what a Replace of the queue did to the tally.
func (w *Writer) count(r dyad.Replaced) {
	w.added.Documents += len(r.Added)
	w.added.Events += r.Events
	t := &w.tally
	t.Added += len(r.Added)
	t.Replaced += len(r.Replaced)
	t.Unchanged += len(r.Unchanged)
	t.Events += r.Events
	t.Removed += r.Removed
	t.Judged += r.Judged
	t.Agreed += r.Agreed
	if t.Roots == nil {
		t.Roots = map[dyad.EventCode]*Change{}
	}
	root := func(e *dyad.Event) *Change {
		c := t.Roots[e.Action.Code.Root()]
		if c == nil {
			c = &Change{}
			t.Roots[e.Action.Code.Root()] = c
		}
		return c
	}
	// the earlier records of the replaced documents, by content
	earlier := map[string]map[string][]*dyad.Event{}
	for i := range r.Earlier {
		e := &r.Earlier[i]
		if e.Review != nil && (e.Review.Status == dyad.ReviewCorrected || e.Review.Status == dyad.ReviewAdded) {
			continue // the reviewer's, not the coder's
		}
		if earlier[e.Doc] == nil {
			earlier[e.Doc] = map[string][]*dyad.Event{}
		}
		k := content(e)
		earlier[e.Doc][k] = append(earlier[e.Doc][k], e)
	}
	reviewed := make(map[string]bool, len(r.Reviewed))
	for _, id := range r.Reviewed {
		reviewed[id] = true
	}
	unchanged := make(map[string]bool, len(r.Unchanged))
	for _, id := range r.Unchanged {
		unchanged[id] = true
	}
	for i := range w.evs {
		e := &w.evs[i]
		switch {
		case !w.queued[e.Doc]: // imported ready-made
		case reviewed[e.ID]: // a reviewer's event stands in its place
		case unchanged[e.Doc]:
			root(e).Unchanged++
		default:
			k := content(e)
			if same := earlier[e.Doc][k]; len(same) > 0 {
				earlier[e.Doc][k] = same[1:]
				root(e).Unchanged++
			} else {
				root(e).Added++
			}
		}
	}
	for _, byContent := range earlier {
		for _, es := range byContent {
			for _, e := range es {
				root(e).Removed++
			}
		}
	}
}

// content is an event's record without its id, mentions and review.
func content(e *dyad.Event) string {
	c := *e
	c.ID, c.Mentions, c.Review = "", 0, nil
	b, _ := json.Marshal(&c)
	return string(b)
}

// Added returns what the Writer's flushes have stored so far: documents
// that were not stored before, and events. Documents and events already in
// the store, as they are, are not counted.
func (w *Writer) Added() dyad.Added { return w.added }

// Tally returns what the Writer's flushes have done so far.
func (w *Writer) Tally() Tally { return w.tally }
