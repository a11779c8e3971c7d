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
// and a rerun completes the job without duplicates.
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
	child := func(db string) *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "DYAD_TEST_MAIN="+strings.Join([]string{"ingest", "--db", db, input}, "\x1f"))
		return cmd
	}
	count := func(db string) (events, docs int) {
		s, err := sqlite.Open(context.Background(), db)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		seen := map[string]bool{}
		s.Events(context.Background(), dyad.Filter{}, func(e *dyad.Event) error {
			events++
			seen[e.Doc] = true
			return nil
		})
		return events, len(seen)
	}
	// the reference: an uninterrupted run
	ref := filepath.Join(dir, "ref.db")
	if out, err := child(ref).CombinedOutput(); err != nil {
		t.Fatalf("reference run: %v\n%s", err, out)
	}
	want, _ := count(ref)
	// killed after its first commits, then run again
	db := filepath.Join(dir, "killed.db")
	cmd := child(db)
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
	partial, _ := count(db)
	if partial == 0 || partial >= want {
		t.Logf("killed run had stored %d of %d events (the kill came early or late)", partial, want)
	}
	if out, err := child(db).CombinedOutput(); err != nil {
		t.Fatalf("rerun: %v\n%s", err, out)
	}
	if got, _ := count(db); got != want {
		t.Errorf("after the kill and a rerun: %d events, want %d (no loss, no duplicates)", got, want)
	}
	t.Logf("killed after %d of %d events; rerun completed", partial, want)
}
