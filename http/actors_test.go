package http_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	dyadhttp "github.com/dyadhq/dyad/http"
	"github.com/dyadhq/dyad/internal/lexjson"
)

// TestActors: /api/actors looks names and codes up in the dictionaries,
// best match first, with provenance; /api/actors/counts counts them; a
// server without dictionaries answers not found.
func TestActors(t *testing.T) {
	ts := newServer(t, "")
	tests := []struct {
		q, want string // want: "CODE KIND COUNTRY FILE" of the first entry
		limit   string
	}{
		{"Boko Haram", "NGAREBBKH group NGA actors/groups.txt", ""},
		{"Russia", "RUS country RUS actors/countries.txt", "1"},
		{"rus", "RUS country RUS actors/countries.txt", ""},
		{"UN Security Council", "IGOUNOSEC igo  actors/organisations.txt", "5"},
	}
	for _, tt := range tests {
		code, env := call(t, "GET", ts.URL+"/api/actors?q="+strings.ReplaceAll(tt.q, " ", "+")+"&limit="+tt.limit, "")
		var es []lexjson.Entry
		if err := json.Unmarshal(env.Data, &es); code != 200 || err != nil || len(es) == 0 {
			t.Errorf("q=%s: %d %s %v", tt.q, code, env.Data, err)
			continue
		}
		if got := es[0].Code + " " + es[0].Kind + " " + es[0].Country + " " + es[0].File; got != tt.want || es[0].Line < 1 {
			t.Errorf("q=%s: first %q line %d, want %q", tt.q, got, es[0].Line, tt.want)
		}
		if tt.limit == "1" && len(es) != 1 || env.Meta["count"] != len(es) {
			t.Errorf("q=%s limit=%s: %d entries, meta %v", tt.q, tt.limit, len(es), env.Meta)
		}
	}
	// snake_case keys, each always present
	_, env := call(t, "GET", ts.URL+"/api/actors?q=Putin&limit=1", "")
	var raw []map[string]json.RawMessage
	json.Unmarshal(env.Data, &raw)
	for _, k := range []string{"name", "code", "kind", "type", "country", "names", "roles", "file", "line"} {
		if len(raw) == 0 || raw[0][k] == nil {
			t.Errorf("Putin lacks %q: %s", k, env.Data)
		}
	}
	if !strings.Contains(string(env.Data), `"roles":[{"code":"RUSSPY","from":"1998-07-25"`) {
		t.Errorf("Putin's dated roles: %s", env.Data)
	}
	if code, env := call(t, "GET", ts.URL+"/api/actors?q=Zzyzx+Quorble", ""); code != 200 || string(env.Data) != "[]" {
		t.Errorf("no match: %d %s, want 200 and []", code, env.Data)
	}

	code, env := call(t, "GET", ts.URL+"/api/actors/counts", "")
	var c lexjson.Counts
	if err := json.Unmarshal(env.Data, &c); code != 200 || err != nil || c.Countries < 190 || c.Groups < 3000 || c.People < 500 || c.Organisations < 20 || c.Agents < 100 {
		t.Errorf("counts: %d %s %v", code, env.Data, err)
	}

	var spec struct {
		Paths map[string]any `json:"paths"`
	}
	res, err := http.Get(ts.URL + "/api/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	json.NewDecoder(res.Body).Decode(&spec)
	for _, p := range []string{"/api/actors", "/api/actors/counts"} {
		if spec.Paths[p] == nil {
			t.Errorf("openapi.json does not describe %s", p)
		}
	}

	bare := httptest.NewServer(dyadhttp.NewServer(nil, nil))
	defer bare.Close()
	for _, url := range []string{"/api/actors?q=Russia", "/api/actors/counts"} {
		if code, env := call(t, "GET", bare.URL+url, ""); code != 404 || env.Error == nil || env.Error.Code != "not_found" {
			t.Errorf("%s without dictionaries: %d %+v", url, code, env.Error)
		}
	}
}
