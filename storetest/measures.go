package storetest

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
)

// measures are the tests of what the measures read from a store besides
// events: sums by pair of countries, and events with a quantity.
var measures = []struct {
	name string
	fn   func(*testing.T, dyad.Store)
}{
	{"Pairs", testPairs},
	{"Quantity", testQuantity},
}

// pairCorpus is a month of events between countries and others: a report
// that joins another's cluster, both directions of a pair, a domestic
// event, an organisation, an actor coded like a country but with none, an
// event without a target, and events outside May.
func pairCorpus() ([]dyad.Document, []dyad.Event) {
	docs := []dyad.Document{{ID: "m1", Date: "2024-05-01", Text: "first"}, {ID: "m2", Date: "2024-05-02", Text: "second"}}
	side := func(code, country string) *dyad.Actor {
		if code == "" {
			return nil
		}
		return &dyad.Actor{Code: dyad.ActorCode(code), Country: country}
	}
	ev := func(id, doc, day, src, srcCountry, tgt, tgtCountry string, code dyad.EventCode, g float64) dyad.Event {
		return dyad.Event{ID: id, Doc: doc, Date: day, Text: "report " + id, Source: side(src, srcCountry), Target: side(tgt, tgtCountry),
			Action: dyad.Action{Code: code, Root: code.Root(), Quad: code.Quad(), Goldstein: g}}
	}
	return docs, []dyad.Event{
		ev("p01", "m1", "2024-05-01", "USAGOV", "USA", "CHN", "CHN", "042", 1.9),
		ev("p02", "m2", "2024-05-02", "USAGOV", "USA", "CHN", "CHN", "043", 2.8), // joins p01's cluster
		ev("p03", "m2", "2024-05-03", "CHN", "CHN", "USA", "USA", "190", -10),
		ev("p04", "m2", "2024-05-03", "USAGOV", "USA", "USALEG", "USA", "010", 0.5), // domestic
		ev("p05", "m2", "2024-05-04", "USAGOV", "USA", "IGOUNO", "", "036", 4),      // an organisation
		ev("p06", "m2", "2024-05-04", "FRA", "", "DEU", "DEU", "057", 8),            // no country: key FRA all the same
		ev("p07", "m2", "2024-05-04", "FRA", "FRA", "DEU", "DEU", "036", 4),
		ev("p08", "m2", "2024-05-05", "RUSMIL", "RUS", "UKR", "UKR", "190", -10), // rejected below
		ev("p09", "m2", "2024-05-06", "RUSMIL", "RUS", "UKR", "UKR", "112", -2),
		ev("p10", "m2", "2024-05-06", "GBR", "GBR", "", "", "010", 0), // no target
		ev("p11", "m2", "2024-05-31", "CHNGOV", "CHN", "USA", "USA", "111", -2),
		ev("p12", "m2", "2024-06-05", "CHNGOV", "CHN", "USA", "USA", "111", -2),
		ev("p13", "m2", "2024-04-30", "USA", "USA", "CHN", "CHN", "190", -10),
	}
}

// pairs renders s.Pairs(q) as A-B:events:goldstein, sums to 0.01.
func pairs(t *testing.T, s dyad.Store, q dyad.PairQuery) string {
	t.Helper()
	ps, err := s.Pairs(context.Background(), q)
	if err != nil {
		t.Fatalf("Pairs(%+v): %v", q, err)
	}
	var out []string
	for _, p := range ps {
		out = append(out, fmt.Sprintf("%s-%s:%d:%.2f", p.A, p.B, p.Events, p.Goldstein))
	}
	return strings.Join(out, ",")
}

