package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyadhq/dyad"
)

// run drives dyad end to end as a user would, returning stdout, stderr and
// the exit code.
func run(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func write(t *testing.T, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCodeExample(t *testing.T) {
	out, errs, code := run(t, "", "code", "--date", "2024-11-15", "../../examples/treaty.txt")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var evs []dyad.Event
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var e dyad.Event
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("bad record %q: %v", line, err)
		}
		evs = append(evs, e)
	}
	want := map[string]bool{"RUSGOV PRK 042": false, "RUS IGOUNOSEC 129": false}
	for _, e := range evs {
		if e.Doc != "treaty" {
			t.Errorf("doc id %q, want the file name without extension", e.Doc)
		}
		if _, ok := want[e.String()]; ok {
			want[e.String()] = true
		}
	}
	for k, ok := range want {
		if !ok {
			t.Errorf("no %s event in %d events", k, len(evs))
		}
	}
}

func TestCodeTSVAndStdin(t *testing.T) {
	out, _, code := run(t, "Russia vetoed the resolution at the UN Security Council on Monday.", "code", "--format", "tsv", "--date", "2024-03-28")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 2 || !strings.HasPrefix(lines[0], "id\tdoc\tsentence\tdate") {
		t.Fatalf("exit %d, output %q", code, out)
	}
	if f := strings.Split(lines[1], "\t"); f[4] != "RUS" || f[7] != "IGOUNOSEC" || f[10] != "129" || f[3] != "2024-03-25" {
		t.Errorf("row %q", lines[1])
	}
}

// Bad input: each problem is reported with its file (and line), everything
// else is still coded, and the exit status is non-zero only when nothing at
// all could be read.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.txt", []byte("China condemned Japan on Tuesday."))
	invalid := write(t, dir, "latin1.txt", []byte("Fran\xe7a said that.\nChina condemned Japan."))
	binary := write(t, dir, "image.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	empty := write(t, dir, "empty.txt", nil)
	docs := write(t, dir, "docs.jsonl", []byte(`{"id":"a","date":"2024-01-02","text":"Iran criticized Israel."}
{"id":"b","date":"2024-01-02","text":
{"id":"c","date":"2024-01-02","text":"Japan praised South Korea."}
`))
	out, errs, code := run(t, "", "code", "--date", "2024-01-02", good, invalid, binary, empty, docs, filepath.Join(dir, "missing.txt"))
	if code != 0 {
		t.Errorf("exit %d with readable files among the bad ones", code)
	}
	for _, want := range []string{"latin1.txt:1: invalid UTF-8", "image.txt: binary file", "empty.txt: empty file",
		"docs.jsonl:2: malformed JSON", "missing.txt"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	for _, want := range []string{`"doc":"good"`, `"doc":"latin1"`, `"doc":"a"`, `"doc":"c"`} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks an event of %s", want)
		}
	}
	if _, _, code := run(t, "", "code", binary, empty); code == 0 {
		t.Error("exit 0 when nothing could be read")
	}
	if _, errs, code := run(t, "", "code", "--date", "15/11/2024", good); code != 2 || !strings.Contains(errs, "--date") {
		t.Errorf("a bad --date: exit %d, %q", code, errs)
	}
}

// A 50 MB line with no sentence break is coded in bounded time and memory.
func TestHugeLine(t *testing.T) {
	dir := t.TempDir()
	chunk := "Russian troops shelled Ukrainian positions near Kharkiv while officials in Kyiv condemned Moscow and "
	big := write(t, dir, "big.txt", []byte(strings.Repeat(chunk, 50<<20/len(chunk))))
	small := write(t, dir, "small.txt", []byte(chunk+"left."))
	start := time.Now()
	out, errs, code := run(t, "", "code", "--format", "tsv", "--date", "2024-05-01", big, small)
	if code != 0 || !strings.Contains(errs, "big.txt: file over 4 MiB, the bound on a document: skipped") {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if !strings.Contains(out, "UKR") {
		t.Errorf("the file after the huge one was not coded:\n%s", out)
	}
	// coding 50 MB took 2.65 GB: refusing it must be quick
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("refusing a 50 MB line took %v", d)
	}
}

// TestCodeDevZero: an endless binary stream is refused from its first
// bytes.
func TestCodeDevZero(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero on this system")
	}
	_, errs, code := run(t, "", "code", "/dev/zero")
	if code != 2 || !strings.Contains(errs, "/dev/zero: binary file") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

func TestEval(t *testing.T) {
	dir := t.TempDir()
	gold := write(t, dir, "gold.jsonl", []byte(`{"id":"v","date":"2024-06-20","text":"Vladimir Putin visited Pyongyang on Wednesday.","events":[{"source":"RUS","target":"PRK","code":"042"},{"source":"PRK","target":"RUS","code":"043"}]}
{"id":"n","date":"2024-06-20","text":"Russia did not sign the accord with Ukraine.","events":[]}
{"id":"m","date":"2024-06-20","text":"China criticized Japan.","events":[{"source":"CHN","target":"JPN","code":"111"},{"source":"CHN","target":"KOR","code":"111"}]}
`))
	out, _, code := run(t, "", "eval", gold)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, out)
	}
	for _, want := range []string{"precision 1.000  recall 0.750", "(TP 3, FP 0, FN 1)", "miss   m", "CHN KOR 11"} {
		if !strings.Contains(out, want) {
			t.Errorf("eval output lacks %q:\n%s", want, out)
		}
	}
}

