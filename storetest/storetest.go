// Package storetest is the conformance suite every dyad.Store must pass:
// idempotent adds, filters, ordering, paging, full-text search, documents,
// series from rollups, clusters of reports and scopes (domestic,
// international and every event), replacing and deleting documents (with
// the rollups, clusters and text search after) and selecting them,
// reviewers' judgements (history, the latest in force, rejected events left
// out, corrections read back, series after, judgements kept by Replace and
// dropped by Delete), what careless input must not do (merge two documents
// of one id, stop one backend where the other takes it), the sums by pair
// of countries that networks read and the events with a quantity, and the
// version of a dyad.Versioned store; for a
// dyad.Loader, the same again with every Add, Replace and Delete made in
// load mode, and what load mode promises while it lasts. A backend's tests call Run with a function that opens an empty
// store.
package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
)

// Run runs the suite; open must return a new, empty store, which the suite
// closes.
func Run(t *testing.T, open func(t *testing.T) dyad.Store) {
	tests := []struct {
		name string
		fn   func(*testing.T, dyad.Store)
	}{
		{"AddIsIdempotent", testAdd},
		{"RecordsRoundTrip", testRoundTrip},
		{"Filters", testFilters},
		{"Paging", testPaging},
		{"Text", testText},
		{"Documents", testDocuments},
		{"Series", testSeries},
		{"Clusters", testClusters},
		{"NoSource", testNoSource},
		{"Scope", testScope},
		{"Replace", testReplace},
		{"ReplaceClusters", testReplaceClusters},
		{"ReplaceAfterAdd", testReplaceAfterAdd},
		{"Delete", testDelete},
		{"DeleteClusters", testDeleteClusters},
		{"DocumentFilter", testDocumentFilter},
		{"Judge", testJudge},
		{"JudgeReplace", testJudgeReplace},
		{"JudgeClusters", testJudgeClusters},
		{"LeastSure", testLeastSure},
		{"Version", testVersion},
	}
	tests = append(tests, hardened...)
	tests = append(tests, measures...)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			tt.fn(t, s)
		})
	}
	probe := open(t)
	_, ok := probe.(dyad.Loader)
	probe.Close()
	if !ok {
		return
	}
	for _, tt := range tests {
		t.Run("Loaded/"+tt.name, func(t *testing.T) {
			s := wrapLoaded(open(t).(dyad.Loader))
			defer s.Close()
			tt.fn(t, s)
		})
	}
	t.Run("LoadMode", func(t *testing.T) {
		s := open(t).(dyad.Loader)
		defer s.Close()
		testLoadMode(t, s)
	})
	t.Run("LoadModeReplace", func(t *testing.T) {
		s := open(t).(dyad.Loader)
		defer s.Close()
		testLoadModeReplace(t, s)
	})
}

// loaded is a Loader whose every Add, Replace and Delete is made in load
// mode, which then ends.
type loaded struct{ dyad.Loader }

// loadedVersioned is loaded over a store that has a version.
type loadedVersioned struct {
	loaded
	v dyad.Versioned
}

func (l loadedVersioned) Version(ctx context.Context) (int64, error) { return l.v.Version(ctx) }

// wrapLoaded returns l as loaded, keeping its version when it has one.
func wrapLoaded(l dyad.Loader) dyad.Store {
	if v, ok := l.(dyad.Versioned); ok {
		return loadedVersioned{loaded{l}, v}
	}
	return loaded{l}
}

func (l loaded) Add(ctx context.Context, docs []dyad.Document, events []dyad.Event) (dyad.Added, error) {
	return inLoad(ctx, l.Loader, func() (dyad.Added, error) { return l.Loader.Add(ctx, docs, events) })
}

func (l loaded) Replace(ctx context.Context, docs []dyad.Document, events []dyad.Event) (dyad.Replaced, error) {
	return inLoad(ctx, l.Loader, func() (dyad.Replaced, error) { return l.Loader.Replace(ctx, docs, events) })
}

func (l loaded) Delete(ctx context.Context, ids []string) (dyad.Deleted, error) {
	return inLoad(ctx, l.Loader, func() (dyad.Deleted, error) { return l.Loader.Delete(ctx, ids) })
}

