package http_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/dyadhq/dyad"
	dyadhttp "github.com/dyadhq/dyad/http"
	"github.com/dyadhq/dyad/sqlite"
)

// daily returns a server over a store with events from RUS to PRK on every
// day from 2011-01-01 for n days.
func daily(t *testing.T, n int) (*dyadhttp.Server, *httptest.Server) {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	var evs []dyad.Event
	day := time.Date(2011, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		code := dyad.EventCode([]string{"042", "057", "111", "190"}[i*i%7%4])
		evs = append(evs, dyad.Event{ID: fmt.Sprint("e", i), Doc: "d", Date: day.AddDate(0, 0, i).Format("2006-01-02"),
			Source: &dyad.Actor{Code: "RUS", Country: "RUS"}, Target: &dyad.Actor{Code: "PRK", Country: "PRK"},
			Action: dyad.Action{Code: code, Root: code.Root(), Quad: code.Quad(), Goldstein: 1}})
	}
	if _, err := st.Add(ctx, nil, evs); err != nil {
		t.Fatal(err)
	}
	s := dyadhttp.NewServer(st, nil)
	ts := httptest.NewServer(s)
	t.Cleanup(func() { ts.Close(); st.Close() })
	return s, ts
}

// TestRequestBounds: every request's work is bounded: the periods of a
// series and of change points, the permutations times the periods, the
// size of an answer, and the time a request may take; each refusal names
// its bound, and comes at once.
func TestRequestBounds(t *testing.T) {
	s, ts := daily(t, 4900)
	for _, tt := range []struct {
		url    string
		status int
		words  string
	}{
		{"/api/dyad?source=RUS&target=PRK&period=day&from=0001-01-01&to=9999-12-31", 400, "over the bound of 40000"},
		{"/api/dyad?source=RUS&target=PRK&period=day&from=1900-01-01", 400, "over the bound of 40000"},
		{"/api/changes?source=RUS&target=PRK&period=day&from=1950-01-01", 400, "over the bound of 5000"},
		{"/api/changes?source=RUS&target=PRK&period=month&from=1800&to=2024&permutations=10000", 400, "at most 10000000"},
		{"/api/changes?source=RUS&target=PRK&permutations=40000000", 400, "permutations"},
		{"/api/dyad?source=RUS&target=PRK&period=day", 200, ""},
		{"/api/changes?source=RUS&target=PRK&period=week", 200, ""},
	} {
		start := time.Now()
		code, env := call(t, "GET", ts.URL+tt.url, "")
		if code != tt.status || tt.words != "" && (env.Error == nil || !strings.Contains(env.Error.Message, tt.words)) {
			t.Errorf("%s: %d %+v, want %d about %q", tt.url, code, env.Error, tt.status, tt.words)
		}
		if d := time.Since(start); tt.status != 200 && d > 5*time.Second {
			t.Errorf("%s: refused after %v", tt.url, d)
		}
	}

	// an answer over the bound
	s.MaxResponse = 10 << 10
	code, env := call(t, "GET", ts.URL+"/api/dyad?source=RUS&target=PRK&period=day", "")
	if code != http.StatusUnprocessableEntity || env.Error == nil || !strings.Contains(env.Error.Message, "over 10 KiB, the bound on a response") {
		t.Errorf("a series over 10 KiB: %d %+v", code, env.Error)
	}
	s.MaxResponse = 0

	// a computation past the time limit: it takes seconds, the limit is 50 ms
	s.Timeout = 50 * time.Millisecond
	start := time.Now()
	code, env = call(t, "GET", ts.URL+"/api/changes?source=RUS&target=PRK&period=day&permutations=2000", "")
	if code != http.StatusServiceUnavailable || env.Error == nil || !strings.Contains(env.Error.Message, "time limit of 50ms") {
		t.Errorf("changes past the time limit: %d %+v", code, env.Error)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("changes stopped %v after the start, the limit being 50ms", d)
	}
	s.Timeout = 0
}

// TestClientGone: a request whose client has gone stops its work.
func TestClientGone(t *testing.T) {
	s, _ := daily(t, 4900)
	ctx, cancel := context.WithCancel(context.Background())
	req := httptest.NewRequestWithContext(ctx, "GET", "/api/changes?source=RUS&target=PRK&period=day&permutations=2000", nil)
	req.Host = "localhost"
	time.AfterFunc(30*time.Millisecond, cancel)
	rec := httptest.NewRecorder()
	start := time.Now()
	s.ServeHTTP(rec, req)
	if rec.Code != 499 {
		t.Errorf("status %d: %s", rec.Code, rec.Body)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("stopped %v after the start, the client gone after 30ms", d)
	}
}

// TestLimitsDocumented: openapi.json states every bound as the code has it.
func TestLimitsDocumented(t *testing.T) {
	ts := httptest.NewServer(dyadhttp.NewServer(nil, nil))
	defer ts.Close()
	res, err := http.Get(ts.URL + "/api/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var spec struct {
		Info struct {
			Description string `json:"description"`
		} `json:"info"`
		Components struct {
			Responses map[string]any `json:"responses"`
		} `json:"components"`
	}
	if err := json.NewDecoder(res.Body).Decode(&spec); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		fmt.Sprintf("%d periods", dyadhttp.MaxPeriods),
		fmt.Sprintf("at most %d, with permutations times periods at most %d", dyadhttp.MaxChangePeriods, dyadhttp.MaxPermutationWork),
		fmt.Sprintf("at most %d MiB (413", dyadhttp.MaxBody>>20),
		fmt.Sprintf("at most %d MiB (422", dyadhttp.MaxResponse>>20),
		fmt.Sprintf("(%v by default)", strings.TrimSuffix(dyadhttp.DefaultTimeout.String(), "s")+" s"),
	} {
		if !strings.Contains(spec.Info.Description, want) {
			t.Errorf("openapi.json's description does not say %q", want)
		}
	}
	for _, r := range []string{"TooLarge", "Unprocessable", "Unavailable"} {
		if spec.Components.Responses[r] == nil {
			t.Errorf("openapi.json has no %s response", r)
		}
	}
}
