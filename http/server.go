// Package http is dyad's HTTP API: JSON over one envelope, every route in one
// place, errors as JSON with a code. It serves events with filters and
// paging, one event with its provenance, documents with their sentences and
// events, dyad series, the alignment network, flows and change points, codes
// posted text without storing it, looks actors up in the coder's
// dictionaries (with the file and line of each), and ingests documents
// (with a token whenever the server listens beyond loopback). The OpenAPI
// description is at /api/openapi.json.
//
// Every request's work is bounded (limit.go): by a time limit and its
// client (the context stops the measures' loops and the reading of
// events), by bounds on the periods and permutations it may ask for, by a
// bound on its body and on its answer, and, for coding and measures, by
// turns: a few run at once and the others wait. The answers of reads are
// remembered by the store's version (answers.go), so that a page asked
// again is written from memory until the store changes.
package http

import (
	"bytes"
	"cmp"
	"context"
	"crypto/subtle"
	_ "embed"
	"encoding/json"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/ingest"
	"github.com/dyadhq/dyad/lexicon"
)

//go:embed openapi.json
var openAPI []byte

// MaxBody is the largest request body accepted, in bytes.
const MaxBody = 1 << 20

// Actors looks up the actors a coder's dictionaries know, with where each
// was read; *lexicon.Lexicon implements it. Its methods are called
// concurrently, and the entries they return are read-only.
type Actors interface {
	// Search returns at most limit entries whose code is query or whose
	// phrases contain it, best first.
	Search(query string, limit int) []*lexicon.Entry
	Counts() lexicon.Counts
}

var _ Actors = (*lexicon.Lexicon)(nil)

// Codebook resolves reviewers' codes and lists the codebook;
// *lexicon.Lexicon implements it. Its methods are called concurrently.
type Codebook interface {
	dyad.Resolver
	Codes() []lexicon.CodeInfo
}

var _ Codebook = (*lexicon.Lexicon)(nil)

// Server answers the API.
type Server struct {
	Store  dyad.Store
	Coder  dyad.Coder
	Actors Actors   // the look-ups of /api/actors; nil: they answer not found
	Token  string   // required by writes when set ("Authorization: Bearer TOKEN"); names the reviewer "owner"
	Hosts  []string // names the server answers to beyond loopback ones (the Host header); any when a token is set
	// Tokens are more tokens that writes may present, each naming the
	// reviewer whose judgements it writes (token to name).
	Tokens map[string]string
	// Codebook resolves the codes of reviewers' corrections and lists
	// CAMEO codes (/api/codes); nil: corrections, additions and the list
	// answer not found.
	Codebook Codebook
	Logger   *slog.Logger // nil: slog.Default()
	// Now is the clock (the date of posted text that gives none); nil: time.Now.
	Now func() time.Time
	// UI serves everything outside /api (the web pages); nil for none.
	UI http.Handler
	// Timeout is a request's time limit; 0 for DefaultTimeout.
	Timeout time.Duration
	// MaxResponse bounds a response body in bytes; 0 for MaxResponse.
	MaxResponse int
	// Forget turns off the memory of answers (answers.go): every read is
	// worked out again, as by a server that has just started.
	Forget bool

	mux      *http.ServeMux
	work     chan struct{} // a turn of a heavy request (coding, measures)
	analyses analyses      // the networks analysed lately
	answers  answers       // the answers of reads, by the store's version
}

// NewServer returns a server over store and coder. As many heavy requests
// (coding, series, networks, flows, change points) run at once as the
// process may use processors, and at least two; the others wait.
func NewServer(store dyad.Store, c dyad.Coder) *Server {
	s := &Server{Store: store, Coder: c, work: make(chan struct{}, max(2, runtime.GOMAXPROCS(0)))}
	s.mux = http.NewServeMux()
	s.routes()
	return s
}

