package dyad

import "context"

// Scope selects events by how their sides relate, compared by Actor.Key
// (the country, else the actor code). An event is domestic when its source
// and target keys are equal (NGAMIL against NGAREB), international when both
// are known and differ (RUS against PRK, or RUS against IGOUNOSEC); an event
// without a target or a source is neither, and only ScopeAll (or "") selects
// it.
type Scope string

// The scopes; "" is ScopeAll.
const (
	ScopeAll           Scope = "all"
	ScopeInternational Scope = "international"
	ScopeDomestic      Scope = "domestic"
)

// Validate reports whether s is a scope: all, international, domestic or "".
func (s Scope) Validate() error {
	switch s {
	case "", ScopeAll, ScopeInternational, ScopeDomestic:
		return nil
	}
	return Errorf(EINVALID, "scope %q: want all, international or domestic", string(s))
}

// Filter selects stored events; a zero field selects everything. Actors are
// matched by key (a country code such as "RUS") or by actor-code prefix
// ("IGOUNO" matches every UN body); codes by prefix ("04" is every
// consultation).
type Filter struct {
	Actor  string // on either side
	Source string
	Target string
	Code   string // CAMEO code prefix
	Quad   int    // 1 to 4
	From   string // first day, YYYY-MM-DD (or a prefix: "2024", "2024-06")
	To     string // last day, inclusive, likewise
	Place  string // location name or country code
	Text   string // words of the sentence (full-text search)
	Doc    string // document id
	ID     string // one event (or report) by its id
	Scope  Scope  // international, domestic or all ("")
	Unique bool   // one record per event: the first report of each cluster, with its mention count

	// Rejected selects the events a reviewer rejected too, which are left
	// out otherwise.
	Rejected bool
	// Review selects by review status: "none" (not judged), "judged", or
	// a status (ReviewConfirmed, ReviewRejected, ReviewCorrected,
	// ReviewAdded); "" for any.
	Review string
	// Quantity selects the events with a quantity (Event.Quantity), as
	// flows read them, from an index of those events alone.
	Quantity bool
	// LeastSure orders the events by the coder's confidence, least first,
	// then by day and id: the order of a review queue.
	LeastSure bool

	Limit  int // at most this many events; 0 for all
	Offset int // skip this many first
}

// Added counts what a call to Store.Add stored; documents and events already
// stored are not counted.
type Added struct {
	Documents int `json:"documents"`
	Events    int `json:"events"`
}

// Replaced is what a call to Store.Replace did, document by document, with
// ids in the order of the call.
type Replaced struct {
	Added     []string // documents that were not stored
	Replaced  []string // documents stored in place of a different earlier version
	Unchanged []string // documents stored already as given: nothing was written
	Events    int      // events stored that were not stored before
	Removed   int      // events removed: those of earlier versions that the new ones do not repeat

	// Earlier are the events of the replaced documents as they were stored
	// before the call (the ones kept too), so that a caller can tell what a
	// new coding changed.
	Earlier []Event

	// Judged is how many judged events (counting each by the judgement in
	// force) the replaced documents had; each judgement stays in force on
	// the new coding (see Store.Replace). Agreed is how many of the
	// corrected and added events among them the new coding now codes
	// itself: the same source, target and code in the same sentence.
	Judged, Agreed int

	// Reviewed are the ids of the new events whose place a reviewer's
	// event (a correction or an addition) took.
	Reviewed []string
}

// Deleted counts what a call to Store.Delete removed.
type Deleted struct {
	Documents int `json:"documents"`
	Events    int `json:"events"`
}

// ValidateReview reports whether r is a Filter.Review: "", "none",
// "judged" or a review status.
func ValidateReview(r string) error {
	switch r {
	case "", "none", "judged", ReviewConfirmed, ReviewRejected, ReviewCorrected, ReviewAdded:
		return nil
	}
	return Errorf(EINVALID, "review %q: want none, judged, confirmed, rejected, corrected or added", r)
}