func inLoad[T any](ctx context.Context, l dyad.Loader, fn func() (T, error)) (T, error) {
	if err := l.BeginLoad(ctx); err != nil {
		var zero T
		return zero, err
	}
	v, err := fn()
	if err != nil {
		return v, err
	}
	return v, l.EndLoad(ctx)
}

// testLoadMode checks what load mode promises before EndLoad: adds stay
// idempotent and clusters current, queries other than text searches and
// series answer; and after it, those too, counting the events stored before
// the load as well.
func testLoadMode(t *testing.T, s dyad.Loader) {
	ctx := context.Background()
	if err := s.EndLoad(ctx); err != nil {
		t.Fatalf("EndLoad outside load mode: %v", err)
	}
	docs, evs := Fixture()
	if _, err := s.Add(ctx, docs[:1], evs[:1]); err != nil { // stored before the load
		t.Fatal(err)
	}
	if err := s.BeginLoad(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.BeginLoad(ctx); err != nil {
		t.Fatalf("BeginLoad in load mode: %v", err)
	}
	got, err := s.Add(ctx, docs, evs)
	if err != nil || got != (dyad.Added{Documents: 2, Events: 6}) {
		t.Fatalf("add in load mode: %+v, %v; want 2 documents and 6 events", got, err)
	}
	if got, err := s.Add(ctx, docs, evs); err != nil || got != (dyad.Added{}) {
		t.Fatalf("second add in load mode: %+v, %v; want nothing added", got, err)
	}
	for _, tt := range []struct {
		f    dyad.Filter
		want string
	}{
		{dyad.Filter{}, "e5,e6,e7,e4,e2,e3,e1"},
		{dyad.Filter{Doc: "d3"}, "e5,e6,e7"},
		{dyad.Filter{Source: "RUS", Target: "PRK"}, "e2,e1"},
	} {
		if got := ids(t, s, tt.f); got != tt.want {
			t.Errorf("in load mode, %+v: got %s, want %s", tt.f, got, tt.want)
		}
	}
	if err := s.EndLoad(ctx); err != nil {
		t.Fatal(err)
	}
	series, err := s.Series(ctx, dyad.SeriesQuery{Source: "RUS", Period: "year"})
	if err != nil || len(series) != 2 || series[0].Events != 1 || series[1].Events != 3 {
		t.Errorf("after the load, RUS by year: %+v, %v", series, err)
	}
	if got := ids(t, s, dyad.Filter{Text: "treaty"}); got != "e2,e3" {
		t.Errorf("after the load, text treaty: got %s, want e2,e3", got)
	}
	if got := ids(t, s, dyad.Filter{Text: "visited"}); got != "e5,e1" {
		t.Errorf("after the load, text visited (e1 stored before it): got %s, want e5,e1", got)
	}
}

// Fixture is a small corpus: three documents and their events.
func Fixture() ([]dyad.Document, []dyad.Event) {
	docs := []dyad.Document{
		{ID: "d1", Date: "2024-06-20", Title: "Visit", URL: "https://example.org/1", Source: "wire", Text: "Putin visited Pyongyang. They signed a treaty.",
			Sentences: []dyad.Span{{0, 24}, {25, 46}}},
		{ID: "d2", Date: "2024-03-29", Text: "Russia vetoed the resolution at the UN Security Council."},
		{ID: "d3", Date: "2023-09-14", Text: "Kim Jong-un visited Vladivostok. Russian troops shelled Kharkiv."},
	}
	actor := func(code, country, text string) *dyad.Actor {
		return &dyad.Actor{Code: dyad.ActorCode(code), Country: country, Text: text, Name: text}
	}
	ev := func(id, doc string, sent int, date, text string, src, tgt *dyad.Actor, code dyad.EventCode, g float64) dyad.Event {
		return dyad.Event{ID: id, Doc: doc, Sentence: sent, Date: date, Text: text, Source: src, Target: tgt,
			Action:     dyad.Action{Code: code, Root: code.Root(), Quad: code.Quad(), Goldstein: g, Label: "label", Plover: "TYPE"},
			Confidence: 0.9}
	}
	e1 := ev("e1", "d1", 0, "2024-06-19", "Putin visited Pyongyang.", actor("RUSGOV", "RUS", "Putin"), actor("PRK", "PRK", "Pyongyang"), "042", 1.9)
	e1.Location = &dyad.Place{Name: "Pyongyang", Country: "PRK", Lat: 39.04, Lon: 125.76, Role: "event"}
	e2 := ev("e2", "d1", 1, "2024-06", "They signed a treaty.", actor("RUSGOV", "RUS", "They"), actor("PRKGOV", "PRK", "They"), "057", 8)
	e3 := ev("e3", "d1", 1, "2024-06", "They signed a treaty.", actor("PRKGOV", "PRK", "They"), actor("RUSGOV", "RUS", "They"), "057", 8)
	e4 := ev("e4", "d2", 0, "2024-03-28", "Russia vetoed the resolution at the UN Security Council.", actor("RUS", "RUS", "Russia"), actor("IGOUNOSEC", "", "UN Security Council"), "129", -5)
	e5 := ev("e5", "d3", 0, "2023", "Kim Jong-un visited Vladivostok.", actor("PRKGOV", "PRK", "Kim Jong-un"), actor("RUS", "RUS", "Vladivostok"), "042", 1.9)
	e5.Quantity = &dyad.Quantity{Value: 16500, Unit: "container", Item: "munitions", Approximate: true, Text: "approximately 16,500 containers of munitions"}
	e5.Route = []dyad.Place{{Name: "Najin", Country: "PRK", Lat: 42.24, Lon: 130.3, Mode: "sea"}, {Name: "Vostochny", Country: "RUS", Lat: 42.75, Lon: 133.05, Mode: "rail"}}
	e6 := ev("e6", "d3", 1, "2023-09-13", "Russian troops shelled Kharkiv.", actor("RUSMIL", "RUS", "Russian troops"), actor("UKR", "UKR", "Kharkiv"), "194", -10)
	e7 := ev("e7", "d3", 1, "2023-09-13", "Protesters marched.", actor("UKRCVL", "UKR", "Protesters"), nil, "141", -6.5)
	return docs, []dyad.Event{e1, e2, e3, e4, e5, e6, e7}
}

func add(t *testing.T, s dyad.Store) {
	t.Helper()
	docs, evs := Fixture()
	if _, err := s.Add(context.Background(), docs, evs); err != nil {
		t.Fatal(err)
	}
}

func ids(t *testing.T, s dyad.Store, f dyad.Filter) string {
	t.Helper()
	var out []string
	if err := s.Events(context.Background(), f, func(e *dyad.Event) error {
		out = append(out, e.ID)
		return nil
	}); err != nil {
		t.Fatalf("Events(%.300s): %v", fmt.Sprintf("%+v", f), err)
	}
	return strings.Join(out, ",")
}

func testAdd(t *testing.T, s dyad.Store) {
	docs, evs := Fixture()
	ctx := context.Background()
	got, err := s.Add(ctx, docs, evs)
	if err != nil || got != (dyad.Added{Documents: 3, Events: 7}) {
		t.Fatalf("first add: %+v, %v", got, err)
	}
	got, err = s.Add(ctx, docs, evs)
	if err != nil || got != (dyad.Added{}) {
		t.Fatalf("second add of the same input: %+v, %v; want nothing added", got, err)
	}
	if n := len(strings.Split(ids(t, s, dyad.Filter{}), ",")); n != 7 {
		t.Errorf("%d events stored, want 7", n)
	}
}

func testRoundTrip(t *testing.T, s dyad.Store) {
	add(t, s)
	_, evs := Fixture()
	want := map[string]string{}
	for _, e := range evs {
		b, _ := json.Marshal(e)
		want[e.ID] = string(b)
	}
	s.Events(context.Background(), dyad.Filter{}, func(e *dyad.Event) error {
		if b, _ := json.Marshal(e); string(b) != want[e.ID] {
			t.Errorf("event %s came back as\n%s\nwant\n%s", e.ID, b, want[e.ID])
		}
		return nil
	})
}

func testFilters(t *testing.T, s dyad.Store) {
	add(t, s)
	tests := []struct {
		f    dyad.Filter
		want string
	}{
		{dyad.Filter{}, "e5,e6,e7,e4,e2,e3,e1"}, // by day, then id
		{dyad.Filter{Actor: "PRK"}, "e5,e2,e3,e1"},
		{dyad.Filter{Source: "RUS"}, "e6,e4,e2,e1"},
		{dyad.Filter{Source: "RUS", Target: "PRK"}, "e2,e1"},
		{dyad.Filter{Target: "IGOUNO"}, "e4"}, // by code prefix
		{dyad.Filter{Source: "RUSMIL"}, "e6"},
		{dyad.Filter{Source: "rusmil"}, "e6"}, // codes are upper case whatever the user types
		{dyad.Filter{Code: "0_7"}, ""},        // LIKE wildcards are literal
		{dyad.Filter{Code: "04"}, "e5,e1"},
		{dyad.Filter{Code: "057"}, "e2,e3"},
		{dyad.Filter{Quad: 4}, "e6,e7"},
		{dyad.Filter{From: "2024"}, "e4,e2,e3,e1"},
		{dyad.Filter{From: "2024-06", To: "2024-06"}, "e2,e3,e1"},
		{dyad.Filter{To: "2023-12-31"}, "e5,e6,e7"},
		{dyad.Filter{Place: "Pyongyang"}, "e1"},
		{dyad.Filter{Place: "PRK"}, "e1"},
		{dyad.Filter{Doc: "d2"}, "e4"},
		{dyad.Filter{ID: "e3"}, "e3"},
		{dyad.Filter{Source: "USA"}, ""},
	}
	for _, tt := range tests {
		if got := ids(t, s, tt.f); got != tt.want {
			t.Errorf("%+v: got %s, want %s", tt.f, got, tt.want)
		}
	}
}

func testPaging(t *testing.T, s dyad.Store) {
	add(t, s)
	var pages []string
	for off := 0; off < 8; off += 3 {
		pages = append(pages, ids(t, s, dyad.Filter{Limit: 3, Offset: off}))
	}
	if got := strings.Join(pages, "|"); got != "e5,e6,e7|e4,e2,e3|e1" {
		t.Errorf("pages %s", got)
	}
	stop := fmt.Errorf("stop")
	n := 0
	err := s.Events(context.Background(), dyad.Filter{}, func(*dyad.Event) error { n++; return stop })
	if err != stop || n != 1 {
		t.Errorf("fn's error: got %v after %d events, want stop after 1", err, n)
	}
}

func testText(t *testing.T, s dyad.Store) {
	add(t, s)
	for words, want := range map[string]string{"treaty": "e2,e3", "Security Council": "e4", "visited": "e5,e1",
		"shelled Kharkiv": "e6", "absent": "", `"quoted" (odd`: ""} {
		if got := ids(t, s, dyad.Filter{Text: words}); got != want {
			t.Errorf("text %q: got %s, want %s", words, got, want)
		}
	}
	if got := ids(t, s, dyad.Filter{Text: "visited", Source: "PRK"}); got != "e5" {
		t.Errorf("text and actor: got %s, want e5", got)
	}
}

func testDocuments(t *testing.T, s dyad.Store) {
	add(t, s)
	docs, _ := Fixture()
	got, err := s.Document(context.Background(), "d1")
	if err != nil || !reflect.DeepEqual(*got, docs[0]) {
		t.Errorf("Document(d1) = %+v, %v", got, err)
	}
	if _, err := s.Document(context.Background(), "nope"); dyad.ErrorCode(err) != dyad.ENOTFOUND {
		t.Errorf("a missing document: %v, want ENOTFOUND", err)
	}
}

func testSeries(t *testing.T, s dyad.Store) {
	add(t, s)
	add(t, s) // again: rollups must count each event once
	ctx := context.Background()
	got, err := s.Series(ctx, dyad.SeriesQuery{Source: "RUS", Target: "PRK", Period: "month"})
	if err != nil {
		t.Fatal(err)
	}
	want := []dyad.Bucket{{Period: "2024-06", Events: 2, Quad: [5]int{0, 2, 0, 0, 0}, Goldstein: 9.9}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("RUS->PRK by month: %+v, want %+v", got, want)
	}
	got, _ = s.Series(ctx, dyad.SeriesQuery{Source: "RUS", Period: "year"})
	if len(got) != 2 || got[0].Period != "2023" || got[0].Events != 1 || got[1].Events != 3 || got[1].Quad[3] != 1 {
		t.Errorf("RUS by year: %+v", got)
	}
	got, _ = s.Series(ctx, dyad.SeriesQuery{Period: "day", From: "2023-09-13", To: "2023-09-13"})
	if len(got) != 1 || got[0].Events != 2 || got[0].Quad[4] != 2 || got[0].Goldstein != -16.5 {
		t.Errorf("every dyad on 2023-09-13: %+v", got)
	}
	if _, err := s.Series(ctx, dyad.SeriesQuery{Period: "fortnight"}); dyad.ErrorCode(err) != dyad.EINVALID {
		t.Errorf("a bad period: %v, want EINVALID", err)
	}
}

// An event without a source (a GDELT row without a first actor) is stored,
// read back whole, rolled up and founds its own cluster.
func testNoSource(t *testing.T, s dyad.Store) {
	ctx := context.Background()
	e := dyad.Event{ID: "n1", Doc: "d", Date: "2024-05-01", Text: "Shots were fired at the border.",
		Target: &dyad.Actor{Code: "UKR", Country: "UKR"}, Action: dyad.Action{Code: "190", Root: "19", Quad: 4, Goldstein: -10}}
	twin := e
	twin.ID = "n2"
	if got, err := s.Add(ctx, nil, []dyad.Event{e, twin}); err != nil || got.Events != 2 {
		t.Fatalf("Add: %+v, %v; want 2 events", got, err)
	}
	var back []string
	s.Events(ctx, dyad.Filter{Unique: true}, func(e *dyad.Event) error {
		back = append(back, fmt.Sprintf("%s:%d:%v", e.ID, e.Mentions, e.Source))
		return nil
	})
	if g := strings.Join(back, ","); g != "n1:1:-,n2:1:-" {
		t.Errorf("unique events %s, want n1:1:-,n2:1:- (no source: no cluster)", g)
	}
	series, err := s.Series(ctx, dyad.SeriesQuery{Target: "UKR", Period: "month"})
	if err != nil || len(series) != 1 || series[0].Events != 2 || series[0].Quad[4] != 2 {
		t.Errorf("series to UKR: %+v, %v", series, err)
	}
}

// Reports of one event (same ordered dyad and CAMEO family, days at most two
// apart, agreeing places) are one event with its mentions, across calls to
// Add; everything else stays apart, and so do one document's events of
// different days.
func testClusters(t *testing.T, s dyad.Store) {
	ctx := context.Background()
	rep := func(id, doc, day string, src, tgt string, code dyad.EventCode, place string) dyad.Event {
		e := dyad.Event{ID: id, Doc: doc, Date: day, Text: "report " + id,
			Source: &dyad.Actor{Code: dyad.ActorCode(src), Country: src}, Target: &dyad.Actor{Code: dyad.ActorCode(tgt), Country: tgt},
			Action: dyad.Action{Code: code, Root: code.Root(), Quad: code.Quad()}}
		if place != "" {
			e.Location = &dyad.Place{Name: place, Country: map[string]string{"Pyongyang": "PRK", "Vladivostok": "RUS"}[place], Role: "event"}
		}
		return e
	}
	first := []dyad.Event{rep("r1", "a", "2024-06-19", "RUS", "PRK", "042", "Pyongyang")}
	second := []dyad.Event{
		rep("r2", "b", "2024-06-20", "RUS", "PRK", "043", ""),            // the same visit, reported the next day
		rep("r3", "b", "2024-07-01", "RUS", "PRK", "042", ""),            // a later visit
		rep("r4", "c", "2024-07-02", "RUS", "PRK", "040", ""),            // ... reported again
		rep("r5", "c", "2024-06-19", "PRK", "RUS", "042", ""),            // the other direction
		rep("r6", "c", "2024-06-21", "RUS", "PRK", "042", "Vladivostok"), // another country
		rep("r7", "d", "2024-06-19", "RUS", "PRK", "057", ""),            // another family
		rep("r8", "e", "2024-08-01", "RUS", "PRK", "042", ""),            // one document's two days
		rep("r9", "e", "2024-08-02", "RUS", "PRK", "042", ""),            // ... are two events
	}
	if _, err := s.Add(ctx, nil, first); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Add(ctx, nil, second); err != nil {
		t.Fatal(err)
	}
	var got []string
	s.Events(ctx, dyad.Filter{Unique: true}, func(e *dyad.Event) error {
		got = append(got, fmt.Sprintf("%s:%d", e.ID, e.Mentions))
		return nil
	})
	if g := strings.Join(got, ","); g != "r1:2,r5:1,r7:1,r6:1,r3:2,r8:1,r9:1" {
		t.Errorf("unique events %s, want r1:2,r5:1,r7:1,r6:1,r3:2,r8:1,r9:1", g)
	}
	if g := ids(t, s, dyad.Filter{}); g != "r1,r5,r7,r2,r6,r3,r4,r8,r9" {
		t.Errorf("every report: %s", g)
	}
	if g := ids(t, s, dyad.Filter{Unique: true, Source: "PRK"}); g != "r5" {
		t.Errorf("unique with a filter: %s", g)
	}
}

// Scopes: domestic events (one country on both sides, different actors),
// international ones (the fixture's, and NGA to USA) and events without a
// target, a source or either, selected by each scope from events and series.
func testScope(t *testing.T, s dyad.Store) {
	add(t, s)
	ctx := context.Background()
	actor := func(code, country string) *dyad.Actor {
		return &dyad.Actor{Code: dyad.ActorCode(code), Country: country}
	}
	ev := func(id, day, text string, src, tgt *dyad.Actor, code dyad.EventCode, g float64) dyad.Event {
		return dyad.Event{ID: id, Doc: "d9", Date: day, Text: text, Source: src, Target: tgt,
			Action: dyad.Action{Code: code, Root: code.Root(), Quad: code.Quad(), Goldstein: g}}
	}
	evs := []dyad.Event{
		ev("s1", "2024-05-02", "The Nigerian army killed Boko Haram fighters.", actor("NGAMIL", "NGA"), actor("NGAREB", "NGA"), "190", -10),
		ev("s2", "2024-05-03", "Georgian police arrested protesters.", actor("GEOCOP", "GEO"), actor("GEOCVL", "GEO"), "173", -5),
		ev("s3", "2024-05-03", "Kenyans protested against parliament.", actor("KENCVL", "KEN"), actor("KENLEG", "KEN"), "141", -6.5),
		ev("s4", "2024-05-04", "Civilians were killed in Borno.", nil, actor("NGACVL", "NGA"), "190", -10),
		ev("s5", "2024-05-04", "Nigeria's government made a statement.", actor("NGAGOV", "NGA"), nil, "010", 0),
		ev("s6", "2024-05-05", "Nigeria asked the United States for help.", actor("NGAGOV", "NGA"), actor("USA", "USA"), "036", 4),
		ev("s7", "2024-05-06", "Shots were fired.", nil, nil, "190", -10),
	}
	if _, err := s.Add(ctx, nil, evs); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		f    dyad.Filter
		want string
	}{
		{dyad.Filter{}, "e5,e6,e7,e4,s1,s2,s3,s4,s5,s6,s7,e2,e3,e1"},
		{dyad.Filter{Scope: dyad.ScopeAll}, "e5,e6,e7,e4,s1,s2,s3,s4,s5,s6,s7,e2,e3,e1"},
		{dyad.Filter{Scope: dyad.ScopeInternational}, "e5,e6,e4,s6,e2,e3,e1"}, // RUS to IGOUNOSEC (e4) too
		{dyad.Filter{Scope: dyad.ScopeDomestic}, "s1,s2,s3"},
		{dyad.Filter{Actor: "NGA"}, "s1,s4,s5,s6"},
		{dyad.Filter{Actor: "NGA", Scope: dyad.ScopeInternational}, "s6"},
		{dyad.Filter{Actor: "NGA", Scope: dyad.ScopeDomestic}, "s1"},
		{dyad.Filter{Code: "19"}, "e6,s1,s4,s7"},
		{dyad.Filter{Code: "19", Scope: dyad.ScopeInternational}, "e6"},
		{dyad.Filter{Code: "19", Scope: dyad.ScopeDomestic}, "s1"},
		{dyad.Filter{Text: "killed"}, "s1,s4"},
		{dyad.Filter{Text: "killed", Scope: dyad.ScopeDomestic}, "s1"},
		{dyad.Filter{Text: "killed", Scope: dyad.ScopeInternational}, ""},
		{dyad.Filter{Unique: true, Scope: dyad.ScopeDomestic}, "s1,s2,s3"},
		{dyad.Filter{Scope: dyad.ScopeDomestic, Limit: 2, Offset: 1}, "s2,s3"},
	} {
		if got := ids(t, s, tt.f); got != tt.want {
			t.Errorf("%+v: got %s, want %s", tt.f, got, tt.want)
		}
	}
	if err := s.Events(ctx, dyad.Filter{Scope: "national"}, func(*dyad.Event) error { return nil }); dyad.ErrorCode(err) != dyad.EINVALID {
		t.Errorf("events of a bad scope: %v, want EINVALID", err)
	}

	type bucket struct {
		period string
		events int
		g      float64
	}
	for _, tt := range []struct {
		q    dyad.SeriesQuery
		want []bucket
	}{
		{dyad.SeriesQuery{Period: "year"}, []bucket{{"2023", 3, -14.6}, {"2024", 11, -24.6}}},
		{dyad.SeriesQuery{Period: "year", Scope: dyad.ScopeAll}, []bucket{{"2023", 3, -14.6}, {"2024", 11, -24.6}}},
		{dyad.SeriesQuery{Period: "year", Scope: dyad.ScopeInternational}, []bucket{{"2023", 2, -8.1}, {"2024", 5, 16.9}}},
		{dyad.SeriesQuery{Period: "year", Scope: dyad.ScopeDomestic}, []bucket{{"2024", 3, -21.5}}},
		{dyad.SeriesQuery{Source: "NGA", Period: "month"}, []bucket{{"2024-05", 3, -6}}},
		{dyad.SeriesQuery{Source: "NGA", Period: "month", Scope: dyad.ScopeInternational}, []bucket{{"2024-05", 1, 4}}},
		{dyad.SeriesQuery{Source: "NGA", Period: "month", Scope: dyad.ScopeDomestic}, []bucket{{"2024-05", 1, -10}}},
		{dyad.SeriesQuery{Target: "NGA", Period: "month"}, []bucket{{"2024-05", 2, -20}}},
		{dyad.SeriesQuery{Target: "NGA", Period: "month", Scope: dyad.ScopeDomestic}, []bucket{{"2024-05", 1, -10}}},
		{dyad.SeriesQuery{Target: "NGA", Period: "month", Scope: dyad.ScopeInternational}, nil},
	} {
		got, err := s.Series(ctx, tt.q)
		if err != nil {
			t.Fatalf("%+v: %v", tt.q, err)
		}
		var b []bucket
		for _, g := range got {
			b = append(b, bucket{g.Period, g.Events, math.Round(g.Goldstein*10) / 10})
		}
		if !reflect.DeepEqual(b, tt.want) {
			t.Errorf("series %+v: got %v, want %v", tt.q, b, tt.want)
		}
	}
	if _, err := s.Series(ctx, dyad.SeriesQuery{Period: "year", Scope: "national"}); dyad.ErrorCode(err) != dyad.EINVALID {
		t.Errorf("series of a bad scope: %v, want EINVALID", err)
	}
}
