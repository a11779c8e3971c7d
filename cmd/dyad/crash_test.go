package main

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/internal/pgtest"
	"github.com/dyadhq/dyad/internal/synth"
	_ "github.com/dyadhq/dyad/sqlite" // the database/sql driver "sqlite"
)

// TestMain lets the test binary act as dyad itself, so that a test can run
// "dyad ingest" in a child process and kill it.
func TestMain(m *testing.M) {
	if args := os.Getenv("DYAD_TEST_MAIN"); args != "" {
		os.Exit(Main(context.Background(), strings.Split(args, "\x1f"), os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// dyadChild returns "dyad args..." as a child process: the test binary,
// acting as dyad (TestMain).
func dyadChild(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "DYAD_TEST_MAIN="+strings.Join(args, "\x1f"))
	return cmd
}

// crashCorpus writes synthetic news, ten sentences a document, as JSON
// Lines in dir and returns the file's path.
func crashCorpus(t *testing.T, dir string, sentences int) string {
	var sb strings.Builder
	for i, d := range synth.Documents(synth.Sentences(sentences), 10) {
		fmt.Fprintf(&sb, "{\"id\":\"doc-%05d\",\"date\":\"2024-05-01\",\"text\":%q}\n", i, d)
	}
	return write(t, dir, "docs.jsonl", []byte(sb.String()))
}

// storeSummary describes what a store holds: its documents, its events
// (and a digest of their records), each unique event with its mentions,
// the events its rollups count and those a text search finds.
func storeSummary(t *testing.T, db string) (events int, sum string) {
	t.Helper()
	ctx := context.Background()
	s, err := (&storeFlags{db: db}).open(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	docs := 0
	if err := s.Documents(ctx, dyad.DocFilter{}, func(*dyad.Document) error { docs++; return nil }); err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	var unique []string
	s.Events(ctx, dyad.Filter{}, func(e *dyad.Event) error {
		events++
		json.NewEncoder(h).Encode(e)
		return nil
	})
	s.Events(ctx, dyad.Filter{Unique: true}, func(e *dyad.Event) error {
		unique = append(unique, fmt.Sprintf("%s:%d", e.ID, e.Mentions))
		return nil
	})
	series, err := s.Series(ctx, dyad.SeriesQuery{Period: "day"})
	if err != nil {
		t.Fatal(err)
	}
	rolled := 0
	for _, b := range series {
		rolled += b.Events
		fmt.Fprintf(h, "%s %d %v %.6f\n", b.Period, b.Events, b.Quad, b.Goldstein)
	}
	found := 0
	s.Events(ctx, dyad.Filter{Text: "sanctions"}, func(e *dyad.Event) error { found++; return nil })
	return events, fmt.Sprintf("%d documents, %d events (%x), %d unique, %d rolled up, %d about sanctions; clusters %s",
		docs, events, h.Sum(nil)[:8], len(unique), rolled, found, strings.Join(unique, ","))
}

// killMidway starts cmd, kills it with SIGKILL as soon as progressed
// reports that it has committed something (or after 30 seconds), and
// waits for it.
func killMidway(t *testing.T, cmd *exec.Cmd, progressed func() bool) {
	t.Helper()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for !progressed() && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
}

// Killing "dyad ingest" with SIGKILL mid-run loses nothing it had committed,
// and a rerun completes the job without duplicates: the same events, the
// same clusters, rollups and full-text entries as an uninterrupted run's.
// In load mode the kill leaves deferred work, which the next Open does.
func TestIngestKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	dir := t.TempDir()
	input := crashCorpus(t, dir, 60000)
	child := func(db string, flags ...string) *exec.Cmd {
		return dyadChild(append(append([]string{"ingest", "--db", db}, flags...), input)...)
	}
	// the reference: an uninterrupted run
	ref := filepath.Join(dir, "ref.db")
	if out, err := child(ref).CombinedOutput(); err != nil {
		t.Fatalf("reference run: %v\n%s", err, out)
	}
	want, wantSum := storeSummary(t, ref)
	for _, tt := range []struct {
		name  string
		flags []string
	}{
		{"normal", nil},
		{"load", []string{"--load", "--batch", "5000"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			// killed after its first commits, then run again
			db := filepath.Join(dir, tt.name+".db")
			killMidway(t, child(db, tt.flags...), func() bool {
				// an event is there once the first batch is committed; read
				// without sqlite.Open, which would race the child's migrations
				conn, err := sql.Open("sqlite", "file:"+db+"?mode=ro&_pragma=busy_timeout(1000)")
				if err != nil {
					return false
				}
				defer conn.Close()
				var any bool
				return conn.QueryRow(`SELECT EXISTS (SELECT 1 FROM events)`).Scan(&any) == nil && any
			})
			partial, _ := storeSummary(t, db)
			if partial == 0 || partial >= want {
				t.Logf("killed run had stored %d of %d events (the kill came early or late)", partial, want)
			}
			if out, err := child(db, tt.flags...).CombinedOutput(); err != nil {
				t.Fatalf("rerun: %v\n%s", err, out)
			}
			if got, sum := storeSummary(t, db); sum != wantSum {
				t.Errorf("after the kill and a rerun: %.300s\nwant %.300s (no loss, no duplicates)", sum, wantSum)
			} else {
				t.Logf("killed after %d of %d events; rerun completed", partial, got)
			}
		})
	}
}

// Killing "dyad recode" and "dyad delete" with SIGKILL mid-run loses
// nothing they had committed, and a rerun completes the job: the store then
// holds what an uninterrupted run leaves (documents, events, rollups,
// full-text hits), on SQLite and on PostgreSQL. The recode's new
// dictionary changes a pattern the corpus uses, and so every event's id.
func TestRecodeDeleteKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	dir := t.TempDir()
	input := crashCorpus(t, dir, 6000)
	dict := filepath.Join(dir, "dict")
	os.Mkdir(dict, 0o755)
	write(t, dict, "verbs.txt", []byte("1121 accuse $T of violating\n"))
	for _, backend := range []string{"sqlite", "postgres"} {
		t.Run(backend, func(t *testing.T) {
			store := func(name string) string {
				if backend == "postgres" {
					return pgtest.DSN(t)
				}
				return filepath.Join(dir, backend+"-"+name+".db")
			}
			ref, victim := store("ref"), store("victim")
			for _, db := range []string{ref, victim} {
				if _, errs, code := run(t, "", "ingest", "--db", db, input); code != 0 {
					t.Fatalf("ingest: exit %d\n%s", code, errs)
				}
			}
			// changed returns whether a measure of the victim store has
			// changed since changed was called
			changed := func(measure func(dyad.Store) int) func() bool {
				of := func() int {
					s, err := (&storeFlags{db: victim}).open(context.Background())
					if err != nil {
						return -1
					}
					defer s.Close()
					return measure(s)
				}
				start := of()
				return func() bool { n := of(); return n >= 0 && n != start }
			}
			for _, step := range []struct {
				name     string
				args     []string
				progress func(dyad.Store) int // changed by the first commit
			}{
				{"recode", []string{"recode", "--dict", dict, "--batch", "500"}, func(s dyad.Store) int {
					n := 0 // events of the new code
					s.Events(context.Background(), dyad.Filter{Code: "1121"}, func(*dyad.Event) error { n++; return nil })
					return n
				}},
				{"delete", []string{"delete", "--text", "sanctions", "--batch", "10"}, func(s dyad.Store) int {
					n := 0 // documents left to delete
					s.Documents(context.Background(), dyad.DocFilter{Text: "sanctions"}, func(*dyad.Document) error { n++; return nil })
					return n
				}},
			} {
				progressed := changed(step.progress)
				if out, errs, code := run(t, "", append(step.args[:1:1], append([]string{"--db", ref}, step.args[1:]...)...)...); code != 0 {
					t.Fatalf("%s: exit %d\n%s%s", step.name, code, out, errs)
				}
				_, wantSum := storeSummary(t, ref)
				args := append(step.args[:1:1], append([]string{"--db", victim}, step.args[1:]...)...)
				killMidway(t, dyadChild(args...), progressed)
				_, partial := storeSummary(t, victim)
				if partial == wantSum {
					t.Logf("%s: the kill came after the run had finished", step.name)
				}
				if out, err := dyadChild(args...).CombinedOutput(); err != nil {
					t.Fatalf("%s: rerun: %v\n%s", step.name, err, out)
				}
				if _, sum := storeSummary(t, victim); sum != wantSum {
					t.Errorf("%s killed and run again: %.300s\nwant %.300s", step.name, sum, wantSum)
				} else {
					at, _, _ := strings.Cut(partial, ";")
					t.Logf("%s killed at %s; run again: as an uninterrupted run", step.name, at)
				}
			}
		})
	}
}
