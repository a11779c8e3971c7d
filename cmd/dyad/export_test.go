package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go" // an independent reader of the export

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/ingest"
)

// exportStore stores the team's reports (testdata/records.jsonl: documents
// with URLs and sources; quantities, places at sea, routes, events without
// a target), the example report, whose visit testdata reports again, and an
// imported GDELT event whose document is its URL.
func exportStore(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"../../examples/treaty.txt", "testdata/records.jsonl"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		write(t, dir, filepath.Base(f), b)
	}
	var gdelt bytes.Buffer
	e := dyad.Event{ID: "gdelt-7", Doc: "https://example.org/gdelt-7", Date: "2024-06-04",
		Source: &dyad.Actor{Code: "CHN", Country: "CHN"}, Action: dyad.Action{Code: "150", Root: "15", Quad: 4, Goldstein: -7.2}}
	if err := ingest.WriteGDELT(&gdelt, &e); err != nil {
		t.Fatal(err)
	}
	write(t, dir, "events.csv", gdelt.Bytes())
	db := filepath.Join(t.TempDir(), "dyad.db")
	if _, errs, code := run(t, "", "ingest", "--db", db, "--date", "2024-06-20", dir); code != 0 {
		t.Fatalf("ingest: exit %d\n%s", code, errs)
	}
	return db
}

// csvRows reads CSV (or TSV) with a header into one map a row.
func csvRows(t *testing.T, data string, comma rune) []map[string]string {
	t.Helper()
	r := csv.NewReader(strings.NewReader(data))
	r.Comma, r.LazyQuotes = comma, true
	recs, err := r.ReadAll()
	if err != nil || len(recs) < 2 {
		t.Fatalf("%d rows, %v:\n%s", len(recs), err, data)
	}
	var rows []map[string]string
	for _, rec := range recs[1:] {
		m := map[string]string{}
		for i, h := range recs[0] {
			m[h] = rec[i]
		}
		rows = append(rows, m)
	}
	return rows
}

// rowOf returns the first row of a document.
func rowOf(t *testing.T, rows []map[string]string, doc string) map[string]string {
	t.Helper()
	for _, r := range rows {
		if r["doc"] == doc {
			return r
		}
	}
	t.Fatalf("no row of %s", doc)
	return nil
}

// The flat exports carry the place, the quantity, the mentions and the
// document's URL and source, empty where the record has none.
func TestExportCSV(t *testing.T) {
	db := exportStore(t)
	out, errs, code := run(t, "", "export", "--db", db, "--format", "csv")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	header, _, _ := strings.Cut(out, "\n")
	if want := "day,place,place_country,lat,lon,quantity,unit,item,mentions,doc_url,doc_source"; !strings.HasSuffix(header, ","+want) ||
		!strings.HasPrefix(header, "id,doc,sentence,date,source_code,") {
		t.Errorf("header %q, want the old columns, then %s", header, want)
	}
	rows := csvRows(t, out, ',')
	for _, tc := range []struct {
		doc  string
		want map[string]string
	}{
		{"grain", map[string]string{"place": "Alexandria", "place_country": "EGY", "lat": "31.2001", "lon": "29.9187",
			"quantity": "100000", "unit": "t", "item": "grain", "mentions": "", "doc_url": "https://news.example.org/grain",
			"doc_source": "Example Wire", "day": "2024-05-01", "target_code": "EGY"}},
		{"launch", map[string]string{"target_code": "", "target_country": "", "target_text": "", "place": "Sea of Japan",
			"place_country": "", "lat": "40", "lon": "135", "quantity": "", "doc_url": "", "doc_source": "Example Daily"}},
		{"aid", map[string]string{"place": "", "lat": "", "lon": "", "quantity": "12000000000", "unit": "JPY", "item": "",
			"date": "2024-W14", "day": "2024-04-01"}},
		{"https://example.org/gdelt-7", map[string]string{"doc_url": "https://example.org/gdelt-7", "doc_source": "",
			"text": "", "source_code": "CHN", "target_code": ""}},
	} {
		r := rowOf(t, rows, tc.doc)
		for col, want := range tc.want {
			if got, ok := r[col]; !ok || got != want {
				t.Errorf("%s: %s = %q, want %q", tc.doc, col, got, want)
			}
		}
	}
	// query writes the same columns; unique events count their reports
	out, _, _ = run(t, "", "query", "--db", db, "--unique", "--code", "042", "--format", "csv")
	if rows := csvRows(t, out, ','); len(rows) != 1 || rows[0]["mentions"] != "2" || rows[0]["place_country"] != "PRK" {
		t.Errorf("the visit reported twice: want one row with mentions 2, place country PRK:\n%s", out)
	}
	// code writes them as TSV, with the URL and source of the document coded
	out, _, _ = run(t, "", "code", "--format", "tsv", "testdata/records.jsonl")
	if r := rowOf(t, csvRows(t, out, '\t'), "shells"); r["doc_url"] != "https://news.example.org/shells" ||
		r["unit"] != "container" || r["quantity"] != "5000" {
		t.Errorf("code --format tsv: %v", r)
	}
}

