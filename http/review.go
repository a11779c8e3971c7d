package http

import (
	"net/http"
	"strings"

	"github.com/dyadhq/dyad"
)

// DefaultQueue bounds a page of the review queue, as DefaultLimit one of
// events; DefaultCodes the codes /api/codes lists.
const (
	DefaultQueue = 50
	DefaultCodes = 50
)

// judgementRequest is the body of POST /api/judgements. A reviewer named
// in it is ignored: the token names the reviewer.
type judgementRequest struct {
	Event    string       `json:"event"`
	Verdict  string       `json:"verdict"`
	Note     string       `json:"note"`
	Doc      string       `json:"doc"`
	Sentence *int         `json:"sentence"`
	Now      *dyad.Change `json:"now"`
}

// handleJudge stores a reviewer's judgement of an event, or an event the
// reviewer adds to a sentence.
func (s *Server) handleJudge(r *http.Request) (any, *meta, error) {
	reviewer, ok := s.reviewer(r)
	if !ok {
		return nil, nil, dyad.Errorf(dyad.EUNAUTHORIZED, "a judgement needs a token of the server: Authorization: Bearer TOKEN")
	}
	var req judgementRequest
	if err := decode(r, &req); err != nil {
		return nil, nil, err
	}
	j := dyad.Judgement{Event: req.Event, Verdict: req.Verdict, Note: req.Note, Reviewer: reviewer, At: s.now()}
	ctx := r.Context()
	switch req.Verdict {
	case dyad.Correct:
		if req.Now.Empty() {
			return nil, nil, dyad.Errorf(dyad.EINVALID, "a correction needs now: the fields that change")
		}
		e, err := s.event(r, req.Event)
		if err != nil {
			return nil, nil, err
		}
		if err := s.apply(req.Now, e); err != nil {
			return nil, nil, err
		}
		j.Now = e
	case dyad.Add:
		if req.Doc == "" || req.Sentence == nil {
			return nil, nil, dyad.Errorf(dyad.EINVALID, "an added event needs doc and sentence")
		}
		if req.Now == nil || req.Now.Source == "" || req.Now.Code == "" {
			return nil, nil, dyad.Errorf(dyad.EINVALID, "an added event needs now with at least source and code")
		}
		d, err := s.Store.Document(ctx, req.Doc)
		if err != nil {
			return nil, nil, err
		}
		e, err := dyad.SentenceEvent(d, *req.Sentence)
		if err != nil {
			return nil, nil, err
		}
		if err := s.apply(req.Now, &e); err != nil {
			return nil, nil, err
		}
		j.Doc, j.Sentence, j.Now = d.ID, *req.Sentence, &e
	}
	stored, e, err := s.Store.Judge(ctx, j)
	if err != nil {
		return nil, nil, err
	}
	return created{struct {
		Judgement dyad.Judgement `json:"judgement"`
		Event     *dyad.Event    `json:"event"`
	}{stored, e}}, nil, nil
}

// event returns the stored event id, rejected or not.
func (s *Server) event(r *http.Request, id string) (*dyad.Event, error) {
	var found *dyad.Event
	if id == "" {
		return nil, dyad.Errorf(dyad.EINVALID, "no event")
	}
	err := s.Store.Events(r.Context(), dyad.Filter{ID: id, Rejected: true}, func(e *dyad.Event) error {
		found = e
		return nil
	})
	if err == nil && found == nil {
		err = dyad.Errorf(dyad.ENOTFOUND, "event %q not found", id)
	}
	return found, err
}

// apply changes e as c says, with the server's codebook.
func (s *Server) apply(c *dyad.Change, e *dyad.Event) error {
	if s.Codebook == nil {
		return dyad.Errorf(dyad.ENOTFOUND, "this server has no codebook to check corrections with")
	}
	e.Review = nil
	return c.Apply(e, s.Codebook)
}

// handleJudgements lists judgements, newest first.
func (s *Server) handleJudgements(r *http.Request) (any, *meta, error) {
	q := &query{r: r}
	f := dyad.JudgementFilter{Event: q.str("event"), Doc: q.str("doc"), Reviewer: q.str("reviewer"), Limit: q.num("limit", DefaultLimit)}
	if q.err != nil {
		return nil, nil, q.err
	}
	if f.Limit <= 0 || f.Limit > MaxLimit {
		return nil, nil, dyad.Errorf(dyad.EINVALID, "limit must be 1 to %d", MaxLimit)
	}
	out := []dyad.Judgement{}
	if err := s.Store.Judgements(r.Context(), f, func(j *dyad.Judgement) error {
		out = append(out, *j)
		return nil
	}); err != nil {
		return nil, nil, err
	}
	return struct {
		Judgements []dyad.Judgement `json:"judgements"`
	}{out}, &meta{Count: len(out), Limit: f.Limit}, nil
}

// handleQueue lists the events no one has judged, those the coder is least
// sure of first (then by day and id), a page at a time.
func (s *Server) handleQueue(r *http.Request) (any, *meta, error) {
	q := &query{r: r}
	f := dyad.Filter{Source: q.str("source"), Target: q.str("target"), Actor: q.str("actor"), Code: q.str("code"),
		From: q.date("from"), To: q.date("to"), Doc: q.str("doc"), Review: "none", LeastSure: true,
		Limit: q.num("limit", DefaultQueue), Offset: q.num("offset", 0)}
	if q.err != nil {
		return nil, nil, q.err
	}
	if f.Limit <= 0 || f.Limit > MaxLimit || f.Offset < 0 {
		return nil, nil, dyad.Errorf(dyad.EINVALID, "limit must be 1 to %d and offset at least 0", MaxLimit)
	}
	return s.page(r, f)
}

// codeInfo is a CAMEO code as /api/codes lists it.
type codeInfo struct {
	Code      dyad.EventCode `json:"code"`
	Label     string         `json:"label"`
	Root      dyad.EventCode `json:"root"`
	Quad      int            `json:"quad"`
	Goldstein float64        `json:"goldstein"`
	Plover    string         `json:"plover"`
}

// handleCodes lists the codebook's codes whose code starts with q or whose
// label contains it, ignoring case, in code order.
func (s *Server) handleCodes(r *http.Request) (any, *meta, error) {
	if s.Codebook == nil {
		return nil, nil, dyad.Errorf(dyad.ENOTFOUND, "this server has no codebook")
	}
	q := &query{r: r}
	want, limit := strings.ToLower(q.str("q")), q.num("limit", DefaultCodes)
	if q.err != nil {
		return nil, nil, q.err
	}
	if limit <= 0 || limit > MaxLimit {
		return nil, nil, dyad.Errorf(dyad.EINVALID, "limit must be 1 to %d", MaxLimit)
	}
	out := []codeInfo{}
	for _, c := range s.Codebook.Codes() {
		if len(out) == limit {
			break
		}
		if want == "" || strings.HasPrefix(string(c.Code), want) || strings.Contains(strings.ToLower(c.Label), want) {
			out = append(out, codeInfo{Code: c.Code, Label: c.Label, Root: c.Code.Root(), Quad: c.Code.Quad(), Goldstein: c.Goldstein, Plover: c.Plover})
		}
	}
	return struct {
		Codes []codeInfo `json:"codes"`
	}{out}, &meta{Count: len(out), Limit: limit}, nil
}
