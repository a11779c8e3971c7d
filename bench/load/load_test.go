package main

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// The load draws its requests from what the store holds, sends them from
// every client until the time is up, and counts each answer by kind, with
// failures (and the first of each kind) reported.
func TestLoad(t *testing.T) {
	var mu sync.Mutex
	paths := map[string]int{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		paths[r.URL.Path]++
		mu.Unlock()
		switch {
		case r.URL.Path == "/api/dyad" && r.URL.Query().Get("source") == "*":
			w.Write([]byte(`{"data":[{"period":"2024-05"},{"period":"2024-06"}]}`))
		case r.URL.Path == "/api/events" && r.URL.Query().Get("limit") == "200":
			w.Write([]byte(`{"data":[{"id":"e1","date":"2024-06-19","source":{"code":"RUSGOV","country":"RUS"},
				"target":{"code":"IGOUNOSEC","country":""},"event":{"code":"042"}}]}`))
		case r.URL.Path == "/api/flows":
			http.Error(w, "no flows here", http.StatusBadRequest)
		default:
			w.Write([]byte(`{"data":[]}`))
		}
	}))
	defer srv.Close()
	ctx := context.Background()
	c := newClient(4)
	s, err := sampleStore(ctx, c, srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.ids) != 2 || s.pairs[0] != [2]string{"RUS", "IGOUNOSEC"} || s.days[0] != "2024-06-19" || s.codes[0] != "04" {
		t.Fatalf("sample %+v", s)
	}
	res := hammer(ctx, c, srv.URL, mix(s), 4, 300*time.Millisecond)
	var out bytes.Buffer
	res.print(&out)
	if len(res.all) < 20 {
		t.Errorf("%d requests in 300 ms from 4 clients", len(res.all))
	}
	failed := 0
	for _, r := range res.all {
		if r.failure != "" {
			failed++
			if !strings.Contains(r.failure, "/api/flows") {
				t.Errorf("failure %s", r.failure)
			}
		}
	}
	if failed == 0 || !strings.Contains(out.String(), "failed: GET "+srv.URL+"/api/flows?from=2024-06-19&to=2024-06-25: 400 Bad Request: no flows here") {
		t.Errorf("the flows that failed are not reported:\n%s", out.String())
	}
	for _, p := range []string{"/api/events", "/api/events/e1", "/api/dyad", "/api/changes", "/api/network", "/api/flows"} {
		if paths[p] == 0 {
			t.Errorf("no request for %s", p)
		}
	}
}
