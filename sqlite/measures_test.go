package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/dyadhq/dyad/storetest"
)

// Migration 019 reads the events stored before it into the columns that
// the measures' indexes select by: a store of the schema before it answers
// Pairs and Filter.Quantity as one that stored its events after.
func TestMeasureColumnsMigrated(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "dyad.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	docs, evs := storetest.MeasureCorpus()
	if _, err := s.Add(ctx, docs, evs); err != nil {
		t.Fatal(err)
	}
	want := storetest.Measured(t, s)
	if want != "CHN-USA:5:-22.10,DEU-FRA:1:4.00,PRK-RUS:4:19.80,RUS-UKR:3:-22.00 | e5" {
		t.Fatalf("stored after 019: %s", want)
	}
	for _, stmt := range []string{`DROP INDEX events_pairs`, `DROP INDEX events_quantity`,
		`ALTER TABLE events DROP COLUMN countries`, `ALTER TABLE events DROP COLUMN quantity`,
		`DELETE FROM schema_migrations WHERE version = 19`} {
		if _, err := s.db.ExecContext(ctx, stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	s.Close()
	if s, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := storetest.Measured(t, s); got != want {
		t.Errorf("migrated: %s, want %s", got, want)
	}
}
