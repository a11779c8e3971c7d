package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/ingest"
)

// The record specification is doc/EVENTS.md: these tests read its tables
// and hold the code to them.
const specPath = "../../doc/EVENTS.md"

// spec is what the tests read from doc/EVENTS.md.
type spec struct {
	fields   map[string]specField // by path: "source.code", "route[].mode"
	order    []string             // the paths in the table's order
	columns  [][]string           // the flat columns' rows: column, parquet, nullable, value
	gdelt    [][]string           // the GDELT table's rows: columns, value
	examples []string             // the JSON examples
}

// specField is a row of the field table.
type specField struct{ typ, presence string }

func readSpec(t *testing.T) *spec {
	t.Helper()
	b, err := os.ReadFile(specPath)
	if err != nil {
		t.Fatal(err)
	}
	sp := &spec{fields: map[string]specField{}}
	lines := strings.Split(string(b), "\n")
	for i := 0; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		switch {
		case line == "```json":
			var ex []string
			for i++; i < len(lines) && lines[i] != "```"; i++ {
				ex = append(ex, lines[i])
			}
			sp.examples = append(sp.examples, strings.Join(ex, "\n"))
		case strings.HasPrefix(line, "| field | type | presence |"):
			for _, row := range tableRows(lines[i+2:]) {
				if len(row) != 4 {
					t.Fatalf("%s: field table row %q: want 4 cells", specPath, row)
				}
				if _, dup := sp.fields[row[0]]; dup {
					t.Errorf("%s: field %s listed twice", specPath, row[0])
				}
				sp.fields[row[0]] = specField{typ: row[1], presence: row[2]}
				sp.order = append(sp.order, row[0])
			}
		case strings.HasPrefix(line, "| column | parquet | nullable |"):
			sp.columns = tableRows(lines[i+2:])
		case strings.HasPrefix(line, "| GDELT column | from the record |"):
			sp.gdelt = tableRows(lines[i+2:])
		}
	}
	if len(sp.fields) < 20 || len(sp.columns) < 20 || len(sp.gdelt) < 10 || len(sp.examples) == 0 {
		t.Fatalf("%s: read %d fields, %d flat and %d GDELT columns, %d examples: has its layout changed?", specPath,
			len(sp.fields), len(sp.columns), len(sp.gdelt), len(sp.examples))
	}
	for path, f := range sp.fields {
		if !slices.Contains([]string{"string", "integer", "number", "boolean", "object", "array", "span"}, f.typ) ||
			!slices.Contains([]string{"required", "nullable", "optional"}, f.presence) {
			t.Errorf("%s: field %s: type %q, presence %q", specPath, path, f.typ, f.presence)
		}
	}
	return sp
}

// tableRows returns the cells of the Markdown table rows that lines begin
// with, backquotes removed from the first cell.
func tableRows(lines []string) [][]string {
	var rows [][]string
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if !strings.HasPrefix(l, "|") {
			break
		}
		cells := strings.Split(strings.Trim(l, "|"), " | ")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		cells[0] = strings.Trim(cells[0], "`")
		rows = append(rows, cells)
	}
	return rows
}

// check returns what is wrong with one JSON record by the spec: a field the
// spec lacks, a required field missing, a null where none may be, a value of
// the wrong type. seen, if not nil, gathers the paths present.
func (sp *spec) check(record []byte, seen map[string]bool) []string {
	dec := json.NewDecoder(bytes.NewReader(record))
	dec.UseNumber()
	var obj map[string]any
	if err := dec.Decode(&obj); err != nil {
		return []string{err.Error()}
	}
	var problems []string
	sp.checkObject("", obj, seen, &problems)
	return problems
}

func (sp *spec) checkObject(prefix string, obj map[string]any, seen map[string]bool, problems *[]string) {
	bad := func(format string, a ...any) { *problems = append(*problems, fmt.Sprintf(format, a...)) }
	for key, v := range obj {
		path := prefix + key
		f, ok := sp.fields[path]
		if !ok {
			bad("%s: not in %s", path, specPath)
			continue
		}
		if seen != nil {
			seen[path] = true
		}
		if v == nil {
			if f.presence != "nullable" {
				bad("%s: null, but it is %s", path, f.presence)
			}
			continue
		}
		if !hasType(v, f.typ) {
			bad("%s: %v (%T) is not of type %s", path, v, v, f.typ)
			continue
		}
		switch f.typ {
		case "object":
			sp.checkObject(path+".", v.(map[string]any), seen, problems)
		case "array":
			for _, el := range v.([]any) {
				if o, ok := el.(map[string]any); ok {
					sp.checkObject(path+"[].", o, seen, problems)
				} else {
					bad("%s: an element %v is not an object", path, el)
				}
			}
		}
	}
	for _, path := range sp.order {
		rest, ok := strings.CutPrefix(path, prefix)
		if !ok || strings.ContainsAny(rest, ".[") || sp.fields[path].presence == "optional" {
			continue
		}
		if _, ok := obj[rest]; !ok {
			bad("%s: missing, but it is %s", path, sp.fields[path].presence)
		}
	}
}

