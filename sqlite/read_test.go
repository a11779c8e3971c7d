package sqlite

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/storetest"
)

// A read does not wait for a long one under way on another goroutine (an
// Events scan whose callback is slow, as a client reading a large answer
// is), and neither does a write; in a file and in memory.
func TestReadsConcurrently(t *testing.T) {
	for _, path := range []string{filepath.Join(t.TempDir(), "dyad.db"), ":memory:"} {
		t.Run(filepath.Base(path), func(t *testing.T) {
			ctx := context.Background()
			s, err := Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			docs, evs := storetest.Fixture()
			if _, err := s.Add(ctx, docs, evs); err != nil {
				t.Fatal(err)
			}
			inside, release := make(chan struct{}), make(chan struct{})
			var wg sync.WaitGroup
			wg.Go(func() {
				first := true
				s.Events(ctx, dyad.Filter{}, func(*dyad.Event) error {
					if first {
						first = false
						close(inside)
						<-release
					}
					return nil
				})
			})
			defer wg.Wait()
			defer close(release)
			<-inside

			quick, cancel := context.WithTimeout(ctx, 5*time.Second)
			defer cancel()
			start := time.Now()
			n := 0
			err = s.Events(quick, dyad.Filter{Limit: 1}, func(*dyad.Event) error { n++; return nil })
			if err != nil || n != 1 {
				t.Fatalf("a read during a long one: %d events, %v (after %v)", n, err, time.Since(start))
			}
			if _, err := s.Document(quick, "d1"); err != nil {
				t.Fatalf("a document during a long read: %v", err)
			}
			if _, err := s.Series(quick, dyad.SeriesQuery{Source: "RUS", Period: "year"}); err != nil {
				t.Fatalf("a series during a long read: %v", err)
			}
			if path == ":memory:" {
				return // in memory, a write waits for the reads
			}
			e := evs[0]
			e.ID = "e-during"
			if got, err := s.Add(quick, nil, []dyad.Event{e}); err != nil || got.Events != 1 {
				t.Fatalf("a write during a long read: %+v, %v", got, err)
			}
			if took := time.Since(start); took > 2*time.Second {
				t.Errorf("reads and a write beside a long read took %v", took)
			}
		})
	}
}

// Processes that create one new database file at once all open it: the
// migrations are applied once, by whichever comes first, and the file is in
// WAL mode, which SQLite converts to without waiting for a busy file (one
// open in thirty failed before useWAL).
func TestConcurrentCreate(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "new.db")
	const n = 20
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			s, err := Open(ctx, path)
			if err != nil {
				errs[i] = fmt.Errorf("open %d: %w", i, err)
				return
			}
			errs[i] = s.Close()
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var mode string
	if err := s.read.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal mode after the concurrent opens: %q, %v; want wal", mode, err)
	}
	docs, evs := storetest.Fixture()
	if got, err := s.Add(ctx, docs, evs); err != nil || got.Events != len(evs) {
		t.Errorf("add after the concurrent opens: %+v, %v", got, err)
	}
}

// The review pages' reads (judgements, the review queue) do not wait
// behind a write under way: they read on the readers' pool, from the last
// commit, while the writer's one connection holds a transaction.
func TestReviewReadsBesideWrite(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "dyad.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	docs, evs := storetest.Fixture()
	if _, err := s.Add(ctx, docs, evs); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Judge(ctx, dyad.Judgement{Event: evs[0].ID, Verdict: dyad.Confirm, Reviewer: "ana"}); err != nil {
		t.Fatal(err)
	}
	// a long write: the writer's transaction, open and uncommitted
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM judgements`); err != nil {
		t.Fatal(err)
	}

	quick, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	n := 0
	if err := s.Judgements(quick, dyad.JudgementFilter{Event: evs[0].ID}, func(*dyad.Judgement) error { n++; return nil }); err != nil || n != 1 {
		t.Errorf("judgements during a write: %d, %v; want the 1 committed", n, err)
	}
	queue := 0
	if err := s.Events(quick, dyad.Filter{Review: "none", LeastSure: true, Limit: 50}, func(*dyad.Event) error { queue++; return nil }); err != nil || queue != len(evs)-1 {
		t.Errorf("the review queue during a write: %d events, %v; want %d", queue, err, len(evs)-1)
	}
}

// A write by another Store on the same file (another process, as an
// ingest beside a server) changes the version this one reads.
func TestVersionOfOtherWriter(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "dyad.db")
	server, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer server.Close()
	ingest, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer ingest.Close()
	before, err := server.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	docs, evs := storetest.Fixture()
	if _, err := ingest.Add(ctx, docs, evs); err != nil {
		t.Fatal(err)
	}
	if after, err := server.Version(ctx); err != nil || after == before {
		t.Errorf("version after another store's add: %d, %v; before %d", after, err, before)
	}
}