// Several gold files end with their total: the sums of their counts (the
// hits, extras and misses of both files, not a mean of their scores), and
// the attributes of both; one file has no total.
func TestEvalTotal(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a.jsonl", []byte(`{"id":"v","date":"2024-06-20","text":"Vladimir Putin visited Pyongyang on Wednesday.","events":[{"source":"RUS","target":"PRK","code":"042","when":"2024-06-19"}]}
`))
	b := write(t, dir, "b.jsonl", []byte(`{"id":"m","date":"2024-06-20","text":"Russia did not sign the accord with Ukraine.","events":[{"source":"RUS","target":"UKR","code":"057","when":"2024-06-20"}]}
{"id":"n","date":"2024-06-20","text":"China criticized Japan on Tuesday.","events":[{"source":"CHN","target":"JPN","code":"111","when":"2024-06-18"}]}
`))
	out, _, code := run(t, "", "eval", "--brief", a, b)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, out)
	}
	total, ok := strings.CutPrefix(out[strings.Index(out, "== total"):], "== total over the 2 dyad gold files\n")
	if !ok {
		t.Fatalf("no total after the files:\n%s", out)
	}
	for _, want := range []string{"(3 records)", "(TP 2, FP 1, FN 1)", "right 2/3"} {
		if !strings.Contains(total, want) {
			t.Errorf("total lacks %q:\n%s", want, total)
		}
	}
	if one, _, _ := run(t, "", "eval", "--brief", a); strings.Contains(one, "== total") {
		t.Errorf("one file has a total:\n%s", one)
	}
}

func TestEvalPlover(t *testing.T) {
	const path = "../../../shared/data/plover/PLOVER_GSR_CAMEO.txt"
	if _, err := os.Stat(path); err != nil {
		t.Skip("../shared/data is absent (a fresh clone): skipping the PLOVER evaluation")
	}
	out, _, code := run(t, "", "eval", "--brief", path)
	if code != 0 || !strings.Contains(out, "(322 records)") || !strings.Contains(out, "precision") {
		t.Fatalf("exit %d: %s", code, out)
	}
	t.Log(out)
}

func TestEvalCoped(t *testing.T) {
	dir := t.TempDir()
	gold := write(t, dir, "coped.jsonl", []byte(`# recognised by its records' shape, after a comment
{"id":"v","date":"2024-06-20","text":"Vladimir Putin praised Pyongyang on Wednesday.","class":"verbal_cooperation","events":[{"source":"RUS","target":"PRK","roots":["03","04","05"],"optional":false}],"spans":[{"role":"S","text":"Vladimir Putin"},{"role":"T","text":"Pyongyang"}]}
{"id":"q","date":"2024-06-20","text":"Nobody knew what the weather would bring.","class":"statement","events":[{"source":"*","target":"*","roots":["01","02"],"optional":false}],"spans":[]}
{"id":"c","date":"2024-06-20","text":"China criticized Japan.","class":"verbal_conflict","events":[{"source":"CHN","target":"KOR","roots":["09","10","11","12","13","16"],"optional":false}],"spans":[{"role":"S","text":"China"},{"role":"T","text":"Korea"}]}
`))
	out, errs, code := run(t, "", "eval", gold)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q: %s", code, errs, out)
	}
	for _, want := range []string{
		"Multi-CoPED, all records: source, target, CAMEO class roots (3 records)\n  precision 0.500  recall 0.333  F1 0.400  (TP 1, FP 1, FN 2)",
		"Multi-CoPED, both parties known: source, target, CAMEO class roots (2 records)\n  precision 0.500  recall 0.500  F1 0.500  (TP 1, FP 1, FN 1)",
		"miss   c                            CHN KOR verbal_conflict\n         China criticized Japan.\n         marked: S \"China\" T \"Korea\"",
		"extra  c                            CHN JPN 11",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("eval output lacks %q:\n%s", want, out)
		}
	}
}

func TestEvalCopedDev(t *testing.T) {
	const path = "../../../shared/data/conflibert/dev.jsonl"
	if _, err := os.Stat(path); err != nil {
		t.Skip("../shared/data is absent (a fresh clone): skipping the Multi-CoPED dev set")
	}
	out, errs, code := run(t, "", "eval", "--brief", path)
	if code != 0 || errs != "" || !strings.Contains(out, "all records: source, target, CAMEO class roots (672 records)") ||
		!strings.Contains(out, "both parties known: source, target, CAMEO class roots (278 records)") {
		t.Fatalf("exit %d, stderr %q: %s", code, errs, out)
	}
	t.Log(out)
}

func TestGeoJSON(t *testing.T) {
	in := "Kim Jong-un visited Vladivostok on Tuesday. North Korea shipped 500 containers of artillery shells to Russia by sea from Najin to Vostochny."
	out, errs, code := run(t, in, "code", "--format", "geojson", "--date", "2023-09-15")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var fc struct {
		Type     string `json:"type"`
		Features []struct {
			Geometry struct {
				Type        string          `json:"type"`
				Coordinates json.RawMessage `json:"coordinates"`
			} `json:"geometry"`
			Properties map[string]any `json:"properties"`
		} `json:"features"`
	}
	if err := json.Unmarshal([]byte(out), &fc); err != nil || fc.Type != "FeatureCollection" {
		t.Fatalf("not GeoJSON (%v): %s", err, out)
	}
	kinds := map[string]int{}
	for _, f := range fc.Features {
		kinds[f.Geometry.Type]++
		if f.Geometry.Type == "LineString" && f.Properties["quantity"] != 500.0 {
			t.Errorf("route properties %v, want the 500-container quantity", f.Properties)
		}
	}
	if kinds["Point"] < 1 || kinds["LineString"] != 1 {
		t.Errorf("features %v, want points and one route line:\n%s", kinds, out)
	}
	if out, _, _ := run(t, "Nothing happened.", "code", "--format", "geojson"); !json.Valid([]byte(out)) {
		t.Errorf("an empty collection is not valid JSON: %q", out)
	}
}
