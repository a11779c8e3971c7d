package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/ingest"
	"github.com/dyadhq/dyad/internal/pgtest"
	"github.com/dyadhq/dyad/sqlite"
)

// signatures runs a command that writes JSON Lines of events and returns
// each as "doc sentence date SOURCE TARGET CODE confidence", sorted.
func signatures(t *testing.T, args ...string) []string {
	t.Helper()
	out, errs, code := run(t, "", args...)
	if code != 0 {
		t.Fatalf("%s: exit %d\n%s", strings.Join(args, " "), code, errs)
	}
	var sigs []string
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var e dyad.Event
		if err := dec.Decode(&e); err != nil {
			t.Fatalf("%s: %v", strings.Join(args, " "), err)
		}
		sigs = append(sigs, fmt.Sprintf("%s %d %s %s %.2f", strings.TrimSuffix(e.Doc, ".txt"), e.Sentence, e.Date, e.Triple(), e.Confidence))
	}
	slices.Sort(sigs)
	return sigs
}

// The analyst's store of issue 14, on SQLite and on PostgreSQL: text
// ingested without --date is dated and series work; ingested again with
// --date, or edited, a file replaces its document and never duplicates its
// events; recode with a new dictionary reports the change by CAMEO family;
// delete removes documents and their events; neither creates a store.
func TestAnalystStore(t *testing.T) {
	treaty, err := os.ReadFile("../../examples/treaty.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, backend := range []string{"sqlite", "postgres"} {
		t.Run(backend, func(t *testing.T) {
			dir := t.TempDir()
			t.Chdir(dir) // ids are paths as the user gives them
			db := filepath.Join(dir, "news.db")
			if backend == "postgres" {
				db = pgtest.DSN(t)
			}
			testAnalystStore(t, db, treaty)
		})
	}
}

