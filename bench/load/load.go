package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"sync"
	"text/tabwriter"
	"time"
)

func newClient(clients int) *http.Client {
	return &http.Client{
		Timeout:   60 * time.Second,
		Transport: &http.Transport{MaxIdleConns: clients, MaxIdleConnsPerHost: clients, DisableCompression: true},
	}
}

// sample is what the mix's parameters are drawn from: events of the store
// (their ids, pairs, days and code families).
type sample struct {
	ids, days, codes []string
	pairs            [][2]string
}

// sampleStore reads events from up to twelve months of the store, spread
// over its range, to draw the mix's parameters from.
func sampleStore(ctx context.Context, c *http.Client, base string) (sample, error) {
	var s sample
	var months []struct {
		Period string `json:"period"`
	}
	if err := getJSON(ctx, c, base+"/api/dyad?source=*&period=month", &months); err != nil {
		return s, err
	}
	seen := map[string]bool{}
	for k := range min(12, len(months)) {
		m := months[k*len(months)/min(12, len(months))].Period
		var evs []struct {
			ID     string `json:"id"`
			Date   string `json:"date"`
			Source *actor `json:"source"`
			Target *actor `json:"target"`
			Event  struct {
				Code string `json:"code"`
			} `json:"event"`
		}
		if err := getJSON(ctx, c, base+"/api/events?limit=200&from="+m+"&to="+m, &evs); err != nil {
			return s, err
		}
		for _, e := range evs {
			s.ids = append(s.ids, e.ID)
			if len(e.Date) == 10 && !seen[e.Date] {
				seen[e.Date] = true
				s.days = append(s.days, e.Date)
			}
			if len(e.Event.Code) >= 2 {
				s.codes = append(s.codes, e.Event.Code[:2])
			}
			if src, tgt := e.Source.key(), e.Target.key(); src != "" && tgt != "" {
				s.pairs = append(s.pairs, [2]string{src, tgt})
			}
		}
	}
	if len(s.ids) == 0 || len(s.days) == 0 || len(s.pairs) == 0 {
		return s, fmt.Errorf("the store has no dated events between two actors to draw requests from")
	}
	return s, nil
}

type actor struct {
	Code    string `json:"code"`
	Country string `json:"country"`
}

func (a *actor) key() string {
	switch {
	case a == nil:
		return ""
	case a.Country != "":
		return a.Country
	}
	return a.Code
}

func getJSON(ctx context.Context, c *http.Client, u string, data any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 500))
		return fmt.Errorf("GET %s: %s: %s", u, resp.Status, b)
	}
	return json.NewDecoder(resp.Body).Decode(&struct {
		Data any `json:"data"`
	}{data})
}

// A kind of request, with its share of the mix and how to draw one.
type kind struct {
	name    string
	weight  int
	url     func(r *rand.Rand) string
	measure bool // a measure that reads every event of its range (-measures)
}

// mix is the requests of the load: what the web pages ask when a user
// browses pairs, codes and days, and what a script reading pages of events
// asks, drawn from the sample.
func mix(s sample) []kind {
	pick := func(r *rand.Rand, xs []string) string { return xs[r.Intn(len(xs))] }
	pair := func(r *rand.Rand) (string, string) { p := s.pairs[r.Intn(len(s.pairs))]; return p[0], p[1] }
	week := func(r *rand.Rand) string {
		d, _ := time.Parse("2006-01-02", pick(r, s.days))
		return "from=" + d.Format("2006-01-02") + "&to=" + d.AddDate(0, 0, 6).Format("2006-01-02")
	}
	q := url.QueryEscape
	return []kind{
		{"events by pair", 25, func(r *rand.Rand) string {
			a, b := pair(r)
			return "/api/events?limit=50&source=" + q(a) + "&target=" + q(b)
		}, false},
		{"events by actor", 10, func(r *rand.Rand) string { a, _ := pair(r); return "/api/events?limit=50&actor=" + q(a) }, false},
		{"events by code", 10, func(r *rand.Rand) string { return "/api/events?limit=50&code=" + q(pick(r, s.codes)) }, false},
		{"events of a day", 10, func(r *rand.Rand) string { d := pick(r, s.days); return "/api/events?limit=50&from=" + d + "&to=" + d }, false},
		{"event by id", 10, func(r *rand.Rand) string { return "/api/events/" + url.PathEscape(pick(r, s.ids)) }, false},
		{"series of a pair", 15, func(r *rand.Rand) string {
			a, b := pair(r)
			return "/api/dyad?period=month&source=" + q(a) + "&target=" + q(b)
		}, false},
		{"changes of a pair", 5, func(r *rand.Rand) string {
			a, b := pair(r)
			return "/api/changes?period=month&permutations=99&source=" + q(a) + "&target=" + q(b)
		}, false},
		{"network of a week", 5, func(r *rand.Rand) string { return "/api/network?" + week(r) }, true},
		{"flows of a week", 5, func(r *rand.Rand) string { return "/api/flows?" + week(r) }, true},
		{"events page 2", 5, func(r *rand.Rand) string { a, _ := pair(r); return "/api/events?limit=50&offset=50&source=" + q(a) }, false},
	}
}

