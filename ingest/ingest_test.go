package ingest

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/lexicon"
)

func shared(t *testing.T, path string) *os.File {
	t.Helper()
	f, err := os.Open("../../shared/data/" + path)
	if err != nil {
		t.Skipf("../shared/data/%s is absent (a fresh clone): skipping", path)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// GDELT 2.0: every one of the 2,111 rows, with the file's quad class and
// Goldstein value.
func TestReadGDELT2(t *testing.T) {
	f := shared(t, "gdelt/20191024143000.export.CSV")
	raw, _ := os.ReadFile(f.Name())
	var evs []dyad.Event
	n, err := ReadGDELT(f.Name(), f, nil, func(e dyad.Event) { evs = append(evs, e) }, func(p *Problem) { t.Error(p) })
	if err != nil || n != 2111 || len(evs) != 2111 {
		t.Fatalf("read %d events (%v), want 2111", n, err)
	}
	for i, line := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		c := strings.Split(line, "\t")
		e := evs[i]
		g, _ := strconv.ParseFloat(c[30], 64)
		if e.ID != "gdelt-"+c[0] || string(e.Action.Code) != c[26] || e.Action.Goldstein != g || strconv.Itoa(e.Action.Quad) != c[29] {
			t.Fatalf("row %d: %+v differs from %v", i+1, e, c[:31])
		}
	}
}

// GDELT 1.0 in both its widths, and malformed rows reported by line.
func TestReadGDELT1(t *testing.T) {
	f := shared(t, "gdelt/gdelt1_events_sample_20160728.tsv")
	n, err := ReadGDELT(f.Name(), f, nil, func(dyad.Event) {}, func(p *Problem) { t.Error(p) })
	if err != nil || n != 710 {
		t.Fatalf("read %d (%v), want 710", n, err)
	}
	bad := "1\t20240101\n" + strings.Repeat("x\t", 60) + "x\n"
	var probs []string
	n, _ = ReadGDELT("bad.csv", strings.NewReader(bad), nil, func(dyad.Event) {}, func(p *Problem) { probs = append(probs, p.Error()) })
	if n != 0 || len(probs) != 2 || !strings.HasPrefix(probs[0], "bad.csv:1: 2 columns") || !strings.HasPrefix(probs[1], "bad.csv:2: SQLDATE") {
		t.Errorf("malformed rows: %d events, problems %q", n, probs)
	}
}

func TestReadICEWS(t *testing.T) {
	f := shared(t, "icews/events.2018.sample.tab")
	lx, _, err := lexicon.Load()
	if err != nil {
		t.Fatal(err)
	}
	var evs []dyad.Event
	n, err := ReadICEWS(f.Name(), f, lx.CountryCode, lx.Label, func(e dyad.Event) { evs = append(evs, e) }, func(p *Problem) { t.Error(p) })
	if err != nil || n != 3705 {
		t.Fatalf("read %d (%v), want 3705", n, err)
	}
	usaPrk, g := 0, 0.0
	for _, e := range evs {
		if e.Source.Key() == "USA" && e.Target.Key() == "PRK" {
			usaPrk++
			g += e.Action.Goldstein
		}
	}
	// the published check: United States -> North Korea, 181 events, Goldstein sum 497.0
	if usaPrk != 181 || g < 496.95 || g > 497.05 {
		t.Errorf("USA->PRK: %d events, Goldstein %.1f; want 181, 497.0", usaPrk, g)
	}
}

// Exporting in GDELT's format and reading it back gives the same events.
func TestGDELTRoundTrip(t *testing.T) {
	in := []dyad.Event{
		{ID: "gdelt-42", Doc: "https://example.org/a", Date: "2024-06-19",
			Source: &dyad.Actor{Code: "RUSGOV", Country: "RUS", Name: "RUSSIA"}, Target: &dyad.Actor{Code: "PRK", Country: "PRK", Name: "NORTH KOREA"},
			Action:   dyad.Action{Code: "042", Root: "04", Quad: 1, Goldstein: 1.9},
			Location: &dyad.Place{Name: "Pyongyang, North Korea", Lat: 39.03, Lon: 125.75, Role: "event"}},
		{ID: "gdelt-43", Doc: "https://example.org/b", Date: "2024-06-20",
			Source: &dyad.Actor{Code: "UKR", Country: "UKR", Name: "UKRAINE"},
			Action: dyad.Action{Code: "1411", Root: "14", Quad: 4, Goldstein: -6.5}},
	}
	var buf bytes.Buffer
	for i := range in {
		if err := WriteGDELT(&buf, &in[i]); err != nil {
			t.Fatal(err)
		}
	}
	var out []dyad.Event
	ReadGDELT("rt.csv", &buf, nil, func(e dyad.Event) { out = append(out, e) }, func(p *Problem) { t.Error(p) })
	if len(out) != 2 {
		t.Fatalf("read back %d events", len(out))
	}
	for i := range in {
		a, b := in[i], out[i]
		if a.ID != b.ID || a.Date != b.Date || a.Doc != b.Doc || a.Source.Code != b.Source.Code || a.Target.Key() != b.Target.Key() ||
			a.Action != b.Action || (a.Location == nil) != (b.Location == nil) {
			t.Errorf("event %d:\n in %+v\nout %+v", i, a, b)
		}
	}
}

// GDELT's daily files come zipped: the same rows read from inside a zip.
func TestReadGDELTZip(t *testing.T) {
	f := shared(t, "gdelt/20191024143000.export.CSV")
	raw, _ := os.ReadFile(f.Name())
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("20191024143000.export.CSV")
	w.Write(raw)
	zw.Close()
	kind, r := Detect("20191024143000.export.CSV.zip", &buf)
	if kind != KindGDELT {
		t.Fatalf("a GDELT zip detected as %s", kind)
	}
	n, err := ReadGDELT("20191024143000.export.CSV.zip", r, nil, func(dyad.Event) {}, func(p *Problem) { t.Error(p) })
	if err != nil || n != 2111 {
		t.Errorf("read %d events from the zip (%v), want 2111", n, err)
	}
}

// TestGDELTBadNumbers: a row whose GoldsteinScale is NaN or out of range is
// reported with its line and skipped; a NaN latitude drops the location, not
// the row; the rows after them are read.
func TestGDELTBadNumbers(t *testing.T) {
	ev := func(id string) *dyad.Event {
		return &dyad.Event{ID: "gdelt-" + id, Doc: "https://example.org/" + id, Date: "2024-06-19",
			Source: &dyad.Actor{Code: "RUS", Country: "RUS"}, Target: &dyad.Actor{Code: "PRK", Country: "PRK"},
			Action:   dyad.Action{Code: "042", Root: "04", Quad: 1, Goldstein: 1.9},
			Location: &dyad.Place{Name: "Pyongyang, North Korea", Lat: 39.03, Lon: 125.75, Role: "event"}}
	}
	row := func(e *dyad.Event, col int, v string) string {
		var b bytes.Buffer
		if err := WriteGDELT(&b, e); err != nil {
			t.Fatal(err)
		}
		f := strings.Split(strings.TrimRight(b.String(), "\n"), "\t")
		if col >= 0 {
			f[col] = v
		}
		return strings.Join(f, "\t") + "\n"
	}
	in := row(ev("1"), 30, "NaN") + row(ev("2"), 30, "+Inf") + row(ev("3"), 30, "55") + row(ev("4"), 56, "NaN") + row(ev("5"), -1, "")
	var got []string
	var problems []string
	ReadGDELT("bad.csv", strings.NewReader(in), nil, func(e dyad.Event) {
		got = append(got, fmt.Sprintf("%s %v", e.ID, e.Location != nil))
	}, func(p *Problem) { problems = append(problems, p.Error()) })
	if fmt.Sprint(got) != "[gdelt-4 false gdelt-5 true]" {
		t.Errorf("read %v, want gdelt-4 without a location and gdelt-5", got)
	}
	if len(problems) != 3 || !strings.Contains(problems[0], "bad.csv:1") || !strings.Contains(problems[2], "bad.csv:3") {
		t.Errorf("problems %q, want lines 1 to 3", problems)
	}
}

// TestJSONLEdges: a byte order mark does not cost the first record; a line
// with two JSON objects is reported, not half read.
func TestJSONLEdges(t *testing.T) {
	in := "\ufeff" + `{"id":"a","date":"2024-06-20","text":"Russia condemned Japan."}` + "\n" +
		`{"id":"b","text":"One."} {"id":"c","text":"Two."}` + "\n" +
		`{"id":"d","date":"2024-06-21","text":"Japan condemned Russia."}` + "\n"
	rd := &Reader{Name: "docs.jsonl", Format: "jsonl"}
	var ids []string
	var problems []string
	rd.Read(strings.NewReader(in), func(d dyad.Document) { ids = append(ids, d.ID) }, func(p *Problem) { problems = append(problems, p.Error()) })
	if fmt.Sprint(ids) != "[a d]" {
		t.Errorf("documents %v, want a and d", ids)
	}
	if len(problems) != 1 || !strings.Contains(problems[0], "docs.jsonl:2") || !strings.Contains(problems[0], "more than one") {
		t.Errorf("problems %q, want line 2's two values", problems)
	}
}
