package http

import (
	"encoding/json"
	"errors"
	"math"
	"net/http"
	"strings"
	"time"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/ingest"
	"github.com/dyadhq/dyad/internal/lexjson"
	"github.com/dyadhq/dyad/measure"
)

// DefaultLimit and MaxLimit bound a page of events; MaxPermutations bounds
// the work of a change-point test; DefaultActors and MaxActors bound an
// actor look-up.
const (
	DefaultLimit    = 100
	MaxLimit        = 10000
	MaxPermutations = 10000
	DefaultActors   = 20
	MaxActors       = 1000
)

func (s *Server) handleEvents(r *http.Request) (any, *meta, error) {
	q := &query{r: r}
	f := q.filter()
	f.Limit, f.Offset = q.num("limit", DefaultLimit), q.num("offset", 0)
	if q.err != nil {
		return nil, nil, q.err
	}
	if f.Limit <= 0 || f.Limit > MaxLimit || f.Offset < 0 {
		return nil, nil, dyad.Errorf(dyad.EINVALID, "limit must be 1 to %d and offset at least 0", MaxLimit)
	}
	return s.page(r, f)
}

// page answers one page of the events f selects (f.Limit of them from
// f.Offset), with the offset of the next page when there is one.
func (s *Server) page(r *http.Request, f dyad.Filter) (any, *meta, error) {
	// one more than asked tells whether there is a next page
	limit := f.Limit
	f.Limit++
	evs := []dyad.Event{}
	if err := s.Store.Events(r.Context(), f, func(e *dyad.Event) error {
		evs = append(evs, *e)
		return nil
	}); err != nil {
		return nil, nil, err
	}
	m := &meta{Limit: limit, Offset: f.Offset}
	if len(evs) > limit {
		evs = evs[:limit]
		m.NextOffset = f.Offset + limit
	}
	m.Count = len(evs)
	return evs, m, nil
}