func testAnalystStore(t *testing.T, db string, treaty []byte) {
	write(t, ".", "treaty.txt", treaty)
	write(t, ".", "horn.txt", []byte("Ethiopia accused Egypt of sabotage on Tuesday.\nEgypt condemned Ethiopia over the dam.\n"))
	mtime := time.Date(2024, 6, 18, 10, 0, 0, 0, time.Local)
	if err := os.Chtimes("horn.txt", mtime, mtime); err != nil {
		t.Fatal(err)
	}

	// without --date: every document dated, and said how
	_, errs, code := run(t, "", "ingest", "--db", db, "treaty.txt", "horn.txt")
	for _, want := range []string{"dyad: treaty.txt: no --date; dated 2024-06-19 from its text",
		"dyad: horn.txt: no --date and none in its text; dated 2024-06-18 from the file's modification time",
		"added 2 documents"} {
		if code != 0 || !strings.Contains(errs, want) {
			t.Errorf("ingest without --date: exit %d, want %q in\n%s", code, want, errs)
		}
	}
	for _, s := range signatures(t, "query", "--db", db, "--format", "jsonl") {
		if f := strings.Fields(s); dyad.FirstDay(f[2]) == "" {
			t.Errorf("stored without a date: %s", s)
		}
	}
	out, errs, code := run(t, "", "dyad", "--db", db, "--source", "ETH", "--target", "EGY")
	if code != 0 || !strings.Contains(out, "2024-06") {
		t.Errorf("dyad ETH EGY: exit %d\n%s%s", code, out, errs)
	}

	// again with --date: the two documents replaced, the events those that
	// coding the files with that date gives, once each
	_, errs, _ = run(t, "", "ingest", "--db", db, "--date", "2024-06-20", "treaty.txt", "horn.txt")
	for _, want := range []string{"replaced document treaty.txt", "replaced document horn.txt", "2 files: added 0 documents"} {
		if !strings.Contains(errs, want) {
			t.Errorf("ingest with --date: want %q in\n%s", want, errs)
		}
	}
	want := signatures(t, "code", "--date", "2024-06-20", "treaty.txt", "horn.txt")
	if got := signatures(t, "query", "--db", db, "--format", "jsonl"); !slices.Equal(got, want) {
		t.Errorf("after ingesting with --date, the store holds\n%s\nwant (once each)\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if _, errs, _ = run(t, "", "ingest", "--db", db, "--date", "2024-06-20", "treaty.txt", "horn.txt"); !strings.Contains(errs, "added 0 documents and 0 events, 2 unchanged") {
		t.Errorf("the same again: %s", errs)
	}

	// an edited file replaces its document
	write(t, ".", "horn.txt", []byte("Ethiopia accused Egypt of sabotage on Tuesday.\nEgypt praised Sudan.\n"))
	if _, errs, _ = run(t, "", "ingest", "--db", db, "--date", "2024-06-20", "horn.txt"); !strings.Contains(errs, "replaced document horn.txt") {
		t.Errorf("an edited horn.txt: %s", errs)
	}
	want = signatures(t, "code", "--date", "2024-06-20", "horn.txt")
	if got := signatures(t, "query", "--db", db, "--doc", "horn.txt", "--format", "jsonl"); !slices.Equal(got, want) || len(got) != 2 {
		t.Errorf("the edited horn.txt holds\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// recode with a dictionary that makes summoning an ambassador in protest coercion (172)
	os.Mkdir("dict", 0o755)
	write(t, "dict", "verbs.txt", []byte("172 summon $T in protest\n"))
	out, errs, code = run(t, "", "recode", "--db", db, "--dict", "dict")
	if code != 0 || !strings.Contains(out, "recoded 2 documents: 2 replaced, 0 unchanged") ||
		!strings.Contains(out, "events: 1 added, 1 removed, 15 unchanged") ||
		!regexp.MustCompile(`(?m)^11\s+DISAPPROVE\s+9\s+8\s+0\s+1$`).MatchString(out) ||
		!regexp.MustCompile(`(?m)^17\s+COERCE\s+0\s+1\s+1\s+0$`).MatchString(out) {
		t.Errorf("recode --dict: exit %d\n%s%s", code, out, errs)
	}
	if got := signatures(t, "query", "--db", db, "--code", "172", "--format", "jsonl"); len(got) != 1 || !strings.Contains(got[0], "KOR RUS 172") {
		t.Errorf("after recode, events of 172: %v", got)
	}
	if out, _, _ = run(t, "", "recode", "--db", db, "--dict", "dict", "--doc", "treaty.txt"); !strings.Contains(out, "recoded 1 documents: 0 replaced, 1 unchanged") {
		t.Errorf("recode of treaty.txt again: %s", out)
	}

	// delete: refused without a selection; by id; everything
	if _, errs, code = run(t, "", "delete", "--db", db); code != 2 {
		t.Errorf("delete without a selection: exit %d %s", code, errs)
	}
	if out, errs, code = run(t, "", "delete", "--db", db, "--doc", "horn.txt"); code != 0 || out != "deleted 1 documents and 2 events\n" {
		t.Errorf("delete horn.txt: exit %d %q %s", code, out, errs)
	}
	out, _, code = run(t, "", "dyad", "--db", db, "--source", "ETH", "--target", "EGY")
	if code != 0 || strings.Contains(out, "2024") {
		t.Errorf("ETH EGY after deleting horn.txt: exit %d\n%s", code, out)
	}
	if out, _, _ = run(t, "", "delete", "--db", db, "--all"); !strings.HasPrefix(out, "deleted 1 documents and 14 events") {
		t.Errorf("delete --all: %q", out)
	}
	if got := signatures(t, "query", "--db", db, "--format", "jsonl"); len(got) != 0 {
		t.Errorf("after delete --all: %v", got)
	}

	// neither creates a store
	if !strings.HasPrefix(db, "postgres") {
		for _, cmd := range [][]string{{"recode", "--db", "absent.db"}, {"delete", "--db", "absent.db", "--all"}} {
			if _, _, code := run(t, "", cmd...); code != 3 {
				t.Errorf("%s on a missing store: exit %d, want 3", cmd[0], code)
			}
		}
		if _, err := os.Stat("absent.db"); err == nil {
			t.Error("a command created absent.db")
		}
	}
}

// A store coded before documents were always dated holds events without a
// date: the series commands leave them out, say how many, and succeed.
func TestSeriesUnplaced(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "old.db")
	s, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	ev := func(id, date string) dyad.Event {
		return dyad.Event{ID: id, Doc: "horn", Date: date, Source: &dyad.Actor{Code: "ETH", Country: "ETH"},
			Target: &dyad.Actor{Code: "EGY", Country: "EGY"}, Action: dyad.Action{Code: "112", Root: "11", Quad: 3, Goldstein: -2}}
	}
	if _, err := s.Add(ctx, nil, []dyad.Event{ev("a", ""), ev("b", ""), ev("c", "2024-06-19")}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	out, errs, code := run(t, "", "dyad", "--db", db, "--source", "ETH", "--target", "EGY")
	if code != 0 || !strings.Contains(out, "2024-06") || errs != "dyad: 2 events have no date a period can place: left out\n" {
		t.Errorf("dyad ETH EGY: exit %d\n%s%s", code, out, errs)
	}
}

// A store ingested before files were identified by their paths holds a
// text file's document under a hash of its text: ingesting the file now
// replaces that copy rather than keeping both.
func TestFormerIDs(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := filepath.Join(dir, "old.db")
	text := "Ethiopia accused Egypt of sabotage on 18 June 2024."
	path := write(t, dir, "horn.txt", []byte(text))
	former := ingest.ContentID(&dyad.Document{Text: text})
	s, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	old := dyad.Event{ID: "old", Doc: former, Date: "2024-06-18", Source: &dyad.Actor{Code: "ETH", Country: "ETH"},
		Target: &dyad.Actor{Code: "EGY", Country: "EGY"}, Action: dyad.Action{Code: "112", Root: "11", Quad: 3}}
	if _, err := s.Add(ctx, []dyad.Document{{ID: former, Text: text}}, []dyad.Event{old}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, errs, code := run(t, "", "ingest", "--db", db, path)
	if code != 0 || !strings.Contains(errs, "replaced document "+former+", the same text stored under its former id") {
		t.Errorf("ingest: exit %d\n%s", code, errs)
	}
	sigs := signatures(t, "query", "--db", db, "--format", "jsonl")
	if len(sigs) == 0 {
		t.Error("nothing stored")
	}
	for _, sig := range sigs {
		if !strings.HasPrefix(sig, strings.TrimSuffix(path, ".txt")+" ") {
			t.Errorf("stored %s, want only the events of %s", sig, path)
		}
	}
}