// result is one request's outcome.
type result struct {
	kind    int
	took    time.Duration
	failure string // a transport error or a status other than 200, with the URL; "" for none
}

// results are a run's outcomes.
type results struct {
	kinds   []kind
	all     []result
	elapsed time.Duration
}

// hammer sends requests of the mix from clients goroutines for d, waits
// for the answers of those under way when d is up, and returns what each
// got (a request slower than the run is counted, not dropped).
func hammer(ctx context.Context, c *http.Client, base string, kinds []kind, clients int, d time.Duration) results {
	total := 0
	for _, k := range kinds {
		total += k.weight
	}
	per := make([][]result, clients)
	start := time.Now()
	deadline := start.Add(d)
	var wg sync.WaitGroup
	for w := range clients {
		wg.Go(func() {
			r := rand.New(rand.NewSource(int64(w) + 1))
			for time.Now().Before(deadline) && ctx.Err() == nil {
				n, i := r.Intn(total), 0
				for n >= kinds[i].weight {
					n -= kinds[i].weight
					i++
				}
				t0 := time.Now()
				failed := get(ctx, c, base+kinds[i].url(r))
				per[w] = append(per[w], result{kind: i, took: time.Since(t0), failure: failed})
			}
		})
	}
	wg.Wait()
	return results{kinds: kinds, all: slices.Concat(per...), elapsed: time.Since(start)}
}

// get reads a whole answer and returns how it failed, "" when it did not.
func get(ctx context.Context, c *http.Client, u string) (failure string) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err.Error()
	}
	resp, err := c.Do(req)
	if err != nil {
		return err.Error()
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	switch {
	case err != nil:
		return fmt.Sprintf("GET %s: %v", u, err)
	case resp.StatusCode != http.StatusOK:
		return fmt.Sprintf("GET %s: %s: %.200s", u, resp.Status, b)
	}
	return ""
}

// print writes the outcomes: all requests, then each kind's.
func (rs results) print(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	var failures []string // the first of each kind
	fmt.Fprintln(tw, "requests\tn\treq/s\tp50 ms\tp90 ms\tp99 ms\tmax ms\tfailed\t")
	row := func(name string, of []result) {
		if len(of) == 0 {
			return
		}
		took := make([]time.Duration, len(of))
		failed := 0
		for i, r := range of {
			took[i] = r.took
			if r.failure != "" {
				if failed == 0 {
					failures = append(failures, r.failure)
				}
				failed++
			}
		}
		sort.Slice(took, func(i, j int) bool { return took[i] < took[j] })
		ms := func(q float64) string {
			return fmt.Sprintf("%.1f", float64(took[min(len(took)-1, int(q*float64(len(took))))].Microseconds())/1000)
		}
		fmt.Fprintf(tw, "%s\t%d\t%.0f\t%s\t%s\t%s\t%s\t%d\t\n", name, len(of), float64(len(of))/rs.elapsed.Seconds(),
			ms(0.5), ms(0.9), ms(0.99), ms(1), failed)
	}
	row("all", rs.all)
	for i, k := range rs.kinds {
		var of []result
		for _, r := range rs.all {
			if r.kind == i {
				of = append(of, r)
			}
		}
		row(k.name, of)
	}
	tw.Flush()
	for _, f := range failures[min(1, len(failures)):] { // the first is all's
		fmt.Fprintln(w, "failed:", f)
	}
}