// handleEvent is one event with its provenance: the record, and the document it
// came from. An event asked for by id is found even when a reviewer
// rejected it: its review says so.
func (s *Server) handleEvent(r *http.Request) (any, *meta, error) {
	var found *dyad.Event
	err := s.Store.Events(r.Context(), dyad.Filter{ID: r.PathValue("id"), Rejected: true}, func(e *dyad.Event) error {
		found = e
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	if found == nil {
		return nil, nil, dyad.Errorf(dyad.ENOTFOUND, "event %q not found", r.PathValue("id"))
	}
	out := struct {
		Event    *dyad.Event    `json:"event"`
		Document *dyad.Document `json:"document,omitempty"`
	}{Event: found}
	if d, err := s.Store.Document(r.Context(), found.Doc); err == nil {
		out.Document = d
	}
	return out, nil, nil
}

// handleDocument is a document with its sentences and the events coded from it.
func (s *Server) handleDocument(r *http.Request) (any, *meta, error) {
	d, err := s.Store.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		return nil, nil, err
	}
	evs := []dyad.Event{}
	q := &query{r: r}
	if err := s.Store.Events(r.Context(), dyad.Filter{Doc: d.ID, Rejected: q.flag("rejected")}, func(e *dyad.Event) error {
		evs = append(evs, *e)
		return nil
	}); err != nil {
		return nil, nil, err
	}
	return struct {
		Document *dyad.Document `json:"document"`
		Events   []dyad.Event   `json:"events"`
	}{d, evs}, nil, nil
}

// codeRequest is the body of POST /api/code.
type codeRequest struct {
	Text string `json:"text"`
	Date string `json:"date"`
}

// handleCode codes posted text without storing it.
func (s *Server) handleCode(r *http.Request) (any, *meta, error) {
	var req codeRequest
	if err := decode(r, &req); err != nil {
		return nil, nil, err
	}
	if strings.TrimSpace(req.Text) == "" {
		return nil, nil, dyad.Errorf(dyad.EINVALID, `no "text" to code`)
	}
	if _, err := time.Parse("2006-01-02", req.Date); req.Date != "" && err != nil {
		return nil, nil, dyad.Errorf(dyad.EINVALID, "date %q: want YYYY-MM-DD", req.Date)
	}
	if req.Date == "" {
		req.Date = s.now().Format("2006-01-02") // relative dates need a day to resolve against: today's
	}
	evs := s.Coder.Code(dyad.Document{ID: "posted", Date: req.Date, Text: req.Text})
	if evs == nil {
		evs = []dyad.Event{}
	}
	return evs, &meta{Count: len(evs)}, nil
}

// handleIngest codes posted documents (one, or an array) and stores them.
func (s *Server) handleIngest(r *http.Request) (any, *meta, error) {
	if _, ok := s.reviewer(r); !ok {
		return nil, nil, dyad.Errorf(dyad.EUNAUTHORIZED, "ingest needs a token of the server: Authorization: Bearer TOKEN")
	}
	var raw json.RawMessage
	if err := decode(r, &raw); err != nil {
		return nil, nil, err
	}
	var docs []dyad.Document
	if strings.HasPrefix(strings.TrimSpace(string(raw)), "[") {
		if err := json.Unmarshal(raw, &docs); err != nil {
			return nil, nil, dyad.Errorf(dyad.EINVALID, "documents: %v", err)
		}
	} else {
		var d dyad.Document
		if err := json.Unmarshal(raw, &d); err != nil {
			return nil, nil, dyad.Errorf(dyad.EINVALID, "document: %v", err)
		}
		docs = append(docs, d)
	}
	for i := range docs {
		if strings.TrimSpace(docs[i].Text) == "" {
			return nil, nil, dyad.Errorf(dyad.EINVALID, "document %d has no text", i+1)
		}
		if docs[i].ID == "" {
			docs[i].ID = ingest.ContentID(&docs[i])
		}
	}
	w := &ingest.Writer{Store: s.Store, Coder: s.Coder}
	for _, d := range docs {
		w.Document(r.Context(), d)
	}
	if err := w.Flush(r.Context()); err != nil {
		return nil, nil, err
	}
	return w.Added(), nil, nil
}

// dyadQuery reads the pair, the period and the range of a series, the same
// for every endpoint that reads one. A side may be "*", any actor, but must
// be given: a series of the whole store is asked for, never a default.
func (q *query) dyadQuery() measure.DyadQuery {
	scope := q.scope()
	src, tgt := q.str("source"), q.str("target")
	if src == "" && tgt == "" {
		q.fail(`source or target is required ("*" for any actor)`)
	}
	if src == "*" {
		src = ""
	}
	if tgt == "*" {
		tgt = ""
	}
	return measure.DyadQuery{Source: src, Target: tgt, Scope: scope,
		Undirected: q.flag("undirected"), Period: q.oneOf("period", "month", "day", "week", "month", "quarter", "year"),
		From: q.date("from"), To: q.date("to")}
}

func (s *Server) handleDyad(r *http.Request) (any, *meta, error) {
	q := &query{r: r}
	dq := q.dyadQuery()
	dq.MaxPeriods = MaxPeriods
	if q.err != nil {
		return nil, nil, q.err
	}
	pts, unplaced, err := measure.Dyad(r.Context(), s.Store, dq)
	if err != nil {
		return nil, nil, err
	}
	if pts == nil {
		pts = []measure.Point{}
	}
	return pts, &meta{Count: len(pts), Unplaced: unplaced}, nil
}

func (s *Server) handleNetwork(r *http.Request) (any, *meta, error) {
	q := &query{r: r}
	threshold, minEvents := q.float("threshold", 5), q.num("min_events", 3)
	from, to := q.date("from"), q.date("to")
	if q.err != nil {
		return nil, nil, q.err
	}
	// the store sums the events by pair of countries (one report an event,
	// as Filter.Unique reads them) from an index: the events of a long
	// range are never read
	pairs, err := s.Store.Pairs(r.Context(), dyad.PairQuery{From: from, To: to})
	if err != nil {
		return nil, nil, err
	}
	ties := measure.PairTies(pairs, threshold, minEvents)
	rep := s.analyses.analyze(ties)
	return struct {
		Ties   []tieJSON      `json:"ties"`
		Report map[string]any `json:"report"`
	}{tiesJSON(ties), reportJSON(rep)}, nil, nil
}

type tieJSON struct {
	From   string  `json:"from"`
	To     string  `json:"to"`
	Sign   int     `json:"sign"`
	Weight float64 `json:"weight"`
}

func tiesJSON(ts []measure.Tie) []tieJSON {
	out := []tieJSON{}
	for _, t := range ts {
		out = append(out, tieJSON{t.From, t.To, t.Sign, t.Weight})
	}
	return out
}

// reportJSON names the measures as Report.Write does; a ratio with nothing
// to count (NaN) is null.
func reportJSON(r measure.Report) map[string]any {
	num := func(x float64) any {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return nil
		}
		return x
	}
	clusters := r.Clusters
	if clusters == nil {
		clusters = [][]string{}
	}
	return map[string]any{"nodes": r.Nodes, "ties": r.Ties, "positive": r.Positive, "negative": r.Negative,
		"triangles": r.Triangles, "triads": map[string]int{"+++": r.Triads[0], "++-": r.Triads[1], "+--": r.Triads[2], "---": r.Triads[3]},
		"balance_ratio": num(r.BalanceRatio), "walk_balance": num(r.WalkBalance), "frustration": r.Frustration,
		"frustration_exact": r.Exact, "normalised_frustration": num(r.NormalisedFrustration), "balanced": r.Balanced,
		"blocs": [2][]string{nonNil(r.Blocs[0]), nonNil(r.Blocs[1])}, "frustrated_ties": tiesJSON(r.Frustrated),
		"clusterable": r.Clusterable, "clusters": clusters, "unclustered_ties": tiesJSON(r.Unclustered)}
}

