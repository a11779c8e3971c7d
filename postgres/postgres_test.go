package postgres

import (
	"context"
	mrand "math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/internal/pgtest"
	"github.com/dyadhq/dyad/internal/synth"
	"github.com/dyadhq/dyad/storetest"
)

// testDSN returns the DSN of a new, empty schema, dropped when tb ends, or
// skips tb when the server cannot be reached.
func testDSN(tb testing.TB) string { return pgtest.DSN(tb) }

func open(tb testing.TB, dsn string) *Store {
	tb.Helper()
	s, err := Open(context.Background(), dsn)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) dyad.Store { return open(t, testDSN(t)) })
}

// Reopening a schema applies no migration twice and keeps what it holds.
func TestReopen(t *testing.T) {
	ctx := context.Background()
	dsn := testDSN(t)
	s := open(t, dsn)
	docs, evs := storetest.Fixture()
	if _, err := s.Add(ctx, docs, evs); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = open(t, dsn)
	defer s.Close()
	if got, err := s.Add(ctx, docs, evs); err != nil || got != (dyad.Added{}) {
		t.Errorf("after reopening, adding the same input added %+v, %v", got, err)
	}
}

// Processes that open a new schema at once wait for each other's migrations
// instead of failing on tables that another is creating.
func TestConcurrentOpen(t *testing.T) {
	dsn := testDSN(t)
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Go(func() {
			s, err := Open(context.Background(), dsn)
			if err == nil {
				s.Close()
			}
			errs[i] = err
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("open %d: %v", i, err)
		}
	}
}

// An id that appears twice in one call is stored and rolled up once, and
// the first of the two is kept.
func TestAddDuplicatesInOneCall(t *testing.T) {
	ctx := context.Background()
	s := open(t, testDSN(t))
	defer s.Close()
	docs, evs := storetest.Fixture()
	first, second := evs[0], evs[0]
	second.Text = "A later version."
	got, err := s.Add(ctx, []dyad.Document{docs[0], docs[0]}, []dyad.Event{first, second})
	if err != nil || got != (dyad.Added{Documents: 1, Events: 1}) {
		t.Fatalf("Add: %+v, %v; want one document and one event", got, err)
	}
	var texts []string
	s.Events(ctx, dyad.Filter{}, func(e *dyad.Event) error { texts = append(texts, e.Text); return nil })
	if len(texts) != 1 || texts[0] != first.Text {
		t.Errorf("stored %q, want [%q]", texts, first.Text)
	}
	series, err := s.Series(ctx, dyad.SeriesQuery{Period: "day"})
	if err != nil || len(series) != 1 || series[0].Events != 1 {
		t.Errorf("series %+v, %v; want one event", series, err)
	}
}

// Adds of overlapping events at once, each in its own order, store and roll
// up every event once and do not deadlock: rows are locked in id and key
// order whatever the order of the input.
func TestConcurrentAdd(t *testing.T) {
	ctx := context.Background()
	s := open(t, testDSN(t))
	defer s.Close()
	events := synth.Events(2000)
	var wg sync.WaitGroup
	added := make([]dyad.Added, 4)
	errs := make([]error, 4)
	for i := range added {
		evs := slices.Clone(events)
		mrand.New(mrand.NewPCG(uint64(i), 0)).Shuffle(len(evs), func(a, b int) { evs[a], evs[b] = evs[b], evs[a] })
		wg.Go(func() { added[i], errs[i] = s.Add(ctx, nil, evs) })
	}
	wg.Wait()
	total := 0
	for i, err := range errs {
		if err != nil {
			t.Errorf("add %d: %v", i, err)
		}
		total += added[i].Events
	}
	if total != len(events) {
		t.Errorf("the adds counted %d new events, want %d", total, len(events))
	}
	series, err := s.Series(ctx, dyad.SeriesQuery{Period: "year"})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, b := range series {
		n += b.Events
	}
	if n != len(events) {
		t.Errorf("rollups count %d events, want %d", n, len(events))
	}
}

