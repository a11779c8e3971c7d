package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/ingest"
)

// scopeStore ingests, as a user would, hand-built events written as a GDELT
// export (international, domestic and one without a target) and a report
// the coder reads as a shipment from North Korea to Russia.
func scopeStore(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	a := func(code, country string) *dyad.Actor {
		return &dyad.Actor{Code: dyad.ActorCode(code), Country: country}
	}
	var gdelt bytes.Buffer
	for i, e := range []struct {
		day      string
		src, tgt *dyad.Actor
		code     dyad.EventCode
		g        float64
	}{
		// three of each, days apart, so that each is an event of its own
		{"2024-06-01", a("RUSGOV", "RUS"), a("PRKGOV", "PRK"), "057", 8},
		{"2024-06-10", a("RUSGOV", "RUS"), a("PRKGOV", "PRK"), "057", 8},
		{"2024-06-20", a("RUSGOV", "RUS"), a("PRKGOV", "PRK"), "057", 8},
		{"2024-06-02", a("NGAMIL", "NGA"), a("NGAREB", "NGA"), "190", -10},
		{"2024-06-12", a("NGAMIL", "NGA"), a("NGAREB", "NGA"), "190", -10},
		{"2024-06-22", a("NGAMIL", "NGA"), a("NGAREB", "NGA"), "190", -10},
		{"2024-06-03", a("GEOCOP", "GEO"), a("GEOCVL", "GEO"), "173", -5},
		{"2024-06-04", a("NGAGOV", "NGA"), nil, "010", 0},
	} {
		ev := dyad.Event{ID: fmt.Sprintf("gdelt-%d", i+1), Doc: "https://example.org/" + e.day, Date: e.day, Source: e.src, Target: e.tgt,
			Action: dyad.Action{Code: e.code, Root: e.code.Root(), Quad: e.code.Quad(), Goldstein: e.g}}
		if err := ingest.WriteGDELT(&gdelt, &ev); err != nil {
			t.Fatal(err)
		}
	}
	write(t, dir, "events.csv", gdelt.Bytes())
	write(t, dir, "news.jsonl", []byte(`{"id":"ship","date":"2024-06-21","text":"North Korea shipped 500 containers of artillery shells to Russia."}`+"\n"))
	db := filepath.Join(dir, "scope.db")
	if _, errs, code := run(t, "", "ingest", "--db", db, dir); code != 0 || !strings.Contains(errs, "8 gdelt events read") {
		t.Fatalf("ingest: exit %d\n%s", code, errs)
	}
	return db
}

// events runs a command that writes JSON Lines of events and returns each
// event as SOURCE TARGET CODE, sorted.
func events(t *testing.T, args ...string) []string {
	t.Helper()
	out, errs, code := run(t, "", args...)
	if code != 0 {
		t.Fatalf("%v: exit %d %s", args, code, errs)
	}
	var got []string
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var e dyad.Event
		if err := dec.Decode(&e); err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		got = append(got, e.String())
	}
	slices.Sort(got)
	return got
}

func TestScope(t *testing.T) {
	db := scopeStore(t)
	domestic := []string{"GEOCOP GEOCVL 173", "NGAMIL NGAREB 190", "NGAMIL NGAREB 190", "NGAMIL NGAREB 190"}
	for _, tt := range []struct {
		args []string
		want []string
	}{
		{[]string{"query", "--scope", "domestic"}, domestic},
		{[]string{"export", "--format", "jsonl", "--scope", "domestic"}, domestic},
		{[]string{"query", "--scope", "domestic", "--source", "NGA", "--unique"}, domestic[1:]},
		{[]string{"query", "--scope", "international", "--from", "2024-06-01", "--to", "2024-06-20"},
			[]string{"RUSGOV PRKGOV 057", "RUSGOV PRKGOV 057", "RUSGOV PRKGOV 057"}},
		{[]string{"query", "--actor", "NGA"}, append([]string{"NGAGOV - 010"}, domestic[1:]...)},
		{[]string{"query", "--actor", "NGA", "--scope", "all"}, append([]string{"NGAGOV - 010"}, domestic[1:]...)},
		{[]string{"query", "--actor", "NGA", "--scope", "international"}, nil},
	} {
		got := events(t, append(tt.args, "--db", db, "--format", "jsonl")...)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%v:\n%q\nwant\n%q", tt.args, got, tt.want)
		}
	}
	// every event the coder read from the report is international
	if ship := events(t, "query", "--db", db, "--doc", "ship", "--scope", "international", "--format", "jsonl"); len(ship) == 0 ||
		!slices.Equal(ship, events(t, "query", "--db", db, "--doc", "ship", "--format", "jsonl")) {
		t.Errorf("the shipment's events, international: %q", ship)
	}

	// series: Nigeria's events, by scope
	for scope, want := range map[string]string{"all": "2024,4,1,0,0,3,-30,", "domestic": "2024,3,0,0,0,3,-30,", "international": ""} {
		out, errs, code := run(t, "", "dyad", "--db", db, "--source", "NGA", "--period", "year", "--scope", scope, "--format", "csv")
		if code != 0 || want != "" && !strings.Contains(out, "\n"+want) || want == "" && strings.Count(out, "\n") != 1 {
			t.Errorf("dyad NGA, scope %s: exit %d %s\n%s", scope, code, errs, out)
		}
	}
	// changes: June by day; the rates before and after the change point
	// account for the scope's events and no others
	for scope, want := range map[string]float64{"all": 4, "domestic": 3} {
		out, errs, code := run(t, "", "changes", "--db", db, "--source", "NGA", "--period", "day", "--from", "2024-06-01",
			"--to", "2024-06-30", "--permutations", "9", "--scope", scope)
		var k int
		var before, after float64
		_, err := fmt.Sscanf(out[strings.Index(out, "(k = "):], "(k = %d)\nrate before: %f\nrate after: %f", &k, &before, &after)
		if n := before*float64(k) + after*float64(30-k); code != 0 || err != nil || math.Abs(n-want) > 0.01 {
			t.Errorf("changes NGA, scope %s: %g events (%v), want %g: exit %d %s\n%s", scope, n, err, want, code, errs, out)
		}
	}

	// flows: the shipment is international
	for scope, want := range map[string]int{"all": 1, "international": 1, "domestic": 0} {
		out, errs, code := run(t, "", "flows", "--db", db, "--format", "jsonl", "--scope", scope)
		if code != 0 || strings.Count(out, "\n") != want || want > 0 && !strings.Contains(out, `"source":"PRK","target":"RUS"`) {
			t.Errorf("flows, scope %s: exit %d %s\n%s", scope, code, errs, out)
		}
	}

	// the network is between countries: Nigeria's army and rebels make no
	// self-tie, the statement without a target no tie at all
	out, errs, code := run(t, "", "network", "--db", db, "--from", "2024", "--to", "2024", "--ties")
	if code != 0 || !strings.Contains(out, "tie: PRK RUS +1 (") || strings.Count(out, "tie: ") != 1 || !strings.Contains(out, "nodes: 2\n") {
		t.Errorf("network: exit %d %s\n%s", code, errs, out)
	}

	for _, args := range [][]string{{"query"}, {"export"}, {"flows"}, {"dyad", "--source", "NGA"}, {"changes", "--source", "NGA"}} {
		if _, errs, code := run(t, "", append(args, "--db", db, "--scope", "national")...); code != 2 || !strings.Contains(errs, `--scope "national": want all, international or domestic`) {
			t.Errorf("%v --scope national: exit %d %q", args, code, errs)
		}
	}
}