// DocFilter selects stored documents, for re-coding and deleting them; a
// zero field selects every document, and the fields select together.
type DocFilter struct {
	IDs  []string // these documents
	From string   // dated on or after this day (the document's date; or a prefix: "2024", "2024-06")
	To   string   // dated on or before this day, likewise

	// Actor, Source, Target and Code select the documents with at least
	// one stored event that Filter's fields of the same names select.
	Actor, Source, Target, Code string

	// Text selects the documents whose text has every one of these words,
	// in any case (the words of the whole text, coded or not, unlike
	// Filter.Text).
	Text string
}

// SeriesQuery asks for a dyad's events per period, read from the rollups.
type SeriesQuery struct {
	Source string // country or actor key; "" for any
	Target string
	Scope  Scope  // international, domestic or all (""), by the dyad's keys
	Period string // "day", "month" or "year"
	From   string
	To     string
}

// Bucket is one period of a series.
type Bucket struct {
	Period    string  `json:"period"` // "2024-06", "2024-06-19", "2024"
	Events    int     `json:"events"`
	Quad      [5]int  `json:"quad"` // events per quad class, index 1 to 4
	Goldstein float64 `json:"goldstein"`
}

// PairQuery asks for the sums of the events between pairs of countries, of
// the days From to To (YYYY-MM-DD, or a prefix as in Filter; "" for no
// bound).
type PairQuery struct {
	From, To string
}

// PairSum is what the events between two countries add up to, over both
// directions: A < B, each an Actor.Country.
type PairSum struct {
	A, B      string
	Events    int
	Goldstein float64 // the sum of the events' Goldstein values
}

// Store keeps documents and events. Implementations (package sqlite, package
// postgres) pass the conformance suite of package storetest, and take the
// same values: ids, URLs and texts of any length, and NUL bytes, each of
// which is stored (and looked up) as a space. A Store is safe for
// concurrent use.
type Store interface {
	// Add stores documents and events in one transaction. A document or an
	// event whose id is already stored is skipped, so adding the same input
	// twice adds nothing the second time. A document whose id is stored
	// with a different text, or that comes twice in docs with different
	// texts, is refused with ECONFLICT, and nothing of the call is stored:
	// a new version of a document is Replace's to store. Rollups are kept
	// current.
	Add(ctx context.Context, docs []Document, events []Event) (Added, error)

	// Replace stores each document of docs, with its events (those of
	// events whose Doc is its id), as the one version of that id, in one
	// transaction. A document stored already with the same fields,
	// sentences and events (ids and records) is left alone, so replacing
	// with the same input twice writes nothing the second time. Any other
	// stored version is replaced: its fields and sentences are overwritten
	// and its events removed, except those the new version repeats (the
	// same id and record), which stay as they are; the new version's
	// other events are stored. Versions are never merged. An event whose
	// Doc is not in docs (an imported one) is added as Add adds it. An id
	// may appear once in docs (EINVALID otherwise). A document that Add
	// stored, which records no digest of its coding, is replaced by the
	// first Replace of its id. Rollups, clusters and full-text search are
	// kept current, as after Delete.
	//
	// The judgements of a replaced document stay in force on its new
	// events: each judged event's latest judgement attaches to the new
	// event of its sentence with the source, target and action (code and
	// words) it judged, or failing that the same source, target and code
	// as the event in force; a confirmation, correction or addition with
	// no such event keeps its event as the reviewer's, a rejection with
	// none hides nothing.
	Replace(ctx context.Context, docs []Document, events []Event) (Replaced, error)

	// Delete removes, in one transaction, the documents with the given
	// ids, their sentences and every event whose Doc is one of them (so
	// also the events of an imported file, which has no stored document);
	// ids that are not stored are ignored, so deleting twice removes
	// nothing the second time. The documents' judgements are deleted
	// too. Rollups and full-text search no longer
	// count what is removed. The reports left in a cluster whose founder
	// is removed are clustered again, in the order they were stored, as
	// new reports are: each joins the first stored founder it matches, or
	// founds a cluster that the next may join. Other clusters are left as
	// they are.
	Delete(ctx context.Context, ids []string) (Deleted, error)

	// Documents calls fn for every stored document f selects, ordered by
	// id and without its sentences, until fn returns an error, which
	// Documents then returns. fn must not write to the store: collect ids
	// first, then replace or delete.
	Documents(ctx context.Context, f DocFilter, fn func(*Document) error) error

	// Events calls fn for every event f selects, ordered by day and id,
	// until fn returns an error, which Events then returns; EINVALID for a
	// scope or a review status that is not one. Events are read as
	// reviewed (see Judge), rejected ones only when f asks for them.
	Events(ctx context.Context, f Filter, fn func(*Event) error) error

	// Document returns a stored document; ENOTFOUND when there is none.
	Document(ctx context.Context, id string) (*Document, error)

	// Series counts a dyad's events per period from the rollups, which
	// count events as reviewed and leave rejected ones out; EINVALID for a
	// period or a scope that is not one.
	Series(ctx context.Context, q SeriesQuery) ([]Bucket, error)

	// Pairs sums the events dated q.From to q.To between two different
	// countries (each side an actor with an Actor.Country), by unordered
	// pair, ordered by A then B: what Events with Filter{From, To,
	// Unique: true} gives (one record per event, its first report; rejected
	// events left out) summed pair by pair, without reading the events'
	// records. An event without a target, with an organisation on a side,
	// or with one country on both sides joins no pair.
	Pairs(ctx context.Context, q PairQuery) ([]PairSum, error)

	// Judge stores a judgement (j.Validate) and makes it the one in force
	// for its event, in one transaction, and returns it as stored (with
	// its ID, At, Doc, Sentence and Was set) and the event as it is now
	// read. A correction's or addition's j.Now is the whole event as the
	// reviewer says it is (its actors and action resolved by the caller);
	// a correction keeps the judged event's id, an addition is named by
	// AddedID unless j.Now has an id. ENOTFOUND for an event or a
	// document that is not stored; ECONFLICT for an addition whose event
	// is stored already. Rollups, clusters and text search are kept
	// current.
	Judge(ctx context.Context, j Judgement) (Judgement, *Event, error)

	// Judgements calls fn for every stored judgement f selects, newest
	// first, until fn returns an error, which it then returns.
	Judgements(ctx context.Context, f JudgementFilter, fn func(*Judgement) error) error

	// Close releases the store's resources.
	Close() error
}