// hasType reports whether a value decoded with UseNumber is of a type of
// the spec.
func hasType(v any, typ string) bool {
	switch typ {
	case "string":
		_, ok := v.(string)
		return ok
	case "integer":
		n, ok := v.(json.Number)
		if ok {
			_, err := n.Int64()
			return err == nil
		}
	case "number":
		n, ok := v.(json.Number)
		if ok {
			_, err := n.Float64()
			return err == nil
		}
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "span":
		a, ok := v.([]any)
		if !ok || len(a) != 2 || !hasType(a[0], "integer") || !hasType(a[1], "integer") {
			return false
		}
		s, _ := a[0].(json.Number).Int64()
		e, _ := a[1].(json.Number).Int64()
		return 0 <= s && s <= e
	}
	return false
}

// The checker itself: each kind of departure from the spec is caught.
func TestSpecChecker(t *testing.T) {
	sp := readSpec(t)
	good := `{"id":"a","doc":"d","sentence":0,"span":[0,5],"text":"Hello","date":"2024","source":null,"target":null,` +
		`"event":{"code":"010","root":"01","quad":1,"goldstein":0,"label":"","plover":"","text":"","span":[0,0]},"confidence":0.5}`
	if p := sp.check([]byte(good), nil); p != nil {
		t.Fatalf("a good record: %q", p)
	}
	for _, tc := range []struct{ name, old, new, want string }{
		{"a field the spec lacks", `"confidence":0.5`, `"confidence":0.5,"tone":1`, "tone: not in"},
		{"a field the spec lacks, nested", `"plover":""`, `"plover":"","polarity":1`, "event.polarity: not in"},
		{"a required field missing", `,"confidence":0.5`, ``, "confidence: missing"},
		{"a nullable field missing", `"target":null,`, ``, "target: missing"},
		{"a required field missing, nested", `"root":"01",`, ``, "event.root: missing"},
		{"null where it may not be", `"confidence":0.5`, `"confidence":null`, "confidence: null"},
		{"a string for an integer", `"sentence":0`, `"sentence":"0"`, "sentence: 0 (string) is not of type integer"},
		{"a fraction for an integer", `"sentence":0`, `"sentence":0.5`, "sentence: 0.5 (json.Number) is not of type integer"},
		{"a bad span", `"span":[0,5]`, `"span":[5,0]`, "span: [5 0] ([]interface {}) is not of type span"},
		{"an object for an array", `"confidence":0.5`, `"confidence":0.5,"route":{}`, "route: map[] (map[string]interface {}) is not of type array"},
		{"an element's field missing", `"confidence":0.5`, `"confidence":0.5,"route":[{"name":"x","lat":1}]`, "route[].lon: missing"},
		{"a string for a boolean", `"confidence":0.5`, `"confidence":0.5,"quantity":{"value":1,"text":"x","approximate":"yes"}`,
			"quantity.approximate: yes (string) is not of type boolean"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := strings.Replace(good, tc.old, tc.new, 1)
			if rec == good {
				t.Fatalf("the edit changed nothing")
			}
			p := sp.check([]byte(rec), nil)
			if len(p) == 0 || !strings.Contains(strings.Join(p, "\n"), tc.want) {
				t.Errorf("%s\nproblems %q, want %q", rec, p, tc.want)
			}
		})
	}
}

