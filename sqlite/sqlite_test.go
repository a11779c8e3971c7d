package sqlite

import (
	"context"
	"path/filepath"
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