// Versioned is a Store that numbers what it holds, so that an answer may
// be remembered and given again until a write changes it. Both stores
// implement it.
type Versioned interface {
	Store

	// Version returns the number of the stored state: every write
	// transaction that commits (Add, Replace, Delete, Judge, and a load's
	// beginning and end), by this process or another on the same
	// database, changes it, as part of that transaction. A read that
	// begins after Version returned v sees at least the writes that made
	// v, so an answer read then is the answer of v or of a later state,
	// never of an earlier one.
	Version(ctx context.Context) (int64, error)
}

// Loader is a Store that takes a large import faster by deferring the upkeep
// of some of its indexes and of full-text search to the end of it, when
// building them in one pass costs far less than keeping them current event
// by event.
//
// Between BeginLoad and EndLoad, Add, Replace and Delete keep their
// promises of idempotence and clustering: each call is one transaction,
// adding or replacing the same input twice writes nothing the second time,
// and each report joins the cluster it would have joined outside load mode.
// Queries still answer, but those that want a deferred index are slower
// (Replace and Delete of stored documents among them), and text searches
// and series may miss the events added since BeginLoad. Load mode is
// recorded in the store, so that work deferred by a process that dies
// before EndLoad is done by a later Open; a load is worth it only when the
// import is large next to what the store already holds, since EndLoad
// builds the deferred indexes over every stored event.
type Loader interface {
	Store

	// BeginLoad puts the store in load mode; it does nothing when the
	// store is in load mode already.
	BeginLoad(ctx context.Context) error

	// EndLoad builds what load mode deferred, in one transaction, and
	// leaves load mode; it does nothing outside load mode.
	EndLoad(ctx context.Context) error
}
