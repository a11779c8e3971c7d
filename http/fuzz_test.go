package http_test

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"testing"

	"github.com/dyadhq/dyad"
	dyadhttp "github.com/dyadhq/dyad/http"
	"github.com/dyadhq/dyad/sqlite"
)

// FuzzParameters: whatever the query, every GET route answers an envelope
// with data or an error, never an internal error or a panic.
func FuzzParameters(f *testing.F) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, ":memory:")
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { st.Close() })
	a := func(code, country string) *dyad.Actor {
		return &dyad.Actor{Code: dyad.ActorCode(code), Country: country}
	}
	if _, err := st.Add(ctx, nil, []dyad.Event{
		{ID: "e1", Doc: "d", Date: "2024-06-01", Source: a("RUSGOV", "RUS"), Target: a("PRKGOV", "PRK"), Action: dyad.Action{Code: "057", Root: "05", Quad: 1, Goldstein: 8}},
		{ID: "e2", Doc: "d", Date: "2024-07-03", Source: a("PRK", "PRK"), Target: a("RUS", "RUS"), Action: dyad.Action{Code: "062", Root: "06", Quad: 2, Goldstein: 6},
			Quantity: &dyad.Quantity{Value: 500, Unit: "container", Item: "shells", Status: dyad.FlowDelivered}},
	}); err != nil {
		f.Fatal(err)
	}
	s := dyadhttp.NewServer(st, nil)
	routes := []string{"/api/events", "/api/events/e1", "/api/documents/d", "/api/dyad", "/api/network", "/api/flows", "/api/changes", "/api/actors", "/api/actors/counts"}
	f.Fuzz(func(t *testing.T, route uint8, query string) {
		req := httptest.NewRequest("GET", "/", nil)
		req.URL.Path = routes[int(route)%len(routes)]
		req.URL.RawQuery = query
		req.Host = "localhost"
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		var env struct {
			Data  json.RawMessage `json:"data"`
			Error *struct {
				Code, Message string
			} `json:"error"`
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &env); err != nil {
			t.Fatalf("%s?%s: %d, not an envelope: %q", req.URL.Path, query, rec.Code, rec.Body)
		}
		switch {
		case rec.Code == 200 && env.Error == nil:
		case rec.Code >= 400 && rec.Code < 500 && env.Error != nil && env.Error.Message != "":
		default:
			t.Fatalf("%s?%s: %d %s", req.URL.Path, query, rec.Code, rec.Body)
		}
	})
}
