package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/measure"
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

// Alignments from signed edge lists and from stored events.
func TestNetwork(t *testing.T) {
	data := "../../../shared/data/analytics/"
	if _, err := os.Stat(data); err == nil {
		out, _, code := run(t, "", "network", "--signed-edges", data+"akr_wwi_alliances_1872_1918_manynet.csv", "--at", "1907")
		for _, want := range []string{"ties: 15\n", "triangles: 20\n", "+++: 2\n", "+--: 18\n", "balance ratio: 1\n", "frustration: 0\n",
			"blocs: {AUH, DEU, ITA} vs {FRA, GBR, RUS}"} {
			if code != 0 || !strings.Contains(out, want) {
				t.Errorf("AKR 1907: want %q in\n%s", want, out)
			}
		}
		out, _, _ = run(t, "", "network", "--signed-edges", data+"gahuku_gama_tribes_signed_signnet.csv")
		for _, want := range []string{"balance ratio: 0.8676471", "walk balance: 0.3575761", "frustration: 7\n", "normalised frustration: 0.7586207"} {
			if !strings.Contains(out, want) {
				t.Errorf("Gahuku-Gama: want %q in\n%s", want, out)
			}
		}
	} else {
		t.Log("../shared/data is absent (a fresh clone): skipping the published networks")
	}
	// from stored events: two blocs that cooperate inside and fight across
	dir := t.TempDir()
	db := filepath.Join(dir, "blocs.db")
	var sb strings.Builder
	for i, s := range []string{
		"The United States and Japan signed a defence pact.", "Japan and South Korea held joint military exercises.",
		"The United States and South Korea signed an agreement.", "Russia and China signed a treaty.",
		"China and North Korea held talks.", "Russia and North Korea signed a friendship treaty.",
		"North Korea fired missiles at Japan.", "China condemned the United States.", "Russia attacked Ukraine.",
	} {
		for k := 0; k < 3; k++ { // three reports on three days: three events
			fmt.Fprintf(&sb, "{\"id\":\"d%d-%d\",\"date\":\"2024-0%d-1%d\",\"text\":%q}\n", i, k, k+1, i%10, s)
		}
	}
	write(t, dir, "news.jsonl", []byte(sb.String()))
	if _, errs, code := run(t, "", "ingest", "--db", db, filepath.Join(dir, "news.jsonl")); code != 0 {
		t.Fatalf("ingest: %s", errs)
	}
	out, _, code := run(t, "", "network", "--db", db, "--from", "2024", "--to", "2024", "--threshold", "5", "--ties")
	if code != 0 || !strings.Contains(out, "blocs: {CHN, PRK, RUS} vs {JPN, KOR, UKR, USA}") || !strings.Contains(out, "+++: 2\n") || !strings.Contains(out, "frustration: 0") {
		t.Errorf("the two blocs from events:\n%s", out)
	}
}

// The worked example's flow: stored, then summed.
func TestFlowsSeed(t *testing.T) {
	seed, err := os.ReadFile("../../../shared/corpus/seed-article.txt")
	if err != nil {
		t.Skip("../shared/corpus is absent (a fresh clone): skipping the worked example")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "seed.db")
	path := write(t, dir, "seed-article.txt", seed)
	if _, errs, code := run(t, "", "ingest", "--db", db, "--date", "2024-11-15", path); code != 0 {
		t.Fatal(errs)
	}
	out, _, code := run(t, "", "flows", "--db", db, "--format", "jsonl")
	want := `{"period":"","source":"PRK","target":"RUS","item":"munitions","unit":"container","status":"delivered","value":16500,"events":1,"route":"Najin (sea) -> Vostochny (rail)","approximate":true}`
	if code != 0 || strings.TrimSpace(out) != want {
		t.Errorf("flows:\n%s\nwant\n%s", out, want)
	}
}

// Other evidence: arms transfers and alliances as ties, combined.
func TestNetworkEvidence(t *testing.T) {
	data := "../../../shared/data/analytics/"
	if _, err := os.Stat(data); err != nil {
		t.Skip("../shared/data is absent (a fresh clone): skipping the evidence")
	}
	out, errs, code := run(t, "", "network", "--sipri", data+"sipri_tiv_dyad_year_360info.csv", "--years", "2000-2020", "--ties")
	if code != 0 || !strings.Contains(out, "tie: RUS IND +1") || !strings.Contains(out, "tie: USA SAU +1") {
		t.Errorf("arms transfers: exit %d %s\n%.600s", code, errs, out)
	}
	out, _, code = run(t, "", "network", "--atop", data+"atop5_dyad_year_peacesciencer.csv", "--sipri", data+"sipri_tiv_dyad_year_360info.csv",
		"--years", "2010", "--ties")
	if code != 0 || !strings.Contains(out, "tie: JPN USA +1") {
		t.Errorf("alliances and arms combined: exit %d\n%.600s", code, out)
	}
	if _, errs, code := run(t, "", "network", "--sipri", data+"sipri_tiv_dyad_year_360info.csv"); code != 2 || !strings.Contains(errs, "--years") {
		t.Errorf("evidence without --years: exit %d %q", code, errs)
	}
}

// TestFlowsDemo: on the demo corpus, flows are only what moved: no
// ministers at a meeting, navies in a drill, missiles in a test or firms
// under sanctions; and the two running totals of North Korea's munitions
// shipments (6,700 containers since July 2023, 20,000 since September 2023)
// give the latest, 20,000, not their sum.
func TestFlowsDemo(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "demo.db")
	if _, errs, code := run(t, "", "ingest", "--db", db, "../../demo/corpus.jsonl"); code != 0 {
		t.Fatal(errs)
	}
	out, _, code := run(t, "", "flows", "--db", db, "--format", "jsonl")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var munitions []measure.Flow
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var f measure.Flow
		if err := json.Unmarshal([]byte(line), &f); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		for _, w := range []string{"minister", "navies", "navy", "firm", "compan", "surface", "official", "drill"} {
			if strings.Contains(f.Item, w) {
				t.Errorf("a flow of %q: %+v", f.Item, f)
			}
		}
		if f.Source == "PRK" && f.Target == "RUS" && f.Item == "munitions" {
			munitions = append(munitions, f)
		}
	}
	found := false
	for _, f := range munitions {
		if f.Status == dyad.FlowTotal {
			found = true
			if f.Value != 20000 {
				t.Errorf("running total of munitions %v, want the latest, 20000", f.Value)
			}
		}
	}
	if !found {
		t.Errorf("no running total of North Korea's munitions to Russia: %+v", munitions)
	}
}
