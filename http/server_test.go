package http_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/dyadhq/dyad/coder"
	dyadhttp "github.com/dyadhq/dyad/http"
	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/sqlite"
)

var (
	once sync.Once
	cd   *coder.Coder
)

func newServer(t testing.TB, token string) *httptest.Server {
	t.Helper()
	once.Do(func() {
		lx, _, err := lexicon.Load()
		if err != nil {
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
		{"POST", "/api/code", `{"text":"` + strings.Repeat("x", 2<<20) + `"}`, 400, "invalid"},
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