// routes registers every route, here and nowhere else.
func (s *Server) routes() {
	s.mux.HandleFunc("GET /api/openapi.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(openAPI)
	})
	// reads of the store alone: their answers are remembered until the
	// store's version changes (answers.go)
	s.mux.HandleFunc("GET /api/events", s.remembered(s.handleEvents))
	s.mux.HandleFunc("GET /api/events/{id}", s.remembered(s.handleEvent))
	s.mux.HandleFunc("GET /api/documents/{id}", s.remembered(s.handleDocument))
	s.mux.HandleFunc("POST /api/documents", s.handle(s.heavy(s.handleIngest)))
	s.mux.HandleFunc("POST /api/code", s.handle(s.heavy(s.handleCode)))
	// a series reads the rollups and flows an index of the few events with
	// an amount: bounded reads that need no turn
	s.mux.HandleFunc("GET /api/dyad", s.remembered(s.handleDyad))
	s.mux.HandleFunc("GET /api/network", s.remembered(s.handleNetwork)) // the analysis of ties seen lately is remembered too
	s.mux.HandleFunc("GET /api/flows", s.remembered(s.handleFlows))
	// a remembered answer needs no turn: only the work of a new one waits
	s.mux.HandleFunc("GET /api/changes", s.remembered(s.heavy(s.handleChanges)))
	s.mux.HandleFunc("GET /api/actors", s.handle(s.handleActors))
	s.mux.HandleFunc("GET /api/actors/counts", s.handle(s.handleActorCounts))
	s.mux.HandleFunc("POST /api/judgements", s.handle(s.handleJudge))
	s.mux.HandleFunc("GET /api/judgements", s.remembered(s.handleJudgements))
	s.mux.HandleFunc("GET /api/review/queue", s.remembered(s.handleQueue))
	s.mux.HandleFunc("GET /api/codes", s.handle(s.handleCodes))
	s.mux.HandleFunc("/api/", s.handle(func(r *http.Request) (any, *meta, error) {
		return nil, nil, dyad.Errorf(dyad.ENOTFOUND, "no route %s %s", r.Method, r.URL.Path)
	}))
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if s.UI != nil {
			s.UI.ServeHTTP(w, r)
			return
		}
		http.NotFound(w, r)
	})
}

// ServeHTTP implements http.Handler.
//
// Every response carries security headers. A request whose Host is not one
// the server serves is refused (a page of another site cannot reach a
// loopback server through DNS rebinding), and so is a write that is not a
// same-origin JSON request (a page of another site can post a form or
// plain text to it, but not JSON without a preflight this server never
// grants).
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")
	if !s.servesHost(r.Host) {
		s.refuse(w, r, http.StatusMisdirectedRequest, dyad.Errorf(dyad.EINVALID, "host %q is not served here", r.Host))
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		if err := sameOriginJSON(r); err != nil {
			s.refuse(w, r, http.StatusForbidden, err)
			return
		}
	}
	s.mux.ServeHTTP(w, r)
}

// servesHost reports whether host (a request's Host header) names this
// server: a loopback name or address, or one of s.Hosts; any host when the
// server has a token, since it is then meant to be reached from elsewhere.
func (s *Server) servesHost(host string) bool {
	if s.guarded() {
		return true
	}
	name := host
	if h, _, err := net.SplitHostPort(host); err == nil {
		name = h
	}
	name = strings.Trim(name, "[]")
	if name == "localhost" || strings.HasSuffix(name, ".localhost") {
		return true
	}
	if ip := net.ParseIP(name); ip != nil && ip.IsLoopback() {
		return true
	}
	for _, h := range s.Hosts {
		if strings.EqualFold(h, name) || strings.EqualFold(h, host) {
			return true
		}
	}
	return false
}

// sameOriginJSON checks a write: its body must be JSON, and its Origin,
// when the browser sends one, this server's.
func sameOriginJSON(r *http.Request) error {
	if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(strings.ToLower(strings.TrimSpace(ct)), "application/json") {
		return dyad.Errorf(dyad.EINVALID, "a write must send JSON (Content-Type: application/json), not %q", ct)
	}
	if o := r.Header.Get("Origin"); o != "" {
		u, err := url.Parse(o)
		if err != nil || !strings.EqualFold(u.Host, r.Host) {
			return dyad.Errorf(dyad.EUNAUTHORIZED, "a write from origin %q, not this server's", o)
		}
	}
	return nil
}

// refuse answers a request with an error envelope.
func (s *Server) refuse(w http.ResponseWriter, r *http.Request, status int, err error) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(envelope{Error: &errorBody{Code: dyad.ErrorCode(err), Message: err.Error()}})
}

// guarded reports whether the server has tokens, which writes must then
// present.
func (s *Server) guarded() bool { return s.Token != "" || len(s.Tokens) > 0 }

// Reviewers: the one a bare token (Server.Token) names, and the one of
// every write of a server without tokens, which only loopback can reach.
const (
	Owner = "owner"
	Local = "local"
)

