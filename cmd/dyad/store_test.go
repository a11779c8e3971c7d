package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Ingest, query and export through the CLI, as a user would.
func TestIngestQueryExport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "dyad.db")
	docs := filepath.Join(dir, "news")
	os.MkdirAll(docs, 0o755)
	write(t, docs, "a.txt", []byte("Vladimir Putin visited Pyongyang on Wednesday. Russia signed a treaty with North Korea."))
	write(t, docs, "b.jsonl", []byte(`{"id":"b1","date":"2024-03-29","text":"Russia vetoed a resolution at the UN Security Council."}
{"id":"b2","date":"2024-03-30","text":"Japan condemned North Korea."}
`))
	_, errs, code := run(t, "", "ingest", "--db", db, "--date", "2024-06-20", docs)
	if code != 0 || !strings.Contains(errs, "added 3 documents and 6 events") {
		t.Fatalf("ingest: exit %d\n%s", code, errs)
	}
	// again: nothing new
	_, errs, _ = run(t, "", "ingest", "--db", db, "--date", "2024-06-20", docs)
	if !strings.Contains(errs, "added 0 documents and 0 events") {
		t.Errorf("a second ingest added something:\n%s", errs)
	}
	out, _, code := run(t, "", "query", "--db", db, "--source", "RUS", "--target", "PRK", "--format", "csv")
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(recs) != 3 { // header, visit, treaty
		t.Fatalf("query RUS->PRK: exit %d, %d rows (%v):\n%s", code, len(recs), err, out)
	}
	out, _, _ = run(t, "", "query", "--db", db, "--text", "vetoed", "--format", "jsonl")
	if strings.Count(out, "\n") != 1 || !strings.Contains(out, `"code":"129"`) {
		t.Errorf("query --text vetoed:\n%s", out)
	}
	out, _, _ = run(t, "", "query", "--db", db, "--from", "2024-06", "--code", "04")
	if strings.Count(out, "\n") != 2 || !strings.Contains(out, `"042"`) || !strings.Contains(out, `"043"`) { // the visit and its host
		t.Errorf("query --from 2024-06 --code 04:\n%s", out)
	}
	// the same visit reported by another document is one event with two mentions
	write(t, docs, "c.jsonl", []byte(`{"id":"c1","date":"2024-06-20","text":"President Putin visited North Korea on Wednesday."}`+"\n"))
	run(t, "", "ingest", "--db", db, "--date", "2024-06-20", docs)
	out, _, _ = run(t, "", "query", "--db", db, "--unique", "--code", "042", "--format", "jsonl")
	if strings.Count(out, "\n") != 1 || !strings.Contains(out, `"mentions":2`) {
		t.Errorf("query --unique: want one visit with 2 mentions:\n%s", out)
	}
	out, _, _ = run(t, "", "export", "--db", db, "--format", "gdelt")
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if n := strings.Count(line, "\t") + 1; n != 61 {
			t.Fatalf("gdelt export row has %d columns", n)
		}
	}
	// the export imports again as the same number of events
	write(t, dir, "export.csv", []byte(out))
	db2 := filepath.Join(dir, "again.db")
	if _, errs, code := run(t, "", "ingest", "--db", db2, filepath.Join(dir, "export.csv")); code != 0 || !strings.Contains(errs, "added 0 documents and 8 events") {
		t.Errorf("re-importing the GDELT export: exit %d\n%s", code, errs)
	}
	if _, errs, code := run(t, "", "query", "--db", db, "--quad", "7"); code != 2 || !strings.Contains(errs, "--quad") {
		t.Errorf("a bad --quad: exit %d, %q", code, errs)
	}
}

// The acceptance counts: GDELT 2.0 and 1.0 samples and the ICEWS sample.
func TestIngestPrecoded(t *testing.T) {
	data := "../../../shared/data/"
	if _, err := os.Stat(data); err != nil {
		t.Skip("../shared/data is absent (a fresh clone): skipping the GDELT and ICEWS imports")
	}
	for file, want := range map[string]string{
		"gdelt/20191024143000.export.CSV":         "2111 gdelt events read, 0 documents and 2111 events added",
		"gdelt/gdelt1_events_sample_20160728.tsv": "710 gdelt events read, 0 documents and 710 events added",
		"icews/events.2018.sample.tab":            "3705 icews events read, 0 documents and 3705 events added",
	} {
		db := filepath.Join(t.TempDir(), "dyad.db")
		_, errs, code := run(t, "", "ingest", "--db", db, data+file)
		if code != 0 || !strings.Contains(errs, want) {
			t.Errorf("%s: exit %d, want %q in\n%s", file, code, want, errs)
		}
	}
}
