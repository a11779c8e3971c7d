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
	Limit  int    // at most this many events; 0 for all
	Offset int    // skip this many first
}

// Added counts what a call to Store.Add stored; documents and events already
// stored are not counted.
type Added struct {
	Documents int `json:"documents"`
	Events    int `json:"events"`
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

// Store keeps documents and events. Implementations (package sqlite, package
// postgres) pass the conformance suite of package storetest. A Store is safe
// for concurrent use.
type Store interface {
	// Add stores documents and events in one transaction. A document or an
	// event whose id is already stored is skipped, so adding the same input
	// twice adds nothing the second time. Rollups are kept current.
	Add(ctx context.Context, docs []Document, events []Event) (Added, error)

	// Events calls fn for every event f selects, ordered by day and id,
	// until fn returns an error, which Events then returns; EINVALID for a
	// scope that is not one.
	Events(ctx context.Context, f Filter, fn func(*Event) error) error

	// Document returns a stored document; ENOTFOUND when there is none.
	Document(ctx context.Context, id string) (*Document, error)

	// Series counts a dyad's events per period from the rollups; EINVALID
	// for a period or a scope that is not one.
	Series(ctx context.Context, q SeriesQuery) ([]Bucket, error)

	// Close releases the store's resources.
	Close() error
}

// Loader is a Store that takes a large import faster by deferring the upkeep
// of some of its indexes and of full-text search to the end of it, when
// building them in one pass costs far less than keeping them current event
// by event.
//
// Between BeginLoad and EndLoad, Add keeps its promises of idempotence and
// clustering: each call is one transaction, adding the same input twice adds
// nothing, and each report joins the cluster it would have joined outside
// load mode. Queries still answer, but those that want a deferred index are
// slower, and text searches and series may miss the events added since
// BeginLoad. Load mode is recorded in the store, so that
// work deferred by a process that dies before EndLoad is done by a later
// Open; a load is worth it only when the import is large next to what the
// store already holds, since EndLoad builds the deferred indexes over every
// stored event.
type Loader interface {
	Store

	// BeginLoad puts the store in load mode; it does nothing when the
	// store is in load mode already.
	BeginLoad(ctx context.Context) error

	// EndLoad builds what load mode deferred, in one transaction, and
	// leaves load mode; it does nothing outside load mode.
	EndLoad(ctx context.Context) error
}