// Whatever a user types as search words is a query, never a syntax error.
func TestTextSyntax(t *testing.T) {
	ctx := context.Background()
	s := open(t, testDSN(t))
	defer s.Close()
	docs, evs := storetest.Fixture()
	if _, err := s.Add(ctx, docs, evs); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, want string
	}{
		{"punctuation only", "( ) ! & |", ""},
		{"operators", "treaty & !signed", "e2,e3"},
		{"prefix syntax", "treat:*", ""},
		{"quote", "'", ""},
		{"case", "TREATY", "e2,e3"},
		{"hyphenated", "Jong-un", "e5"},
		{"backslash", `\`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			err := s.Events(ctx, dyad.Filter{Text: tt.text}, func(e *dyad.Event) error {
				got = append(got, e.ID)
				return nil
			})
			if err != nil || strings.Join(got, ",") != tt.want {
				t.Errorf("text %q: %s, %v; want %s", tt.text, strings.Join(got, ","), err, tt.want)
			}
		})
	}
}

// Offset without a limit skips that many and returns the rest.
func TestOffsetOnly(t *testing.T) {
	ctx := context.Background()
	s := open(t, testDSN(t))
	defer s.Close()
	docs, evs := storetest.Fixture()
	if _, err := s.Add(ctx, docs, evs); err != nil {
		t.Fatal(err)
	}
	var got []string
	if err := s.Events(ctx, dyad.Filter{Offset: 5}, func(e *dyad.Event) error { got = append(got, e.ID); return nil }); err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, ",") != "e3,e1" {
		t.Errorf("offset 5: %s, want e3,e1", strings.Join(got, ","))
	}
}

// A search_path whose schema does not exist is reported, not a confusing
// failure of the first CREATE TABLE.
func TestMissingSchema(t *testing.T) {
	dsn := testDSN(t)
	dsn = pgtest.WithSearchPath(t, dsn, "dyad_test_absent")
	if s, err := Open(context.Background(), dsn); err == nil {
		s.Close()
		t.Fatal("Open succeeded without a schema to create tables in")
	} else if dyad.ErrorCode(err) != dyad.EINVALID {
		t.Errorf("Open: %v, want EINVALID", err)
	}
}

// While a process loads into a schema, another that opens it leaves the
// load alone and cannot begin one of its own; once the loader is gone
// without finishing (closed without EndLoad, as a kill would leave it), the
// next Open finishes it: the indexes are back, text searches and series
// count what it added.
func TestLoadUnfinished(t *testing.T) {
	ctx := context.Background()
	dsn := testDSN(t)
	loader := open(t, dsn)
	docs, evs := storetest.Fixture()
	if _, err := loader.Add(ctx, docs, evs[:2]); err != nil {
		t.Fatal(err)
	}
	if err := loader.BeginLoad(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := loader.Add(ctx, nil, evs); err != nil {
		t.Fatal(err)
	}
	indexes := func(s *Store) string {
		var names string
		s.pool.QueryRow(ctx, `SELECT coalesce(string_agg(indexname, ',' ORDER BY indexname), '') FROM pg_indexes
			WHERE schemaname = current_schema() AND indexname IN ('events_day', 'events_code', 'events_doc',
			'events_cluster', 'events_text', 'rollup_day_day', 'rollup_day_pkey')`).Scan(&names)
		return names
	}
	other := open(t, dsn)
	if got := indexes(other); got != "" {
		t.Errorf("opened during the load, indexes %q are back", got)
	}
	if err := other.BeginLoad(ctx); dyad.ErrorCode(err) != dyad.ECONFLICT {
		t.Errorf("a second loader: %v, want ECONFLICT", err)
	}
	other.Close()
	loader.Close()
	s := open(t, dsn)
	defer s.Close()
	if got := indexes(s); got != "events_cluster,events_code,events_day,events_doc,events_text,rollup_day_day,rollup_day_pkey" {
		t.Errorf("after the loader left, indexes %q", got)
	}
	var found []string
	s.Events(ctx, dyad.Filter{Text: "treaty"}, func(e *dyad.Event) error { found = append(found, e.ID); return nil })
	if strings.Join(found, ",") != "e2,e3" { // e2 stored before the load, e3 in it
		t.Errorf("text treaty: %v, want e2,e3", found)
	}
	series, err := s.Series(ctx, dyad.SeriesQuery{Period: "year"})
	if n := 0; err == nil {
		for _, b := range series {
			n += b.Events
		}
		if n != len(evs) {
			t.Errorf("rollups count %d events, want %d", n, len(evs))
		}
	}
}
