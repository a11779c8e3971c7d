package http_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/coder"
	dyadhttp "github.com/dyadhq/dyad/http"
	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/sqlite"
)

var (
	once sync.Once
	cd   *coder.Coder
	lx   *lexicon.Lexicon
)

func newServer(t testing.TB, token string) *httptest.Server {
	t.Helper()
	once.Do(func() {
		var err error
		if lx, _, err = lexicon.Load(); err != nil {
			t.Fatal(err)
		}
		cd = coder.New(lx)
	})
	st, err := sqlite.Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	s := dyadhttp.NewServer(st, cd)
	s.Token = token
	s.Actors = lx
	ts := httptest.NewServer(s)
	t.Cleanup(func() { ts.Close(); st.Close() })
	return ts
}

type envelope struct {
	Data  json.RawMessage `json:"data"`
	Meta  map[string]int  `json:"meta"`
	Error *struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func call(t testing.TB, method, url, body string, header ...string) (int, envelope) {
	t.Helper()
	req, _ := http.NewRequest(method, url, strings.NewReader(body))
	if method == "POST" {
		req.Header.Set("Content-Type", "application/json") // what every client of the API sends
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	var env envelope
	if err := json.Unmarshal(b, &env); err != nil {
		t.Fatalf("%s %s: not an envelope: %s", method, url, b)
	}
	return res.StatusCode, env
}

const docs = `[
 {"id":"a","date":"2024-06-20","text":"Vladimir Putin visited Pyongyang on Wednesday. Russia and North Korea signed a defence treaty."},
 {"id":"b","date":"2024-06-21","text":"Japan condemned the treaty. North Korea shipped 500 containers of artillery shells to Russia by sea from Najin to Vostochny."},
 {"id":"c","date":"2024-03-28","text":"Russia vetoed a resolution at the UN Security Council on Thursday."}]`

func TestAPI(t *testing.T) {
	ts := newServer(t, "secret")
	// ingest needs the token
	if code, env := call(t, "POST", ts.URL+"/api/documents", docs); code != 401 || env.Error == nil || env.Error.Code != "unauthorized" {
		t.Fatalf("ingest without a token: %d %+v", code, env.Error)
	}
	code, env := call(t, "POST", ts.URL+"/api/documents", docs, "Authorization", "Bearer secret")
	if code != 200 || !strings.Contains(string(env.Data), `"documents":3`) {
		t.Fatalf("ingest: %d %s", code, env.Data)
	}
	// events, filtered and paged
	code, env = call(t, "GET", ts.URL+"/api/events?source=RUS&limit=2", "")
	var evs []map[string]any
	json.Unmarshal(env.Data, &evs)
	if code != 200 || len(evs) != 2 || env.Meta["next_offset"] != 2 {
		t.Fatalf("events page 1: %d %d events, meta %v", code, len(evs), env.Meta)
	}
	code, env = call(t, "GET", ts.URL+"/api/events?source=RUS&limit=2&offset=2", "")
	json.Unmarshal(env.Data, &evs)
	if code != 200 || len(evs) == 0 || env.Meta["next_offset"] != 0 {
		t.Errorf("events page 2: %d %d events, meta %v", code, len(evs), env.Meta)
	}
	// one event with its provenance
	id := evs[0]["id"].(string)
	code, env = call(t, "GET", ts.URL+"/api/events/"+id, "")
	if code != 200 || !strings.Contains(string(env.Data), `"document":{"id":`) || !strings.Contains(string(env.Data), `"sentences":`) {
		t.Errorf("one event: %d %s", code, env.Data)
	}
	if code, env = call(t, "GET", ts.URL+"/api/events/nope", ""); code != 404 || env.Error.Code != "not_found" {
		t.Errorf("a missing event: %d %+v", code, env.Error)
	}
	// a document with its events
	code, env = call(t, "GET", ts.URL+"/api/documents/a", "")
	if code != 200 || strings.Count(string(env.Data), `"code":"057"`) != 2 {
		t.Errorf("document a: %d %s", code, env.Data)
	}
	// measures
	code, env = call(t, "GET", ts.URL+"/api/dyad?source=RUS&target=PRK&period=month", "")
	if code != 200 || !strings.Contains(string(env.Data), `"period":"2024-06"`) {
		t.Errorf("dyad: %d %s", code, env.Data)
	}
	code, env = call(t, "GET", ts.URL+"/api/flows", "")
	if code != 200 || !strings.Contains(string(env.Data), `"item":"artillery shells"`) || !strings.Contains(string(env.Data), "Najin (sea)") {
		t.Errorf("flows: %d %s", code, env.Data)
	}
	code, env = call(t, "GET", ts.URL+"/api/network?from=2024&min_events=1&threshold=1", "")
	if code != 200 || !strings.Contains(string(env.Data), `"balance_ratio":null`) || !strings.Contains(string(env.Data), `"from":"PRK","to":"RUS","sign":1`) {
		t.Errorf("network: %d %s", code, env.Data)
	}
	// code without storing
	code, env = call(t, "POST", ts.URL+"/api/code", `{"text":"China criticized Japan on Monday.","date":"2024-06-20"}`)
	if code != 200 || !strings.Contains(string(env.Data), `"code":"111"`) || !strings.Contains(string(env.Data), `"date":"2024-06-17"`) {
		t.Errorf("code: %d %s", code, env.Data)
	}
	// errors: one envelope, one code per kind
	for _, tc := range []struct {
		method, path, body string
		status             int
		code               string
	}{
		{"GET", "/api/events?quad=9", "", 400, "invalid"},
		{"GET", "/api/events?limit=x", "", 400, "invalid"},
		{"GET", "/api/events?from=June", "", 400, "invalid"},
		{"GET", "/api/dyad?period=fortnight", "", 400, "invalid"},
		{"POST", "/api/code", `{"text":""}`, 400, "invalid"},
		{"POST", "/api/code", `not json`, 400, "invalid"},
		{"POST", "/api/code", `{"text":"` + strings.Repeat("x", 2<<20) + `"}`, 413, "invalid"},
		{"GET", "/api/nothing", "", 404, "not_found"},
	} {
		code, env := call(t, tc.method, ts.URL+tc.path, tc.body)
		if code != tc.status || env.Error == nil || env.Error.Code != tc.code {
			t.Errorf("%s %s: %d %+v, want %d %s", tc.method, tc.path, code, env.Error, tc.status, tc.code)
		}
	}
	// the OpenAPI description is valid JSON naming every route
	res, _ := http.Get(ts.URL + "/api/openapi.json")
	b, _ := io.ReadAll(res.Body)
	var spec map[string]any
	if err := json.Unmarshal(b, &spec); err != nil || !bytes.Contains(b, []byte(`"/api/network"`)) {
		t.Errorf("openapi.json: %v", err)
	}
}

// A server that listens beyond loopback must have a token.
func TestListenNeedsToken(t *testing.T) {
	s := dyadhttp.NewServer(nil, nil)
	err := s.ListenAndServe(context.Background(), "0.0.0.0:0")
	if err == nil || !strings.Contains(err.Error(), "token") {
		t.Errorf("listening on 0.0.0.0 without a token: %v", err)
	}
}

// Scopes: domestic events (one country on both sides), international ones
// and one without a target, through every route that reads events or
// series; the network reads international events only.
func TestScope(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	a, ev := actor, event
	if _, err := st.Add(ctx, nil, []dyad.Event{
		ev("i1", "2024-06-01", a("RUSGOV", "RUS"), a("PRKGOV", "PRK"), "057", 8, nil),
		ev("d1", "2024-06-02", a("NGAMIL", "NGA"), a("NGAREB", "NGA"), "190", -10, nil),
		ev("n1", "2024-06-03", a("NGAGOV", "NGA"), nil, "010", 0, nil),
		ev("d2", "2024-06-04", a("NGAGOV", "NGA"), a("NGACVL", "NGA"), "070", 7, &dyad.Quantity{Value: 200, Unit: "tonne", Item: "food", Status: dyad.FlowDelivered}),
		ev("i2", "2024-06-05", a("PRK", "PRK"), a("RUS", "RUS"), "062", 6, &dyad.Quantity{Value: 500, Unit: "container", Item: "shells", Status: dyad.FlowDelivered}),
	}); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(dyadhttp.NewServer(st, nil))
	defer ts.Close()
	get := func(path string, v any) {
		t.Helper()
		code, env := call(t, "GET", ts.URL+path, "")
		if code != 200 {
			t.Fatalf("%s: %d %+v", path, code, env.Error)
		}
		if err := json.Unmarshal(env.Data, v); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
	for scope, want := range map[string]string{"": "i1,d1,n1,d2,i2", "all": "i1,d1,n1,d2,i2", "international": "i1,i2", "domestic": "d1,d2"} {
		var evs []dyad.Event
		get("/api/events?scope="+scope, &evs)
		var got []string
		for _, e := range evs {
			got = append(got, e.ID)
		}
		if strings.Join(got, ",") != want {
			t.Errorf("events, scope %q: %v, want %s", scope, got, want)
		}
	}
	for scope, want := range map[string]int{"": 3, "international": 0, "domestic": 2} {
		var pts []struct{ Events int }
		get("/api/dyad?source=NGA&scope="+scope, &pts)
		n := 0
		for _, p := range pts {
			n += p.Events
		}
		if n != want {
			t.Errorf("dyad from NGA, scope %q: %d events, want %d", scope, n, want)
		}
	}
	for scope, want := range map[string]string{"": "shells,food", "international": "shells", "domestic": "food"} {
		var flows []struct{ Item string }
		get("/api/flows?scope="+scope, &flows)
		var got []string
		for _, f := range flows {
			got = append(got, f.Item)
		}
		if strings.Join(got, ",") != want {
			t.Errorf("flows, scope %q: %v, want %s", scope, got, want)
		}
	}
	// a day's series of 2024-06-01 to 05: the rates before and after the
	// change point account for every event of the scope and no other
	for scope, want := range map[string]float64{"": 5, "international": 2, "domestic": 2} {
		var c struct {
			Periods    int     `json:"periods"`
			K          int     `json:"k"`
			RateBefore float64 `json:"rate_before"`
			RateAfter  float64 `json:"rate_after"`
		}
		get("/api/changes?source=*&period=day&from=2024-06-01&to=2024-06-05&permutations=9&scope="+scope, &c)
		if n := c.RateBefore*float64(c.K) + c.RateAfter*float64(c.Periods-c.K); c.Periods != 5 || math.Abs(n-want) > 1e-9 {
			t.Errorf("changes, scope %q: %+v accounts for %g events, want %g", scope, c, n, want)
		}
	}
	var net struct {
		Ties []struct {
			From, To string
			Sign     int
		}
	}
	get("/api/network?from=2024&to=2024&min_events=1&threshold=1", &net)
	if len(net.Ties) != 1 || net.Ties[0].From != "PRK" || net.Ties[0].To != "RUS" || net.Ties[0].Sign != 1 {
		t.Errorf("network: %+v, want the one tie PRK RUS +1 (no NGA self-tie)", net.Ties)
	}
	for _, path := range []string{"/api/events?scope=national", "/api/dyad?source=NGA&scope=national",
		"/api/flows?scope=Domestic", "/api/changes?scope=internal"} {
		code, env := call(t, "GET", ts.URL+path, "")
		if code != 400 || env.Error == nil || env.Error.Code != "invalid" || !strings.Contains(env.Error.Message, "want all, international or domestic") {
			t.Errorf("%s: %d %+v, want 400 invalid naming the scopes", path, code, env.Error)
		}
	}
}

// A series skips the events it cannot place in a period (a document posted
// without a date) and counts them in meta.unplaced, rather than fail.
func TestSeriesUnplaced(t *testing.T) {
	ts := newServer(t, "")
	code, env := call(t, "POST", ts.URL+"/api/documents", `[{"id":"u","text":"Ethiopia accused Egypt of sabotage."},
		{"id":"d","date":"2024-06-20","text":"Ethiopia accused Egypt of sabotage on Thursday."}]`)
	if code != 200 {
		t.Fatalf("ingest: %d %s", code, env.Data)
	}
	code, env = call(t, "GET", ts.URL+"/api/dyad?source=ETH&target=EGY", "")
	var pts []struct {
		Period string `json:"period"`
		Events int    `json:"events"`
	}
	json.Unmarshal(env.Data, &pts)
	if code != 200 || len(pts) != 1 || pts[0].Events != 1 || env.Meta["unplaced"] != 1 {
		t.Errorf("dyad ETH->EGY: %d %s meta %v; want one month of one event, one unplaced", code, env.Data, env.Meta)
	}
}

// actor and event build the records the scope and review tests store.
func actor(code, country string) *dyad.Actor {
	return &dyad.Actor{Code: dyad.ActorCode(code), Country: country}
}

func event(id, day string, src, tgt *dyad.Actor, code dyad.EventCode, g float64, q *dyad.Quantity) dyad.Event {
	return dyad.Event{ID: id, Doc: "d", Date: day, Source: src, Target: tgt, Quantity: q,
		Action: dyad.Action{Code: code, Root: code.Root(), Quad: code.Quad(), Goldstein: g}}
}
