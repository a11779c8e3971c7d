package storetest

import (
	"context"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
)

// Revision is a new version of the fixture's d1, as a coder might give it
// after the text was edited: a new date, title and text; e1 as it was, e2
// with a new record under its id, e3 gone and e8 new.
func Revision() (dyad.Document, []dyad.Event) {
	docs, evs := Fixture()
	d := docs[0]
	d.Date, d.Title = "2024-06-21", "Visit, updated"
	d.Text = "Putin visited Pyongyang. They signed a pact. Kim Jong-un hosted a banquet."
	d.Sentences = []dyad.Span{{0, 24}, {25, 44}, {45, 74}}
	e2 := evs[1]
	e2.Text, e2.Action.Goldstein = "They signed a pact.", 7
	e8 := dyad.Event{ID: "e8", Doc: "d1", Sentence: 2, Date: "2024-06-21", Text: "Kim Jong-un hosted a banquet.",
		Source: &dyad.Actor{Code: "PRKGOV", Country: "PRK", Text: "Kim Jong-un"}, Target: &dyad.Actor{Code: "RUSGOV", Country: "RUS"},
		Action: dyad.Action{Code: "043", Root: "04", Quad: 1, Goldstein: 2.8}, Confidence: 0.9}
	return d, []dyad.Event{evs[0], e2, e8}
}

func replace(t *testing.T, s dyad.Store, docs []dyad.Document, evs []dyad.Event) dyad.Replaced {
	t.Helper()
	r, err := s.Replace(context.Background(), docs, evs)
	if err != nil {
		t.Fatalf("Replace: %v", err)
	}
	return r
}

// outcome renders what a Replace did, Earlier as the sorted ids of its
// events.
func outcome(r dyad.Replaced) string {
	var earlier []string
	for _, e := range r.Earlier {
		earlier = append(earlier, e.ID)
	}
	slices.Sort(earlier)
	return fmt.Sprintf("added %v replaced %v unchanged %v events %d removed %d earlier %v",
		r.Added, r.Replaced, r.Unchanged, r.Events, r.Removed, earlier)
}

// series renders a series as period:events:goldstein.
func series(t *testing.T, s dyad.Store, q dyad.SeriesQuery) string {
	t.Helper()
	bs, err := s.Series(context.Background(), q)
	if err != nil {
		t.Fatalf("Series(%+v): %v", q, err)
	}
	var out []string
	for _, b := range bs {
		out = append(out, fmt.Sprintf("%s:%d:%g", b.Period, b.Events, math.Round(b.Goldstein*10)/10))
	}
	return strings.Join(out, ",")
}

