package petrarch

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const suiteDir = "../../shared/data/petrarch"

// loadSuite loads the validation dictionaries and records, or skips.
func loadSuite(t testing.TB) (*Dict, []Record) {
	t.Helper()
	recPath := filepath.Join(suiteDir, "PETR.UnitTest.records.xml")
	f, err := os.Open(recPath)
	if err != nil {
		t.Skipf("PETRARCH validation suite not available (%v): it is read from ../shared, absent on a fresh clone", err)
	}
	defer f.Close()
	recs, err := ReadSuite(f)
	if err != nil {
		t.Fatal(err)
	}
	d, warns, err := Load(Files{
		Actors:   []string{filepath.Join(suiteDir, "PETR.Validate.actors.txt")},
		Agents:   filepath.Join(suiteDir, "PETR.Validate.agents.txt"),
		Verbs:    filepath.Join(suiteDir, "PETR.Validate.verbs.txt"),
		Discards: filepath.Join(suiteDir, "PETR.Validate.discards.txt"),
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range warns {
		t.Logf("warning: %v", w)
	}
	return d, recs
}

// minPassed is the suite's pass count when it was last measured (README):
// the test fails if a change makes the coder pass fewer records.
const minPassed = 257

func TestSuite(t *testing.T) {
	d, recs := loadSuite(t)
	if len(recs) != 284 {
		t.Fatalf("read %d records, want 284", len(recs))
	}
	sc := Validate(d, recs)
	var b strings.Builder
	sc.Report(&b, testing.Verbose())
	t.Log("\n" + b.String())
	if sc.Passed < minPassed {
		t.Errorf("records passed: %d/284, below the %d measured before", sc.Passed, minPassed)
	}
}

func TestPhoenixDictionaries(t *testing.T) {
	dir := "../../shared/data/phoenix"
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("PETRARCH-2 dictionaries not available (%v): read from ../shared", err)
	}
	d, warns, err := Load(Files{
		Actors:   []string{dir + "/Phoenix.Countries.actors.txt", dir + "/Phoenix.International.actors.txt", dir + "/Phoenix.MilNonState.actors.txt"},
		Agents:   dir + "/Phoenix.agents.txt",
		Verbs:    dir + "/CAMEO.2.0.txt",
		Discards: dir + "/Phoenix.discards.txt",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range warns {
		t.Logf("warning: %v", w)
	}
	if d.Stats.ActorPhrases < 30000 || d.Stats.Patterns < 4000 || d.Stats.AgentPhrases < 1000 {
		t.Errorf("loaded too little: %+v", d.Stats)
	}
	got := d.Code("Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on Wednesday.", "20240619", DefaultOptions())
	want := map[string]bool{}
	for _, e := range got.Events {
		want[e.Source+" "+e.Target+" "+e.Code] = true
	}
	t.Logf("events: %+v", got.Events)
	if len(got.Events) == 0 {
		t.Errorf("the Phoenix dictionaries coded nothing in a plain meeting sentence")
	}
}