// parquetRow is how a Parquet reader sees a row of the export: a pointer
// for every optional column, nil for null.
type parquetRow struct {
	ID            string   `parquet:"id"`
	Doc           string   `parquet:"doc"`
	Sentence      int32    `parquet:"sentence"`
	Date          string   `parquet:"date"`
	SourceCode    *string  `parquet:"source_code,optional"`
	SourceCountry *string  `parquet:"source_country,optional"`
	TargetCode    *string  `parquet:"target_code,optional"`
	TargetCountry *string  `parquet:"target_country,optional"`
	Code          string   `parquet:"code"`
	Quad          int32    `parquet:"quad"`
	Goldstein     float64  `parquet:"goldstein"`
	Confidence    float64  `parquet:"confidence"`
	Text          *string  `parquet:"text,optional"`
	Day           *string  `parquet:"day,optional"`
	Place         *string  `parquet:"place,optional"`
	PlaceCountry  *string  `parquet:"place_country,optional"`
	Lat           *float64 `parquet:"lat,optional"`
	Lon           *float64 `parquet:"lon,optional"`
	Quantity      *float64 `parquet:"quantity,optional"`
	Unit          *string  `parquet:"unit,optional"`
	Mentions      *int32   `parquet:"mentions,optional"`
	DocURL        *string  `parquet:"doc_url,optional"`
	DocSource     *string  `parquet:"doc_source,optional"`
}