// unique renders the unique events f selects as id:mentions.
func unique(t *testing.T, s dyad.Store, f dyad.Filter) string {
	t.Helper()
	f.Unique = true
	var out []string
	if err := s.Events(context.Background(), f, func(e *dyad.Event) error {
		out = append(out, fmt.Sprintf("%s:%d", e.ID, e.Mentions))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return strings.Join(out, ",")
}

// A document replaced with the same version writes nothing; a new version
// takes the place of the stored one, whose events it does not repeat are
// gone from events, text search, rollups and clusters.
func testReplace(t *testing.T, s dyad.Store) {
	ctx := context.Background()
	docs, evs := Fixture()
	if got := outcome(replace(t, s, docs, evs)); got != "added [d1 d2 d3] replaced [] unchanged [] events 7 removed 0 earlier []" {
		t.Fatalf("first replace: %s", got)
	}
	if got := outcome(replace(t, s, docs, evs)); got != "added [] replaced [] unchanged [d1 d2 d3] events 0 removed 0 earlier []" {
		t.Fatalf("the same input again: %s", got)
	}
	d1, revised := Revision()
	if got := outcome(replace(t, s, []dyad.Document{d1}, revised)); got != "added [] replaced [d1] unchanged [] events 2 removed 2 earlier [e1 e2 e3]" {
		t.Fatalf("a new version of d1: %s", got)
	}
	if got := outcome(replace(t, s, []dyad.Document{d1}, revised)); got != "added [] replaced [] unchanged [d1] events 0 removed 0 earlier []" {
		t.Errorf("the new version again: %s", got)
	}
	if got, err := s.Document(ctx, "d1"); err != nil || !reflect.DeepEqual(*got, d1) {
		t.Errorf("Document(d1) = %+v, %v; want the new version", got, err)
	}
	for _, tt := range []struct {
		f    dyad.Filter
		want string
	}{
		{dyad.Filter{}, "e5,e6,e7,e4,e2,e1,e8"},
		{dyad.Filter{Doc: "d1"}, "e2,e1,e8"},
		{dyad.Filter{Text: "treaty"}, ""},
		{dyad.Filter{Text: "pact"}, "e2"},
		{dyad.Filter{Text: "banquet"}, "e8"},
		{dyad.Filter{Text: "visited"}, "e5,e1"},
	} {
		if got := ids(t, s, tt.f); got != tt.want {
			t.Errorf("after the new version, %+v: got %s, want %s", tt.f, got, tt.want)
		}
	}
	if got := series(t, s, dyad.SeriesQuery{Source: "RUS", Target: "PRK", Period: "month"}); got != "2024-06:2:8.9" {
		t.Errorf("RUS->PRK by month: %s, want 2024-06:2:8.9 (e1, and e2 as it is now)", got)
	}
	if got := series(t, s, dyad.SeriesQuery{Source: "PRK", Period: "year"}); got != "2023:1:1.9,2024:1:2.8" {
		t.Errorf("PRK by year: %s, want e5 in 2023 and e8, not e3, in 2024", got)
	}
	if got := unique(t, s, dyad.Filter{Source: "PRK"}); got != "e5:1,e8:1" {
		t.Errorf("unique events of PRK: %s", got)
	}

	// only a field changed: the document is replaced, its events stay
	d1.Title = "Visit, retitled"
	if got := outcome(replace(t, s, []dyad.Document{d1}, revised)); got != "added [] replaced [d1] unchanged [] events 0 removed 0 earlier [e1 e2 e8]" {
		t.Errorf("a new title: %s", got)
	}
	// a version with no events left
	if got := outcome(replace(t, s, docs[1:2], nil)); got != "added [] replaced [d2] unchanged [] events 0 removed 1 earlier [e4]" {
		t.Errorf("d2 without its event: %s", got)
	}
	if got := series(t, s, dyad.SeriesQuery{Source: "RUS", Period: "year"}); got != "2023:1:-10,2024:2:8.9" {
		t.Errorf("RUS by year without e4: %s", got)
	}
	// events of no document in the call are added as Add adds them
	x := dyad.Event{ID: "x1", Doc: "gdelt-1", Date: "2024-05-01", Source: &dyad.Actor{Code: "UKR", Country: "UKR"},
		Action: dyad.Action{Code: "190", Root: "19", Quad: 4, Goldstein: -10}}
	if got := outcome(replace(t, s, nil, []dyad.Event{x, evs[5]})); got != "added [] replaced [] unchanged [] events 1 removed 0 earlier []" {
		t.Errorf("an imported event and a stored one: %s", got)
	}
	if _, err := s.Replace(ctx, []dyad.Document{d1, d1}, nil); dyad.ErrorCode(err) != dyad.EINVALID {
		t.Errorf("one id twice: %v, want EINVALID", err)
	}
}

// Add records no digest of a document's coding: the first Replace of a
// document it stored rewrites the document, keeping its events, and the
// next finds it unchanged.
func testReplaceAfterAdd(t *testing.T, s dyad.Store) {
	add(t, s)
	docs, evs := Fixture()
	if got := outcome(replace(t, s, docs, evs)); got != "added [] replaced [d1 d2 d3] unchanged [] events 0 removed 0 earlier [e1 e2 e3 e4 e5 e6 e7]" {
		t.Errorf("replacing what Add stored: %s", got)
	}
	if got := outcome(replace(t, s, docs, evs)); got != "added [] replaced [] unchanged [d1 d2 d3] events 0 removed 0 earlier []" {
		t.Errorf("then again: %s", got)
	}
	if got := unique(t, s, dyad.Filter{}); got != "e5:1,e6:1,e7:1,e4:1,e2:1,e3:1,e1:1" {
		t.Errorf("clusters: %s", got)
	}
}

// The reports left in a cluster whose founder a new version removed are
// clustered again before the new version's events; a founder the new
// version repeats keeps its cluster.
func testReplaceClusters(t *testing.T, s dyad.Store) {
	for _, doc := range []string{"a", "b", "c"} {
		day := map[string]string{"a": "2024-06-19", "b": "2024-06-20", "c": "2024-06-21"}[doc]
		replace(t, s, []dyad.Document{{ID: doc, Date: day, Text: "report"}}, []dyad.Event{report("r"+doc, doc, day, "RUS", "PRK", "042")})
	}
	if got := unique(t, s, dyad.Filter{}); got != "ra:3" {
		t.Fatalf("before: %s, want ra:3", got)
	}
	a := dyad.Document{ID: "a", Date: "2024-06-19", Title: "retitled", Text: "report"}
	replace(t, s, []dyad.Document{a}, []dyad.Event{report("ra", "a", "2024-06-19", "RUS", "PRK", "042")})
	if got := unique(t, s, dyad.Filter{}); got != "ra:3" {
		t.Errorf("founder repeated: %s, want ra:3", got)
	}
	a.Text = "report, edited"
	replace(t, s, []dyad.Document{a}, []dyad.Event{report("ra2", "a", "2024-06-19", "RUS", "PRK", "042")})
	if got := unique(t, s, dyad.Filter{}); got != "rb:3" {
		t.Errorf("founder removed: %s, want rb:3 (rb founds, rc and the new ra2 join it)", got)
	}
	if got := series(t, s, dyad.SeriesQuery{Source: "RUS", Period: "day"}); got != "2024-06-19:1:0,2024-06-20:1:0,2024-06-21:1:0" {
		t.Errorf("rollups: %s", got)
	}
}

func report(id, doc, day, src, tgt string, code dyad.EventCode) dyad.Event {
	return dyad.Event{ID: id, Doc: doc, Date: day, Text: "report " + id,
		Source: &dyad.Actor{Code: dyad.ActorCode(src), Country: src}, Target: &dyad.Actor{Code: dyad.ActorCode(tgt), Country: tgt},
		Action: dyad.Action{Code: code, Root: code.Root(), Quad: code.Quad()}}
}

// Deleting documents removes them, their sentences and their events from
// events, text search and rollups; twice deletes nothing; the events of an
// imported file go by its document id.
func testDelete(t *testing.T, s dyad.Store) {
	ctx := context.Background()
	add(t, s)
	got, err := s.Delete(ctx, []string{"d1", "nope"})
	if err != nil || got != (dyad.Deleted{Documents: 1, Events: 3}) {
		t.Fatalf("Delete(d1, nope) = %+v, %v; want 1 document and 3 events", got, err)
	}
	if got, err := s.Delete(ctx, []string{"d1"}); err != nil || got != (dyad.Deleted{}) {
		t.Errorf("deleting d1 again: %+v, %v; want nothing", got, err)
	}
	if _, err := s.Document(ctx, "d1"); dyad.ErrorCode(err) != dyad.ENOTFOUND {
		t.Errorf("Document(d1) after the delete: %v, want ENOTFOUND", err)
	}
	for _, tt := range []struct {
		f    dyad.Filter
		want string
	}{
		{dyad.Filter{}, "e5,e6,e7,e4"},
		{dyad.Filter{Doc: "d1"}, ""},
		{dyad.Filter{Text: "treaty"}, ""},
		{dyad.Filter{Text: "visited"}, "e5"},
	} {
		if got := ids(t, s, tt.f); got != tt.want {
			t.Errorf("after the delete, %+v: got %s, want %s", tt.f, got, tt.want)
		}
	}
	if got := series(t, s, dyad.SeriesQuery{Source: "RUS", Period: "year"}); got != "2023:1:-10,2024:1:-5" {
		t.Errorf("RUS by year: %s, want e6 and e4 only", got)
	}
	if got := series(t, s, dyad.SeriesQuery{Source: "RUS", Target: "PRK", Period: "year"}); got != "" {
		t.Errorf("RUS->PRK: %s, want nothing", got)
	}
	var docs []string
	s.Documents(ctx, dyad.DocFilter{}, func(d *dyad.Document) error { docs = append(docs, d.ID); return nil })
	if strings.Join(docs, ",") != "d2,d3" {
		t.Errorf("documents left: %v", docs)
	}
	imported := []dyad.Event{report("x1", "gdelt-1", "2024-05-01", "UKR", "RUS", "190"), report("x2", "gdelt-1", "2024-05-02", "RUS", "UKR", "190")}
	if _, err := s.Add(ctx, nil, imported); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Delete(ctx, []string{"gdelt-1"}); err != nil || got != (dyad.Deleted{Events: 2}) {
		t.Errorf("Delete(gdelt-1) = %+v, %v; want its 2 events", got, err)
	}
}

// The reports left in a cluster whose founder is deleted are clustered
// again, in the order they were stored: each joins the first stored founder
// it matches, or founds a cluster the next may join.
func testDeleteClusters(t *testing.T, s dyad.Store) {
	ctx := context.Background()
	for _, e := range []dyad.Event{
		report("r1", "a", "2024-06-19", "RUS", "PRK", "042"),
		report("r2", "b", "2024-06-20", "RUS", "PRK", "042"),
		report("r3", "c", "2024-06-21", "RUS", "PRK", "042"),
		report("r6", "e", "2024-06-23", "RUS", "PRK", "042"), // four days after r1: its own
	} {
		if _, err := s.Add(ctx, nil, []dyad.Event{e}); err != nil {
			t.Fatal(err)
		}
	}
	if got := unique(t, s, dyad.Filter{}); got != "r1:3,r6:1" {
		t.Fatalf("before: %s", got)
	}
	if _, err := s.Delete(ctx, []string{"a"}); err != nil {
		t.Fatal(err)
	}
	// r2 matches no stored founder and founds; r3 joins r6, a stored founder
	if got := unique(t, s, dyad.Filter{}); got != "r2:1,r6:2" {
		t.Errorf("after deleting r1's document: %s, want r2:1,r6:2", got)
	}
	if _, err := s.Delete(ctx, []string{"e"}); err != nil {
		t.Fatal(err)
	}
	if got := unique(t, s, dyad.Filter{}); got != "r2:2" {
		t.Errorf("after deleting r6's document: %s, want r2:2", got)
	}
}

// Documents select by id, date, their events and their words.
func testDocumentFilter(t *testing.T, s dyad.Store) {
	add(t, s)
	for _, tt := range []struct {
		f    dyad.DocFilter
		want string
	}{
		{dyad.DocFilter{}, "d1,d2,d3"},
		{dyad.DocFilter{IDs: []string{"d3", "d2", "nope"}}, "d2,d3"},
		{dyad.DocFilter{From: "2024"}, "d1,d2"},
		{dyad.DocFilter{From: "2024-06", To: "2024-06"}, "d1"},
		{dyad.DocFilter{To: "2023"}, "d3"},
		{dyad.DocFilter{Source: "PRK"}, "d1,d3"},
		{dyad.DocFilter{Actor: "UKR"}, "d3"},
		{dyad.DocFilter{Target: "IGOUNO"}, "d2"},
		{dyad.DocFilter{Code: "19"}, "d3"},
		{dyad.DocFilter{Source: "RUS", From: "2024-06"}, "d1"},
		{dyad.DocFilter{Text: "VETOED resolution"}, "d2"},
		{dyad.DocFilter{Text: "Jong-un"}, "d3"},
		{dyad.DocFilter{Text: "visited", IDs: []string{"d1", "d2"}}, "d1"},
		{dyad.DocFilter{Text: "treat"}, ""}, // words, not parts of them
	} {
		var got []string
		if err := s.Documents(context.Background(), tt.f, func(d *dyad.Document) error {
			if d.Text == "" || d.Date == "" {
				t.Errorf("document %s without its text or date", d.ID)
			}
			got = append(got, d.ID)
			return nil
		}); err != nil {
			t.Fatalf("Documents(%+v): %v", tt.f, err)
		}
		if g := strings.Join(got, ","); g != tt.want {
			t.Errorf("Documents(%+v) = %s, want %s", tt.f, g, tt.want)
		}
	}
}

// In load mode, replacing and deleting documents keep the events, clusters
// and rollups current, and once the load ends text searches agree: the
// entries of events removed are gone, those of events stored are there,
// including events stored under a rowid a removal freed.
func testLoadModeReplace(t *testing.T, s dyad.Loader) {
	ctx := context.Background()
	docs, evs := Fixture()
	replace(t, s, docs, evs)
	if err := s.BeginLoad(ctx); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Delete(ctx, []string{"d3"}); err != nil || got != (dyad.Deleted{Documents: 1, Events: 3}) {
		t.Fatalf("Delete(d3) in load mode: %+v, %v", got, err)
	}
	d1, revised := Revision()
	if got := outcome(replace(t, s, []dyad.Document{d1}, revised)); got != "added [] replaced [d1] unchanged [] events 2 removed 2 earlier [e1 e2 e3]" {
		t.Fatalf("a new version of d1 in load mode: %s", got)
	}
	if got := outcome(replace(t, s, []dyad.Document{d1}, revised)); got != "added [] replaced [] unchanged [d1] events 0 removed 0 earlier []" {
		t.Errorf("again in load mode: %s", got)
	}
	if got := ids(t, s, dyad.Filter{}); got != "e4,e2,e1,e8" {
		t.Errorf("in load mode, every event: %s", got)
	}
	if got := unique(t, s, dyad.Filter{Source: "RUS"}); got != "e4:1,e2:1,e1:1" {
		t.Errorf("in load mode, unique events of RUS: %s", got)
	}
	if err := s.EndLoad(ctx); err != nil {
		t.Fatal(err)
	}
	for words, want := range map[string]string{"treaty": "", "pact": "e2", "banquet": "e8", "visited": "e1", "vetoed": "e4", "shelled": ""} {
		if got := ids(t, s, dyad.Filter{Text: words}); got != want {
			t.Errorf("after the load, text %q: %s, want %s", words, got, want)
		}
	}
	if got := series(t, s, dyad.SeriesQuery{Period: "year"}); got != "2024:4:6.7" {
		t.Errorf("after the load, every event by year: %s, want 2024:4:6.7", got)
	}
}