// Every record the coder writes, and every record stored and exported
// (coded, imported from GDELT, counted as unique events), is what
// doc/EVENTS.md says; every field it lists is seen; and its examples are
// records too.
func TestRecordsMatchSpec(t *testing.T) {
	sp := readSpec(t)
	seen := map[string]bool{}
	checkAll := func(what, out string) []string {
		t.Helper()
		var lines []string
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			if line == "" {
				continue
			}
			lines = append(lines, line)
			for _, p := range sp.check([]byte(line), seen) {
				t.Errorf("%s: %s\n%s", what, p, line)
			}
		}
		if len(lines) == 0 {
			t.Errorf("%s: no records", what)
		}
		return lines
	}
	for i, ex := range sp.examples {
		var compact bytes.Buffer
		if err := json.Compact(&compact, []byte(ex)); err != nil {
			t.Fatalf("example %d: %v", i+1, err)
		}
		checkAll(fmt.Sprintf("example %d", i+1), compact.String())
	}

	out, errs, code := run(t, "", "code", "--date", "2024-06-20", "../../examples/treaty.txt", "testdata/records.jsonl")
	if code != 0 || errs != "" {
		t.Fatalf("code: exit %d\n%s", code, errs)
	}
	coded := checkAll("dyad code", out)
	checkProvenance(t, coded)

	dir := t.TempDir()
	db := filepath.Join(dir, "dyad.db")
	for _, f := range []string{"../../examples/treaty.txt", "testdata/records.jsonl"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		write(t, dir, filepath.Base(f), b)
	}
	// imported events: one without a source, one on waters
	var gdelt bytes.Buffer
	for _, e := range []dyad.Event{
		{ID: "gdelt-1", Doc: "https://example.org/1", Date: "2024-06-04", Target: &dyad.Actor{Code: "NGA", Country: "NGA"},
			Action: dyad.Action{Code: "190", Root: "19", Quad: 4, Goldstein: -10}},
		{ID: "gdelt-2", Doc: "https://example.org/2", Date: "2024-06-05", Source: &dyad.Actor{Code: "CHN", Country: "CHN"},
			Action:   dyad.Action{Code: "150", Root: "15", Quad: 4, Goldstein: -7.2},
			Location: &dyad.Place{Name: "South China Sea", Lat: 12, Lon: 114, Role: "event"}},
	} {
		if err := ingest.WriteGDELT(&gdelt, &e); err != nil {
			t.Fatal(err)
		}
	}
	write(t, dir, "events.csv", gdelt.Bytes())
	if _, errs, code := run(t, "", "ingest", "--db", db, "--date", "2024-06-20", dir); code != 0 {
		t.Fatalf("ingest: exit %d\n%s", code, errs)
	}
	// a reviewed event: confirmed, with a note
	first, _, _ := run(t, "", "query", "--db", db, "--format", "jsonl", "--limit", "1")
	var e dyad.Event
	if err := json.Unmarshal([]byte(first), &e); err != nil {
		t.Fatalf("query: %v %s", err, first)
	}
	if _, errs, code := run(t, "", "review", "confirm", e.ID, "--db", db, "--reviewer", "ana", "--note", "checked"); code != 0 {
		t.Fatalf("review: exit %d\n%s", code, errs)
	}
	for _, args := range [][]string{{"export", "--format", "jsonl"}, {"query", "--unique", "--format", "jsonl"}} {
		out, errs, code := run(t, "", append(args, "--db", db)...)
		if code != 0 {
			t.Fatalf("%v: exit %d\n%s", args, code, errs)
		}
		checkAll(strings.Join(args, " "), out)
	}
	for _, path := range sp.order {
		if !seen[path] {
			t.Errorf("%s lists %s, which no record has: a field no longer written, or a report to add to testdata/records.jsonl",
				specPath, path)
		}
	}
}

// checkProvenance checks that coded records point at their words: the
// sentence is its span of the document, and each part's text its span of
// the sentence.
func checkProvenance(t *testing.T, records []string) {
	t.Helper()
	texts := map[string]string{}
	b, _ := os.ReadFile("../../examples/treaty.txt")
	texts["treaty"] = string(b)
	b, _ = os.ReadFile("testdata/records.jsonl")
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var d dyad.Document
		json.Unmarshal([]byte(line), &d)
		texts[d.ID] = d.Text
	}
	within := func(s string, sp dyad.Span) string {
		if sp[0] < 0 || sp[1] > len(s) || sp[0] > sp[1] {
			return fmt.Sprintf("<span %v outside %d bytes>", sp, len(s))
		}
		return s[sp[0]:sp[1]]
	}
	for _, line := range records {
		var e dyad.Event
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatal(err)
		}
		if got := within(texts[e.Doc], e.Span); got != e.Text {
			t.Errorf("%s: the sentence's span gives %q, not its text %q", e.ID, got, e.Text)
		}
		for _, a := range []*dyad.Actor{e.Source, e.Target} {
			if a != nil && within(e.Text, a.Span) != a.Text {
				t.Errorf("%s: actor span %v gives %q, not %q", e.ID, a.Span, within(e.Text, a.Span), a.Text)
			}
		}
		if within(e.Text, e.Action.Span) != e.Action.Text {
			t.Errorf("%s: event span gives %q, not %q", e.ID, within(e.Text, e.Action.Span), e.Action.Text)
		}
		if dyad.FirstDay(e.Date) == "" || e.Action.Code.Validate() != nil || e.Action.Root != e.Action.Code.Root() ||
			e.Action.Quad != e.Action.Code.Quad() || e.Source.Code.Validate() != nil || e.Confidence <= 0 || e.Confidence > 1 {
			t.Errorf("%s: a malformed value in %s", e.ID, line)
		}
		if l := e.Location; l != nil && l.Role != "event" && l.Role != "mentioned" {
			t.Errorf("%s: location role %q", e.ID, l.Role)
		}
	}
}