// Parquet, read back by another implementation, holds what the JSON Lines
// export says, with nulls where the record has no value: an event without a
// place has a null latitude, not a point at 0,0.
func TestExportParquet(t *testing.T) {
	db := exportStore(t)
	file := filepath.Join(t.TempDir(), "events.parquet")
	if out, errs, code := run(t, "", "export", "--db", db, "--format", "parquet", "-o", file); code != 0 || out != "" {
		t.Fatalf("exit %d, stdout %d bytes\n%s", code, len(out), errs)
	}
	rows, err := parquet.ReadFile[parquetRow](file)
	if err != nil {
		t.Fatal(err)
	}
	out, _, _ := run(t, "", "export", "--db", db, "--format", "jsonl")
	dec := json.NewDecoder(strings.NewReader(out))
	str := func(s string) *string {
		if s == "" {
			return nil
		}
		return &s
	}
	num := func(ok bool, v float64) *float64 {
		if !ok {
			return nil
		}
		return &v
	}
	nulls := map[string]int{}
	for i, r := range rows {
		var e dyad.Event
		if err := dec.Decode(&e); err != nil {
			t.Fatalf("jsonl export, event %d: %v", i, err)
		}
		want := parquetRow{ID: e.ID, Doc: e.Doc, Sentence: int32(e.Sentence), Date: e.Date, Code: string(e.Action.Code),
			Quad: int32(e.Action.Quad), Goldstein: e.Action.Goldstein, Confidence: e.Confidence, Text: str(e.Text),
			Day: str(e.Day()), Lat: num(e.Location != nil, 0), Lon: num(e.Location != nil, 0),
			Quantity: num(e.Quantity != nil, 0)}
		if a := e.Source; a != nil {
			want.SourceCode, want.SourceCountry = str(string(a.Code)), str(a.Country)
		}
		if a := e.Target; a != nil {
			want.TargetCode, want.TargetCountry = str(string(a.Code)), str(a.Country)
		}
		if l := e.Location; l != nil {
			want.Place, want.PlaceCountry, *want.Lat, *want.Lon = str(l.Name), str(l.Country), l.Lat, l.Lon
		}
		if q := e.Quantity; q != nil {
			*want.Quantity, want.Unit = q.Value, str(q.Unit)
		}
		switch e.Doc {
		case "grain", "shells":
			want.DocURL, want.DocSource = str("https://news.example.org/"+e.Doc), str("Example Wire")
		case "visit":
			want.DocURL = str("https://news.example.org/visit")
		case "launch":
			want.DocSource = str("Example Daily")
		case "https://example.org/gdelt-7":
			want.DocURL = str(e.Doc)
		}
		if got, w := show(r), show(want); got != w {
			t.Errorf("row %d (%s):\n got %s\nwant %s", i, e.Doc, got, w)
		}
		for name, null := range map[string]bool{"target": r.TargetCode == nil, "lat": r.Lat == nil, "quantity": r.Quantity == nil,
			"mentions": r.Mentions == nil, "doc_url": r.DocURL == nil} {
			if null {
				nulls[name]++
			}
		}
	}
	if dec.More() || len(rows) < 10 {
		t.Errorf("%d parquet rows, fewer than the JSON Lines export's", len(rows))
	}
	if nulls["target"] == 0 || nulls["lat"] == 0 || nulls["quantity"] == 0 || nulls["doc_url"] == 0 || nulls["mentions"] != len(rows) {
		t.Errorf("nulls by column %v in %d rows: want some of each, and mentions null in all", nulls, len(rows))
	}
}

// show renders a row with its pointers followed.
func show(r parquetRow) string {
	b, _ := json.Marshal(r)
	return string(b)
}

// GDELT's geography columns take FIPS codes: a place's country goes out as
// FIPS and comes back, through ingest, as ISO.
func TestExportGDELTCountries(t *testing.T) {
	db := exportStore(t)
	out, _, code := run(t, "", "export", "--db", db, "--format", "gdelt")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	geo := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if f := strings.Split(line, "\t"); f[52] != "" {
			geo[f[52]] = f[53]
		}
	}
	for place, fips := range map[string]string{"Alexandria": "EG", "Pyongyang": "KN", "Sea of Japan": "", "Tbilisi": "GG"} {
		if got, ok := geo[place]; !ok || got != fips {
			t.Errorf("%s: ActionGeo_CountryCode %q, want %q", place, got, fips)
		}
	}
	dir := t.TempDir()
	write(t, dir, "export.csv", []byte(out))
	db2 := filepath.Join(dir, "again.db")
	if _, errs, code := run(t, "", "ingest", "--db", db2, filepath.Join(dir, "export.csv")); code != 0 {
		t.Fatalf("re-import: exit %d\n%s", code, errs)
	}
	out, _, _ = run(t, "", "export", "--db", db2, "--format", "jsonl")
	got := map[string]string{}
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var e dyad.Event
		if err := dec.Decode(&e); err != nil {
			t.Fatal(err)
		}
		if e.Location != nil {
			got[e.Location.Name] = e.Location.Country
		}
	}
	for place, iso := range map[string]string{"Alexandria": "EGY", "Pyongyang": "PRK", "Sea of Japan": "", "Tbilisi": "GEO"} {
		if c, ok := got[place]; !ok || c != iso {
			t.Errorf("%s read back with country %q, want %q", place, c, iso)
		}
	}
}