// eventPairs sums the events that Events gives for the network's filter
// pair by pair, as measure.TieSum does (a country on both sides, and not
// the same one), rendered as pairs renders Pairs.
func eventPairs(t *testing.T, s dyad.Store, q dyad.PairQuery) string {
	t.Helper()
	sums := map[[2]string]*dyad.PairSum{}
	f := dyad.Filter{From: q.From, To: q.To, Scope: dyad.ScopeInternational, Unique: true}
	if err := s.Events(context.Background(), f, func(e *dyad.Event) error {
		if e.Source == nil || e.Target == nil || e.Source.Country == "" || e.Target.Country == "" || e.Source.Country == e.Target.Country {
			return nil
		}
		k := [2]string{min(e.Source.Country, e.Target.Country), max(e.Source.Country, e.Target.Country)}
		if sums[k] == nil {
			sums[k] = &dyad.PairSum{A: k[0], B: k[1]}
		}
		sums[k].Events++
		sums[k].Goldstein += e.Action.Goldstein
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	var ps []dyad.PairSum
	for _, p := range sums {
		ps = append(ps, *p)
	}
	var out []string
	for len(ps) > 0 { // in order of A then B
		i := 0
		for j := range ps {
			if ps[j].A < ps[i].A || ps[j].A == ps[i].A && ps[j].B < ps[i].B {
				i = j
			}
		}
		out = append(out, fmt.Sprintf("%s-%s:%d:%.2f", ps[i].A, ps[i].B, ps[i].Events, math.Round(ps[i].Goldstein*100)/100))
		ps = append(ps[:i], ps[i+1:]...)
	}
	return strings.Join(out, ",")
}

// Pairs sums what Events gives the network, pair by pair: one report an
// event, rejected events, domestic ones and those of organisations or of
// actors without a country left out; after a rejection and after the
// founder of a cluster is deleted too.
func testPairs(t *testing.T, s dyad.Store) {
	docs, evs := pairCorpus()
	if _, err := s.Add(context.Background(), docs, evs); err != nil {
		t.Fatal(err)
	}
	may := dyad.PairQuery{From: "2024-05", To: "2024-05"}
	check := func(when string, q dyad.PairQuery, want string) {
		t.Helper()
		got := pairs(t, s, q)
		if got != want {
			t.Errorf("%s: Pairs(%+v) = %s, want %s", when, q, got, want)
		}
		if fromEvents := eventPairs(t, s, q); got != fromEvents {
			t.Errorf("%s: Pairs(%+v) = %s, but the events give %s", when, q, got, fromEvents)
		}
	}
	check("stored", may, "CHN-USA:3:-10.10,DEU-FRA:1:4.00,RUS-UKR:2:-12.00")
	check("stored", dyad.PairQuery{}, "CHN-USA:5:-22.10,DEU-FRA:1:4.00,RUS-UKR:2:-12.00")
	check("stored", dyad.PairQuery{From: "2024-05-04", To: "2024-05-05"}, "DEU-FRA:1:4.00,RUS-UKR:1:-10.00")

	judge(t, s, dyad.Judgement{Event: "p08", Verdict: dyad.Reject})
	check("p08 rejected", may, "CHN-USA:3:-10.10,DEU-FRA:1:4.00,RUS-UKR:1:-2.00")

	// p02, a report of p01's event (and p12 of p11's),, founds its own when p01 goes
	if _, err := s.Delete(context.Background(), []string{"m1"}); err != nil {
		t.Fatal(err)
	}
	check("m1 deleted", may, "CHN-USA:3:-9.20,DEU-FRA:1:4.00,RUS-UKR:1:-2.00")
}

// Quantity selects the events with a quantity, and only those, with the
// other fields of the filter; a rejected one only when asked.
func testQuantity(t *testing.T, s dyad.Store) {
	docs, evs := Fixture()
	e8 := evs[5]
	e8.ID, e8.Date = "e8", "2023-09-20"
	e8.Quantity = &dyad.Quantity{Value: 3, Unit: "battalion", Item: "troops", Status: dyad.FlowDelivered}
	if _, err := s.Add(context.Background(), docs, append(evs, e8)); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		f    dyad.Filter
		want string
	}{
		{dyad.Filter{Quantity: true}, "e5,e8"},
		{dyad.Filter{Quantity: true, From: "2023-09-14", To: "2023-09"}, "e8"},
		{dyad.Filter{Quantity: true, Source: "PRK"}, "e5"},
		{dyad.Filter{Quantity: true, From: "2024"}, ""},
	} {
		if got := ids(t, s, c.f); got != c.want {
			t.Errorf("Events(%+v) = %s, want %s", c.f, got, c.want)
		}
	}
	judge(t, s, dyad.Judgement{Event: "e8", Verdict: dyad.Reject})
	if got := ids(t, s, dyad.Filter{Quantity: true}); got != "e5" {
		t.Errorf("with e8 rejected: %s, want e5", got)
	}
	if got := ids(t, s, dyad.Filter{Quantity: true, Rejected: true}); got != "e5,e8" {
		t.Errorf("with e8 rejected, asking for rejected events: %s, want e5,e8", got)
	}
}

// MeasureCorpus is Fixture with the events of a month between countries
// and others (see testPairs), for a backend's tests of what the measures
// read.
func MeasureCorpus() ([]dyad.Document, []dyad.Event) {
	docs, evs := Fixture()
	pd, pe := pairCorpus()
	return append(docs, pd...), append(evs, pe...)
}

// Measured renders what the measures read of s: its sums by pair of
// countries over all time, then the events with a quantity.
func Measured(t *testing.T, s dyad.Store) string {
	t.Helper()
	return pairs(t, s, dyad.PairQuery{}) + " | " + ids(t, s, dyad.Filter{Quantity: true})
}