// reviewer returns the name of the reviewer the token r presents names
// (Local when the server has none), and whether r may write. Every token
// is compared, in constant time.
func (s *Server) reviewer(r *http.Request) (string, bool) {
	if !s.guarded() {
		return Local, true
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || got == "" {
		return "", false
	}
	name := ""
	match := func(token, who string) {
		if token != "" && subtle.ConstantTimeCompare([]byte(got), []byte(token)) == 1 {
			name = who
		}
	}
	match(s.Token, Owner)
	for token, who := range s.Tokens {
		match(token, who)
	}
	return name, name != ""
}

// CheckAddr refuses an address a server cannot listen on: a malformed one,
// or one beyond loopback when no token guards writes (guarded false), since
// anyone could then write to the store.
func CheckAddr(addr string, guarded bool) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return dyad.Errorf(dyad.EINVALID, "address %q: %v", addr, err)
	}
	if ip := net.ParseIP(host); !guarded && (host == "" || ip == nil && host != "localhost" || ip != nil && !ip.IsLoopback()) {
		return dyad.Errorf(dyad.EINVALID, "listening on %s beyond loopback needs a token for writes (--token-file or DYAD_TOKEN)", addr)
	}
	return nil
}

// ListenAndServe serves on addr until ctx ends. Listening beyond loopback
// without a token is refused: anyone could write to the store.
func (s *Server) ListenAndServe(ctx context.Context, addr string) error {
	if err := CheckAddr(addr, s.guarded()); err != nil {
		return err
	}
	srv := &http.Server{Addr: addr, Handler: s, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 60 * time.Second, IdleTimeout: 120 * time.Second}
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// envelope is every response: data, or an error; meta for paging and
// counts.
type envelope struct {
	Data  any        `json:"data"`
	Meta  *meta      `json:"meta,omitempty"`
	Error *errorBody `json:"error,omitempty"`
}

type meta struct {
	Count      int `json:"count"`
	Limit      int `json:"limit,omitempty"`
	Offset     int `json:"offset,omitempty"`
	NextOffset int `json:"next_offset,omitempty"` // 0 when there is no next page
	Unplaced   int `json:"unplaced,omitempty"`    // events a series left out: no date a period can place
}

type errorBody struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// statuses maps error codes to HTTP statuses: the one table.
var statuses = map[string]int{dyad.EINVALID: http.StatusBadRequest, dyad.ENOTFOUND: http.StatusNotFound,
	dyad.ECONFLICT: http.StatusConflict, dyad.EUNAUTHORIZED: http.StatusUnauthorized, dyad.EINTERNAL: http.StatusInternalServerError}

// handle adapts a handler that returns data to the envelope and the error
// writer, with a time limit per request (its context ends when it passes or
// the client goes) and a bound on the response (MaxResponse).
func (s *Server) handle(h func(*http.Request) (any, *meta, error)) http.HandlerFunc {
	return s.adapt(h, false)
}

// remembered is handle for a handler whose answer depends on its URL and
// the stored data alone: with a store that has a version
// (dyad.Versioned), a successful answer is remembered and given again for
// the same URL until the version changes (answers).
func (s *Server) remembered(h func(*http.Request) (any, *meta, error)) http.HandlerFunc {
	return s.adapt(h, true)
}

func (s *Server) adapt(h func(*http.Request) (any, *meta, error), remember bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), s.timeout())
		defer cancel()
		r = r.WithContext(ctx)
		if r.Body != nil {
			r.Body = http.MaxBytesReader(w, r.Body, MaxBody)
		}
		version, url := int64(-1), r.URL.EscapedPath()+"?"+r.URL.RawQuery
		if vs, ok := s.Store.(dyad.Versioned); ok && remember && !s.Forget {
			// an error here is the handler's too, which reports it
			if v, err := vs.Version(ctx); err == nil {
				if body, ok := s.answers.get(v, url); ok && len(body) <= cmp.Or(s.MaxResponse, MaxResponse) {
					w.Header().Set("Content-Type", "application/json")
					w.Write(body)
					return
				}
				version = v
			}
		}
		data, m, err := h(r)
		if err != nil && ctx.Err() != nil {
			err = s.ended(ctx, err)
		}
		status := http.StatusOK
		if c, ok := data.(created); ok {
			data, status = c.v, http.StatusCreated
		}
		buf := &cappedBuffer{max: cmp.Or(s.MaxResponse, MaxResponse)}
		if err == nil {
			if werr := writeData(buf, data, m); errors.Is(werr, errTooLarge) {
				err = tooMuch("the answer is over %s, the bound on a response: ask for a shorter range, a longer period or a smaller page", ingest.SizeText(int64(buf.max)))
			} else if werr != nil {
				err = werr
			}
		}
		w.Header().Set("Content-Type", "application/json")
		if err != nil {
			code := dyad.ErrorCode(err)
			status, ok := statuses[code]
			if !ok {
				status = http.StatusInternalServerError
			}
			var se *statusError
			if errors.As(err, &se) {
				status = se.status
			}
			msg := err.Error()
			if status == http.StatusInternalServerError {
				s.logger().Error("api", "method", r.Method, "path", r.URL.Path, "err", err)
				msg = "internal error"
			}
			w.WriteHeader(status)
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			enc.Encode(envelope{Error: &errorBody{Code: code, Message: msg}})
			return
		}
		if version >= 0 && status == http.StatusOK {
			s.answers.put(version, url, bytes.Clone(buf.Bytes()))
		}
		w.WriteHeader(status)
		w.Write(buf.Bytes())
	}
}

