package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) dyad.Store {
		s, err := Open(context.Background(), filepath.Join(t.TempDir(), "dyad.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestMemory(t *testing.T) {
	storetest.Run(t, func(t *testing.T) dyad.Store {
		s, err := Open(context.Background(), ":memory:")
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

// Reopening a database applies no migration twice and keeps what it holds.
func TestReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "dyad.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	docs, evs := storetest.Fixture()
	s.Add(ctx, docs, evs)
	s.Close()
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got, _ := s.Add(ctx, docs, evs); got != (dyad.Added{}) {
		t.Errorf("after reopening, adding the same input added %+v", got)
	}
}

// The catalogues of actors and places are derived from the events.
func TestCatalogues(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	docs, evs := storetest.Fixture()
	s.Add(ctx, docs, evs)
	var n int
	s.db.QueryRowContext(ctx, `SELECT events FROM actors WHERE code = 'RUSGOV'`).Scan(&n)
	if n != 3 { // source of e1 and e2, target of e3
		t.Errorf("RUSGOV in %d events, want 3", n)
	}
	s.db.QueryRowContext(ctx, `SELECT events FROM places WHERE name = 'Pyongyang'`).Scan(&n)
	if n != 1 {
		t.Errorf("Pyongyang in %d events, want 1", n)
	}
}

// While a process loads into a file, another that opens it leaves the load
// alone and cannot begin one of its own; once the loader is gone without
// finishing (closed without EndLoad, as a kill would leave it), the next
// Open finishes it: the indexes it dropped are back and text searches find
// what it added.
func TestLoadUnfinished(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "dyad.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	docs, evs := storetest.Fixture()
	if _, err := s.Add(ctx, docs, evs[:2]); err != nil {
		t.Fatal(err)
	}
	if err := s.BeginLoad(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Add(ctx, nil, evs); err != nil {
		t.Fatal(err)
	}
	indexes := func() string {
		var names string
		s.db.QueryRowContext(ctx, `SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_schema
			WHERE type = 'index' AND name IN ('events_day', 'events_doc', 'events_cluster', 'rollup_day_day') ORDER BY name)`).Scan(&names)
		return names
	}
	if got := indexes(); got != "" {
		t.Errorf("in load mode, indexes %q remain", got)
	}
	// while the loader lives, another Store leaves its load alone
	other, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := other.BeginLoad(ctx); dyad.ErrorCode(err) != dyad.ECONFLICT {
		t.Errorf("a second loader: %v, want ECONFLICT", err)
	}
	other.Close()
	if got := indexes(); got != "" {
		t.Errorf("opened during the load, indexes %q are back", got)
	}
	s.Close()
	if s, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := indexes(); got != "events_cluster,events_day,events_doc,rollup_day_day" {
		t.Errorf("after reopening, indexes %q", got)
	}
	var found []string
	s.Events(ctx, dyad.Filter{Text: "treaty"}, func(e *dyad.Event) error { found = append(found, e.ID); return nil })
	if strings.Join(found, ",") != "e2,e3" { // e2 stored before the load, e3 in it
		t.Errorf("after reopening, text treaty: %v, want e2,e3", found)
	}
}

// Replacing and deleting documents, in and out of load mode, keep the
// full-text index in step with the events it indexes (FTS5's own check).
func TestFullTextIntegrity(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "dyad.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	check := func(when string) {
		t.Helper()
		if _, err := s.db.ExecContext(ctx, `INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
			t.Errorf("%s: %v", when, err)
		}
	}
	docs, evs := storetest.Fixture()
	d1, revised := storetest.Revision()
	if _, err := s.Replace(ctx, docs, evs); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Replace(ctx, []dyad.Document{d1}, revised); err != nil {
		t.Fatal(err)
	}
	check("after a replace")
	if _, err := s.Delete(ctx, []string{"d2"}); err != nil {
		t.Fatal(err)
	}
	check("after a delete")
	if _, err := s.Replace(ctx, docs, evs); err != nil { // d1 back as it was, d2 again
		t.Fatal(err)
	}
	if err := s.BeginLoad(ctx); err != nil {
		t.Fatal(err)
	}
	// the revision, the first version and the revision again: events
	// stored in the load, which have no entry yet, are removed in it
	for i, v := range [][]dyad.Event{revised, evs[:3], revised} {
		d := d1
		if i == 1 {
			d = docs[0]
		}
		if _, err := s.Replace(ctx, []dyad.Document{d}, v); err != nil {
			t.Fatal(err)
		}
	}
	// a new document, stored after the load began, then its next version
	d4 := dyad.Document{ID: "d4", Date: "2024-07-01", Text: "Japan protested."}
	for _, text := range []string{"Japan protested.", "Japan complained."} {
		e := evs[3]
		e.ID, e.Doc, e.Text = "e9-"+text, "d4", text
		if _, err := s.Replace(ctx, []dyad.Document{d4}, []dyad.Event{e}); err != nil {
			t.Fatal(err)
		}
	}
	// and a delete frees rowids that the next events take
	if _, err := s.Delete(ctx, []string{"d3"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Replace(ctx, docs[2:], evs[4:]); err != nil {
		t.Fatal(err)
	}
	if err := s.EndLoad(ctx); err != nil {
		t.Fatal(err)
	}
	check("after a load that replaced and deleted")
}