func (s *Server) handleFlows(r *http.Request) (any, *meta, error) {
	q := &query{r: r}
	f := q.filter()
	n := map[string]int{"all": 0, "year": 4, "month": 7, "day": 10}[q.oneOf("period", "all", "all", "year", "month", "day")]
	if q.err != nil {
		return nil, nil, q.err
	}
	f.Quantity = true // flows are of quantities: the store reads only those events
	sum := measure.FlowSum{PeriodLen: n}
	if err := s.Store.Events(r.Context(), f, counted(r, func(e *dyad.Event) { sum.Add(e) })); err != nil {
		return nil, nil, err
	}
	flows := sum.Flows()
	return flows, &meta{Count: len(flows)}, nil
}

func (s *Server) handleChanges(r *http.Request) (any, *meta, error) {
	q := &query{r: r}
	dq := q.dyadQuery()
	dq.MaxPeriods = MaxChangePeriods
	hazard := q.between("hazard", 0.01, 1e-9, 0.5)
	perms := int(q.between("permutations", 999, 0, MaxPermutations))
	if q.err != nil {
		return nil, nil, q.err
	}
	pts, unplaced, err := measure.Dyad(r.Context(), s.Store, dq)
	if err != nil {
		return nil, nil, err
	}
	if perms*len(pts) > MaxPermutationWork {
		return nil, nil, dyad.Errorf(dyad.EINVALID, "permutations %d over %d periods: permutations times periods must be at most %d; ask for fewer permutations or periods",
			perms, len(pts), MaxPermutationWork)
	}
	var periods []string
	var xs []float64
	for _, p := range pts {
		periods = append(periods, p.Period)
		xs = append(xs, float64(p.Events))
	}
	c, err := measure.FindChanges(r.Context(), periods, xs, hazard, perms)
	if err != nil {
		return nil, nil, err
	}
	return c, &meta{Count: c.Periods, Unplaced: unplaced}, nil
}

// handleActors looks up actors by name or code: the entries of the
// dictionaries, best match first, with the file and line each came from.
func (s *Server) handleActors(r *http.Request) (any, *meta, error) {
	q := &query{r: r}
	text := q.str("q")
	if text == "" {
		q.fail(`q is required: a name or code ("Russia", "RUS")`)
	}
	limit := q.num("limit", DefaultActors)
	if limit < 1 || limit > MaxActors {
		q.fail("limit %d: want 1 to %d", limit, MaxActors)
	}
	if q.err != nil {
		return nil, nil, q.err
	}
	if s.Actors == nil {
		return nil, nil, dyad.Errorf(dyad.ENOTFOUND, "this server has no actor dictionaries to look up")
	}
	es := lexjson.List(s.Actors.Search(text, limit))
	return es, &meta{Count: len(es), Limit: limit}, nil
}

// handleActorCounts is how many countries, organisations, people, groups
// and agent phrases the dictionaries hold.
func (s *Server) handleActorCounts(r *http.Request) (any, *meta, error) {
	if s.Actors == nil {
		return nil, nil, dyad.Errorf(dyad.ENOTFOUND, "this server has no actor dictionaries to look up")
	}
	return lexjson.NewCounts(s.Actors.Counts()), nil, nil
}

// counted adapts add to a store's callback that stops when the request's
// context ends, checking it every thousand events.
func counted(r *http.Request, add func(*dyad.Event)) func(*dyad.Event) error {
	n := 0
	return func(e *dyad.Event) error {
		if n++; n%1024 == 0 {
			if err := r.Context().Err(); err != nil {
				return err
			}
		}
		add(e)
		return nil
	}
}

// decode reads a JSON request body into v.
func decode(r *http.Request, v any) error {
	dec := json.NewDecoder(r.Body)
	if err := dec.Decode(v); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return bodyTooLarge(mbe.Limit, err)
		}
		return dyad.Errorf(dyad.EINVALID, "request body: %w", err)
	}
	return nil
}

func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}