// -o writes to a file exactly what standard output would have had, for
// every format of export, query and code; a failed run leaves no file.
func TestOutputFile(t *testing.T) {
	db := exportStore(t)
	dir := t.TempDir()
	for _, args := range [][]string{
		{"export", "--db", db, "--format", "jsonl"}, {"export", "--db", db, "--format", "csv"},
		{"export", "--db", db, "--format", "gdelt"}, {"export", "--db", db, "--format", "parquet"},
		{"query", "--db", db, "--format", "table"}, {"query", "--db", db, "--format", "csv", "--unique"},
		{"code", "--format", "jsonl", "testdata/records.jsonl"}, {"code", "--format", "tsv", "testdata/records.jsonl"},
		{"code", "--format", "geojson", "testdata/records.jsonl"},
	} {
		want, _, _ := run(t, "", args...)
		file := filepath.Join(dir, "out")
		write(t, dir, "out", []byte("an older file, to be replaced"))
		out, errs, code := run(t, "", append(args, "-o", file)...)
		got, err := os.ReadFile(file)
		if code != 0 || out != "" || err != nil || string(got) != want || len(want) < 100 {
			t.Errorf("%v -o: exit %d, stdout %q, %v; the file has %d bytes, stdout without -o %d\n%s", args, code, out, err,
				len(got), len(want), errs)
		}
	}
	// query's default format is JSON Lines, not the terminal's table, in a file
	file := filepath.Join(dir, "default")
	run(t, "", "query", "--db", db, "--output", file)
	if b, _ := os.ReadFile(file); !bytes.HasPrefix(b, []byte(`{"id":`)) {
		t.Errorf("query --output: %.60q, want JSON Lines", b)
	}
	for _, tc := range []struct {
		args []string
		exit int
	}{
		{[]string{"export", "--db", filepath.Join(dir, "missing.db"), "--format", "parquet"}, 3},
		{[]string{"export", "--db", db, "--format", "xml"}, 2},
		{[]string{"code", filepath.Join(dir, "missing.txt")}, 2},
	} {
		file := filepath.Join(dir, "failed")
		if _, _, code := run(t, "", append(tc.args, "-o", file)...); code != tc.exit {
			t.Errorf("%v: exit %d, want %d", tc.args, code, tc.exit)
		}
		if _, err := os.Stat(file); err == nil {
			t.Errorf("%v failed and left %s", tc.args, file)
		}
	}
	if _, errs, code := run(t, "", "export", "--db", db, "-o", filepath.Join(dir, "no", "such", "dir", "f")); code != 3 {
		t.Errorf("-o in a missing directory: exit %d\n%s", code, errs)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("a temporary file is left: %s", e.Name())
		}
	}
}

// Parquet is binary: it is refused on a terminal (a character device, as
// isTerminal sees one; here a pseudo-terminal's master), with a pointer to
// -o, and written to /dev/null and to files.
func TestParquetNotToTerminal(t *testing.T) {
	db := exportStore(t)
	tty, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal to write to: %v", err)
	}
	defer tty.Close()
	if !isTerminal(tty) {
		t.Fatal("/dev/ptmx is not a terminal to isTerminal")
	}
	var errs bytes.Buffer
	code := Main(context.Background(), []string{"export", "--db", db, "--format", "parquet"}, strings.NewReader(""), tty, &errs)
	if code != 2 || !strings.Contains(errs.String(), "-o FILE") {
		t.Errorf("parquet to a terminal: exit %d, %q; want 2 and a pointer to -o", code, errs.String())
	}
	file := filepath.Join(t.TempDir(), "f.parquet")
	code = Main(context.Background(), []string{"export", "--db", db, "--format", "parquet", "-o", file}, strings.NewReader(""), tty, &errs)
	if st, err := os.Stat(file); code != 0 || err != nil || st.Size() < 100 {
		t.Errorf("parquet -o FILE from a terminal: exit %d, %v", code, err)
	}
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	errs.Reset()
	if code := Main(context.Background(), []string{"export", "--db", db, "--format", "parquet"}, strings.NewReader(""), null, &errs); code != 0 {
		t.Errorf("parquet to %s: exit %d %s", os.DevNull, code, errs.String())
	}
	if isTerminal(null) || isTerminal(&errs) {
		t.Error("isTerminal takes /dev/null or a buffer for a terminal")
	}
}
