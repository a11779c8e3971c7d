package http_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"net/http/httptest"
	"sort"
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
	dyadhttp "github.com/dyadhq/dyad/http"
	"github.com/dyadhq/dyad/sqlite"
)

// TestMeasuresReviewed: the series, the network, the flows and the change
// points are measured on events as reviewed: a rejection or a correction
// changes each of them.
func TestMeasuresReviewed(t *testing.T) {
	newServer(t, "") // the lexicon
	ctx := context.Background()
	st, err := sqlite.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	a, ev := actor, event
	shells := &dyad.Quantity{Value: 500, Unit: "container", Item: "shells", Text: "500 containers of shells", Status: dyad.FlowDelivered}
	if _, err := st.Add(ctx, nil, []dyad.Event{
		ev("treaty", "2024-06-01", a("RUSGOV", "RUS"), a("PRKGOV", "PRK"), "057", 8, nil),
		ev("strike1", "2024-06-02", a("RUSMIL", "RUS"), a("UKR", "UKR"), "190", -10, nil),
		ev("strike2", "2024-06-03", a("RUSMIL", "RUS"), a("UKR", "UKR"), "190", -10, nil),
		ev("strike3", "2024-06-04", a("RUSMIL", "RUS"), a("UKR", "UKR"), "190", -10, nil),
		ev("shells", "2024-06-05", a("PRK", "PRK"), a("RUS", "RUS"), "062", 6, shells),
	}); err != nil {
		t.Fatal(err)
	}
	s := dyadhttp.NewServer(st, nil)
	s.Codebook = lx
	ts := httptest.NewServer(s)
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
	judge := func(body string) {
		t.Helper()
		if code, env := call(t, "POST", ts.URL+"/api/judgements", body); code != 201 {
			t.Fatalf("judge %s: %d %+v", body, code, env.Error)
		}
	}
	series := func(src, tgt string) string {
		t.Helper()
		var pts []struct {
			Period    string  `json:"period"`
			Events    int     `json:"events"`
			Goldstein float64 `json:"goldstein"`
		}
		get("/api/dyad?period=day&from=2024-06-01&to=2024-06-05&source="+src+"&target="+tgt, &pts)
		var out []string
		for _, p := range pts {
			if p.Events > 0 {
				out = append(out, fmt.Sprintf("%s:%d:%g", p.Period[8:], p.Events, p.Goldstein))
			}
		}
		return strings.Join(out, ",")
	}
	network := func() string {
		t.Helper()
		var net struct {
			Ties []struct {
				From, To string
				Sign     int
			}
		}
		get("/api/network?from=2024&to=2024&min_events=1&threshold=1", &net)
		var out []string
		for _, t := range net.Ties {
			out = append(out, fmt.Sprintf("%s-%s%+d", t.From, t.To, t.Sign))
		}
		sort.Strings(out)
		return strings.Join(out, ",")
	}
	flows := func() string {
		t.Helper()
		var fs []struct {
			Item  string  `json:"item"`
			Value float64 `json:"value"`
		}
		get("/api/flows", &fs)
		var out []string
		for _, f := range fs {
			out = append(out, fmt.Sprintf("%s:%g", f.Item, f.Value))
		}
		return strings.Join(out, ",")
	}
	changes := func() float64 { // the events the change point's rates account for
		t.Helper()
		var c struct {
			Periods    int     `json:"periods"`
			K          int     `json:"k"`
			RateBefore float64 `json:"rate_before"`
			RateAfter  float64 `json:"rate_after"`
		}
		get("/api/changes?source=RUS&target=UKR&period=day&from=2024-06-01&to=2024-06-05&permutations=9", &c)
		return math.Round(c.RateBefore*float64(c.K) + c.RateAfter*float64(c.Periods-c.K))
	}

	if got := series("RUS", "UKR"); got != "02:1:-10,03:1:-10,04:1:-10" {
		t.Fatalf("series RUS-UKR before review: %s", got)
	}
	if got := network(); got != "PRK-RUS+1,RUS-UKR-1" {
		t.Fatalf("network before review: %s", got)
	}
	if got := flows(); got != "shells:500" {
		t.Fatalf("flows before review: %s", got)
	}
	if got := changes(); got != 3 {
		t.Fatalf("changes before review account for %g events, want 3", got)
	}

	// a strike that was not one, and one that was a threat
	judge(`{"event":"strike2","verdict":"reject"}`)
	judge(`{"event":"strike3","verdict":"correct","now":{"code":"138"}}`)
	if got := series("RUS", "UKR"); got != "02:1:-10,04:1:-7" {
		t.Errorf("series RUS-UKR after a rejection and a correction: %s", got)
	}
	if got := changes(); got != 2 {
		t.Errorf("changes after a rejection account for %g events, want 2", got)
	}

	// the last strike on Ukraine was on Belarus, and a friendly visit:
	// the tie with Ukraine now nets 1 strike and 1 threat, and Belarus
	// joins the network
	judge(`{"event":"strike1","verdict":"correct","now":{"target":"BLR","code":"042"}}`)
	if got := network(); got != "BLR-RUS+1,PRK-RUS+1,RUS-UKR-1" {
		t.Errorf("network after correcting a target: %s", got)
	}
	judge(`{"event":"strike3","verdict":"reject"}`)
	if got := network(); got != "BLR-RUS+1,PRK-RUS+1" {
		t.Errorf("network after rejecting the last event against UKR: %s", got)
	}
	if got := series("RUS", "UKR"); got != "" {
		t.Errorf("series RUS-UKR with every event rejected or moved: %s", got)
	}

	// the shipment was 900 containers; then it was no shipment at all
	judge(`{"event":"shells","verdict":"correct","now":{"quantity":{"value":900,"unit":"container","item":"shells"}}}`)
	if got := flows(); got != "shells:900" {
		t.Errorf("flows after correcting the amount: %s", got)
	}
	judge(`{"event":"shells","verdict":"reject"}`)
	if got := flows(); got != "" {
		t.Errorf("flows after rejecting the shipment: %s", got)
	}
	if got := network(); got != "BLR-RUS+1,PRK-RUS+1" {
		t.Errorf("network after rejecting the shipment (the treaty remains): %s", got)
	}
}