// created is the data of a handler that stored something new: 201.
type created struct{ v any }

func (s *Server) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now().UTC()
}

func (s *Server) logger() *slog.Logger {
	if s.Logger != nil {
		return s.Logger
	}
	return slog.Default()
}

// query reads URL parameters with typed accessors that remember the first
// malformed one.
type query struct {
	r   *http.Request
	err error
}

func (q *query) str(name string) string { return strings.TrimSpace(q.r.URL.Query().Get(name)) }

func (q *query) num(name string, def int) int {
	v := q.str(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil && q.err == nil {
		q.err = dyad.Errorf(dyad.EINVALID, "%s %q: want an integer", name, v)
	}
	return n
}

func (q *query) float(name string, def float64) float64 {
	v := q.str(name)
	if v == "" {
		return def
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil && q.err == nil {
		q.err = dyad.Errorf(dyad.EINVALID, "%s %q: want a number", name, v)
	}
	return f
}

func (q *query) flag(name string) bool {
	v := q.str(name)
	return v == "1" || v == "true" || v == "yes"
}

// fail remembers the first malformed parameter.
func (q *query) fail(format string, args ...any) {
	if q.err == nil {
		q.err = dyad.Errorf(dyad.EINVALID, format, args...)
	}
}

// date reads a date parameter: YYYY, YYYY-MM or YYYY-MM-DD, a real one.
func (q *query) date(name string) string {
	v := q.str(name)
	if v != "" && dyad.FirstDay(v) == "" {
		q.fail("%s %q: want YYYY, YYYY-MM or YYYY-MM-DD", name, v)
	}
	return v
}

// oneOf reads a parameter that takes one of values, def when absent.
func (q *query) oneOf(name, def string, values ...string) string {
	v := q.str(name)
	if v == "" {
		return def
	}
	for _, w := range values {
		if v == w {
			return v
		}
	}
	q.fail("%s %q: want %s", name, v, strings.Join(values, ", "))
	return def
}

// between reads a number parameter that must lie in [lo, hi].
func (q *query) between(name string, def, lo, hi float64) float64 {
	x := q.float(name, def)
	if !(x >= lo && x <= hi) { // NaN fails too
		q.fail("%s %v: want %v to %v", name, x, lo, hi)
	}
	return x
}

// scope reads the scope parameter; all when it is absent.
func (q *query) scope() dyad.Scope {
	s := dyad.Scope(q.str("scope"))
	if err := s.Validate(); err != nil && q.err == nil {
		q.err = err
	}
	return s
}

// filter reads an event filter from the URL.
func (q *query) filter() dyad.Filter {
	f := dyad.Filter{Actor: q.str("actor"), Source: q.str("source"), Target: q.str("target"), Code: q.str("code"),
		Quad: q.num("quad", 0), From: q.str("from"), To: q.str("to"), Place: q.str("place"), Text: q.str("text"),
		Doc: q.str("doc"), Scope: q.scope(), Unique: q.flag("unique"), Rejected: q.flag("rejected"), Review: q.str("review")}
	if err := dyad.ValidateReview(f.Review); err != nil && q.err == nil {
		q.err = err
	}
	if f.Quad < 0 || f.Quad > 4 {
		q.err = dyad.Errorf(dyad.EINVALID, "quad %d: want 1 to 4", f.Quad)
	}
	q.date("from")
	q.date("to")
	return f
}
