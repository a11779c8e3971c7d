package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/coder"
	dyadhttp "github.com/dyadhq/dyad/http"
	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/measure"
	"github.com/dyadhq/dyad/ui"
)

// The worked example: the demo corpus (with the seed article when present),
// coded by the real coder, shows the contesting security triangles. The
// 2023-2024 network has US-Japan-South Korea and Russia-China-North Korea as
// all-positive triangles, negative ties between them, and names the blocs.
func TestDemoTriangles(t *testing.T) {
	lx, _, err := lexicon.Load()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	s, err := demoStore(ctx, coder.New(lx), "../../"+seedArticle, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var evs []dyad.Event
	s.Events(ctx, dyad.Filter{From: "2023", To: "2024", Unique: true}, func(e *dyad.Event) error {
		evs = append(evs, *e)
		return nil
	})
	ties := measure.EventTies(evs, 5, 3)
	// the network the server and the CLI make, from the store's sums by
	// pair, is the same
	pairs, err := s.Pairs(ctx, dyad.PairQuery{From: "2023", To: "2024"})
	if err != nil {
		t.Fatal(err)
	}
	if got := measure.PairTies(pairs, 5, 3); !reflect.DeepEqual(got, ties) || len(ties) < 10 {
		t.Errorf("ties from the store's sums by pair:\n%+v\nfrom its events:\n%+v", got, ties)
	}
	sign := map[[2]string]int{}
	for _, tie := range ties {
		sign[[2]string{tie.From, tie.To}] = tie.Sign
	}
	tie := func(a, b string) int {
		if a > b {
			a, b = b, a
		}
		return sign[[2]string{a, b}]
	}
	for _, tri := range [][3]string{{"USA", "JPN", "KOR"}, {"RUS", "CHN", "PRK"}} {
		if tie(tri[0], tri[1]) != 1 || tie(tri[1], tri[2]) != 1 || tie(tri[0], tri[2]) != 1 {
			t.Errorf("%v is not an all-positive triangle: %v", tri, ties)
		}
	}
	for _, a := range []string{"USA", "JPN", "KOR"} {
		for _, b := range []string{"RUS", "PRK"} {
			if tie(a, b) != -1 {
				t.Errorf("%s-%s: tie %d, want negative", a, b, tie(a, b))
			}
		}
	}
	rep := measure.Analyze(measure.NewNetwork(ties))
	west, east := rep.Blocs[0], rep.Blocs[1]
	if slices.Contains(west, "RUS") {
		west, east = east, west
	}
	for _, c := range []string{"USA", "JPN", "KOR"} {
		if !slices.Contains(west, c) {
			t.Errorf("blocs %v: %s not with the United States", rep.Blocs, c)
		}
	}
	for _, c := range []string{"RUS", "CHN", "PRK"} {
		if !slices.Contains(east, c) {
			t.Errorf("blocs %v: %s not with Russia", rep.Blocs, c)
		}
	}
	// and the API serves it, with the index page at /
	srv := dyadhttp.NewServer(s, coder.New(lx))
	srv.UI = ui.Handler()
	ts := httptest.NewServer(srv)
	defer ts.Close()
	res, err := http.Get(ts.URL + "/api/network?from=2023&to=2024")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	if !strings.Contains(string(b), `"blocs":[["CHN","PRK","RUS"]`) {
		t.Errorf("/api/network: %s", b)
	}
	res, _ = http.Get(ts.URL + "/")
	b, _ = io.ReadAll(res.Body)
	if res.StatusCode != 200 || !strings.Contains(string(b), "<html") {
		t.Errorf("the pages at /: %d", res.StatusCode)
	}
}

// BenchmarkAPIDemo times the API's main reads on the demo: each iteration
// is one request, cycling through events, a document, a dyad series, the
// network and flows; it reports the median latency.
func BenchmarkAPIDemo(b *testing.B) {
	lx, _, err := lexicon.Load()
	if err != nil {
		b.Fatal(err)
	}
	s, err := demoStore(context.Background(), coder.New(lx), "../../"+seedArticle, io.Discard)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ts := httptest.NewServer(dyadhttp.NewServer(s, coder.New(lx)))
	defer ts.Close()
	paths := []string{"/api/events?limit=100", "/api/events?source=RUS&target=PRK", "/api/dyad?source=RUS&target=PRK&period=month",
		"/api/network?from=2023&to=2024", "/api/flows", "/api/documents/demo-100", "/api/events?text=treaty"}
	var lat []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		res, err := http.Get(ts.URL + paths[i%len(paths)])
		if err != nil {
			b.Fatal(err)
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		if res.StatusCode != 200 {
			b.Fatalf("%s: %d", paths[i%len(paths)], res.StatusCode)
		}
		lat = append(lat, time.Since(start))
	}
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "ms-median")
}