// The flat columns of doc/EVENTS.md are the columns the exports write, in
// order, with their Parquet types and nulls, each from a field of the spec.
func TestFlatColumnsMatchSpec(t *testing.T) {
	sp := readSpec(t)
	types := map[string]string{"string": "string", "int32": "int32", "double": "double"}
	if len(sp.columns) != len(flatColumns) {
		t.Errorf("%s lists %d flat columns, the exports write %d", specPath, len(sp.columns), len(flatColumns))
	}
	for i, c := range flatColumns {
		if i >= len(sp.columns) {
			break
		}
		row := sp.columns[i]
		nullable := map[bool]string{false: "no", true: "yes"}[c.Optional]
		if len(row) != 4 || row[0] != c.Name || types[row[1]] != c.Type.String() || row[2] != nullable {
			t.Errorf("column %d: the spec says %q, the exports write %s %v nullable=%s", i, row, c.Name, c.Type, nullable)
			continue
		}
		if from, ok := strings.CutPrefix(row[3], "`"); ok {
			from, _, _ = strings.Cut(from, "`")
			if _, ok := sp.fields[from]; !ok {
				t.Errorf("column %s: from %s, which is not a field of the spec", c.Name, from)
			}
		}
	}
}

// gdeltColumns are the names of GDELT 2.0's 61 event columns, in order.
var gdeltColumns = func() []string {
	c := []string{"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"}
	for _, a := range []string{"Actor1", "Actor2"} {
		for _, f := range []string{"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
			"Religion2Code", "Type1Code", "Type2Code", "Type3Code"} {
			c = append(c, a+f)
		}
	}
	c = append(c, "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
		"NumMentions", "NumSources", "NumArticles", "AvgTone")
	for _, g := range []string{"Actor1Geo", "Actor2Geo", "ActionGeo"} {
		for _, f := range []string{"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"} {
			c = append(c, g+"_"+f)
		}
	}
	return append(c, "DATEADDED", "SOURCEURL")
}()

// The GDELT columns doc/EVENTS.md names are the ones the export fills for
// an event with every part.
func TestGDELTColumnsMatchSpec(t *testing.T) {
	sp := readSpec(t)
	named := map[string]bool{}
	for _, row := range sp.gdelt {
		for _, name := range strings.Split(row[0], ", ") {
			if !slices.Contains(gdeltColumns, name) {
				t.Errorf("%s names a GDELT column %q that GDELT 2.0 does not have", specPath, name)
			}
			named[name] = true
		}
	}
	e := dyad.Event{ID: "9f2c1e0a7b3d4c55", Doc: "d", Date: "2024-06-19",
		Source:   &dyad.Actor{Code: "RUSGOV", Country: "RUS", Name: "Vladimir Putin"},
		Target:   &dyad.Actor{Code: "PRK", Country: "PRK", Name: "North Korea"},
		Action:   dyad.Action{Code: "042", Root: "04", Quad: 1, Goldstein: 1.9},
		Location: &dyad.Place{Name: "Pyongyang", Country: "PRK", Lat: 39, Lon: 125.75, Role: "event"}}
	var b bytes.Buffer
	if err := ingest.WriteGDELT(&b, &e); err != nil {
		t.Fatal(err)
	}
	f := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\t")
	if len(f) != len(gdeltColumns) {
		t.Fatalf("%d columns, want %d", len(f), len(gdeltColumns))
	}
	for i, v := range f {
		if name := gdeltColumns[i]; (v != "") != named[name] {
			t.Errorf("%s is %q, but %s says it is %s", name, v, specPath, map[bool]string{true: "filled", false: "empty"}[named[name]])
		}
	}
}
