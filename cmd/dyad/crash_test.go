package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/internal/synth"
	"github.com/dyadhq/dyad/sqlite"
)

// TestMain lets the test binary act as dyad itself, so that a test can run
// "dyad ingest" in a child process and kill it.
func TestMain(m *testing.M) {
	if args := os.Getenv("DYAD_TEST_MAIN"); args != "" {
		os.Exit(Main(context.Background(), strings.Split(args, "\x1f"), os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
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
	var sb strings.Builder
	for i, d := range synth.Documents(synth.Sentences(60000), 10) {
		fmt.Fprintf(&sb, "{\"id\":\"doc-%d\",\"date\":\"2024-05-01\",\"text\":%q}\n", i, d)
	}
	input := write(t, dir, "docs.jsonl", []byte(sb.String()))
	child := func(db string, flags ...string) *exec.Cmd {
		args := append([]string{"ingest", "--db", db}, flags...)
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "DYAD_TEST_MAIN="+strings.Join(append(args, input), "\x1f"))
		return cmd
	}
	// summary describes what a store holds: its events, each unique event
	// with its mentions, the events its rollups count and those a text
	// search finds.
	summary := func(db string) (events int, sum string) {
		ctx := context.Background()
		s, err := sqlite.Open(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		var unique []string
		s.Events(ctx, dyad.Filter{}, func(e *dyad.Event) error { events++; return nil })
		s.Events(ctx, dyad.Filter{Unique: true}, func(e *dyad.Event) error {
			unique = append(unique, fmt.Sprintf("%s:%d", e.ID, e.Mentions))
			return nil
		})
		series, err := s.Series(ctx, dyad.SeriesQuery{Period: "year"})
		if err != nil {
			t.Fatal(err)
		}
		rolled := 0
		for _, b := range series {
			rolled += b.Events
		}
		found := 0
		s.Events(ctx, dyad.Filter{Text: "sanctions"}, func(e *dyad.Event) error { found++; return nil })
		return events, fmt.Sprintf("%d events, %d unique, %d rolled up, %d about sanctions; clusters %s",
			events, len(unique), rolled, found, strings.Join(unique, ","))
	}
	// the reference: an uninterrupted run
	ref := filepath.Join(dir, "ref.db")
	if out, err := child(ref).CombinedOutput(); err != nil {
		t.Fatalf("reference run: %v\n%s", err, out)
	}
	want, wantSum := summary(ref)
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
			cmd := child(db, tt.flags...)
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			deadline := time.Now().Add(30 * time.Second)
			for {
				time.Sleep(100 * time.Millisecond)
				if st, err := os.Stat(db + "-wal"); err == nil && st.Size() > 1<<20 || time.Now().After(deadline) {
					break
				}
			}
			cmd.Process.Signal(syscall.SIGKILL)
			cmd.Wait()
			partial, _ := summary(db)
			if partial == 0 || partial >= want {
				t.Logf("killed run had stored %d of %d events (the kill came early or late)", partial, want)
			}
			if out, err := child(db, tt.flags...).CombinedOutput(); err != nil {
				t.Fatalf("rerun: %v\n%s", err, out)
			}
			if got, sum := summary(db); sum != wantSum {
				t.Errorf("after the kill and a rerun: %.200s\nwant %.200s (no loss, no duplicates)", sum, wantSum)
			} else {
				t.Logf("killed after %d of %d events; rerun completed", partial, got)
			}
		})
	}
}
