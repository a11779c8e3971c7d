package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The published checks, through the CLI: the ICEWS sample's dyads and the
// coal-mining change point.
func TestDyadAndChanges(t *testing.T) {
	data := "../../../shared/data/"
	if _, err := os.Stat(data); err != nil {
		t.Skip("../shared/data is absent (a fresh clone): skipping the ICEWS and coal-mining checks")
	}
	db := filepath.Join(t.TempDir(), "icews.db")
	if _, errs, code := run(t, "", "ingest", "--db", db, data+"icews/events.2018.sample.tab"); code != 0 {
		t.Fatalf("ingest: %s", errs)
	}
	// United States -> North Korea: 181 events, quads {1:176, 2:1, 3:4}, Goldstein sum 497.0
	out, errs, code := run(t, "", "dyad", "--db", db, "--source", "USA", "--target", "PRK", "--period", "year", "--format", "csv")
	if code != 0 || !strings.Contains(out, "2018,181,176,1,4,0,497,") {
		t.Errorf("USA->PRK: exit %d %s\n%s", code, errs, out)
	}
	// Russia -> North Korea: 42 events, Goldstein sum 76.1
	out, _, _ = run(t, "", "dyad", "--db", db, "--source", "RUS", "--target", "PRK", "--period", "year", "--format", "csv")
	if !strings.Contains(out, "2018,42,") || !strings.Contains(out, ",76.1,") {
		t.Errorf("RUS->PRK:\n%s", out)
	}
	// a complete daily panel: both days of the sample
	out, _, _ = run(t, "", "dyad", "--db", db, "--source", "usa", "--target", "prk", "--period", "day", "--format", "csv")
	if strings.Count(out, "\n") != 3 || !strings.Contains(out, "2018-06-01,108,") || !strings.Contains(out, "2018-06-02,73,") {
		t.Errorf("daily panel:\n%s", out)
	}
	out, _, code = run(t, "", "changes", "--series", data+"analytics/coal_mining_disasters_1851_1961.csv")
	for _, want := range []string{"poisson change after: 1891 (k = 41)", "rate before: 3.0976", "rate after: 0.9143"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("coal mining: want %q in\n%s", want, out)
		}
	}
}
