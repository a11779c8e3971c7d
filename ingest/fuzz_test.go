package ingest

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dyadhq/dyad"
)

// The fuzz targets of the readers: whatever the bytes, a reader does not
// panic or fail, says where each problem is, and emits only what a store
// can hold (valid UTF-8 text, a JSON record: no NaN). Their seeds are in
// testdata/fuzz; scripts/fuzz runs them for longer.

// checkProblem fails t unless p names the file read.
func checkProblem(t *testing.T, name string) func(*Problem) {
	return func(p *Problem) {
		if !strings.HasPrefix(p.File, name) || p.Err == nil {
			t.Fatalf("problem %v does not name %s", p, name)
		}
	}
}

func checkDocument(t *testing.T, d dyad.Document) {
	if d.ID == "" || strings.TrimSpace(d.Text) == "" || !utf8.ValidString(d.Text) {
		t.Fatalf("document %q: empty id or text, or invalid UTF-8", d.ID)
	}
	if _, err := json.Marshal(d); err != nil {
		t.Fatalf("document %q cannot be stored: %v", d.ID, err)
	}
}

func checkEvent(t *testing.T, e dyad.Event) {
	if err := e.Action.Code.Validate(); err != nil {
		t.Fatalf("event %s: %v", e.ID, err)
	}
	if e.Action.Goldstein < -10 || e.Action.Goldstein > 10 {
		t.Fatalf("event %s: Goldstein %v", e.ID, e.Action.Goldstein)
	}
	if _, err := json.Marshal(e); err != nil {
		t.Fatalf("event %s cannot be stored: %v", e.ID, err)
	}
}

func FuzzRead(f *testing.F) {
	f.Fuzz(func(t *testing.T, b []byte, jsonl bool) {
		rd := &Reader{Name: "f.txt", Format: Text, FindDates: true, MaxDocument: 1 << 16}
		if jsonl {
			rd.Name, rd.Format = "f.jsonl", JSONL
		}
		n, err := rd.Read(bytes.NewReader(b), func(d dyad.Document) { checkDocument(t, d) }, checkProblem(t, rd.Name))
		if err != nil || n < 0 {
			t.Fatalf("read %d: %v", n, err)
		}
	})
}

func FuzzReadFeed(f *testing.F) {
	f.Fuzz(func(t *testing.T, b []byte) {
		rd := &Reader{Name: "f.rss", Date: "2024-06-19", MaxDocument: 1 << 16}
		if _, err := rd.ReadFeed(bytes.NewReader(b), func(d dyad.Document) { checkDocument(t, d) }, checkProblem(t, rd.Name)); err != nil {
			t.Fatal(err)
		}
	})
}

func FuzzReadHTML(f *testing.F) {
	f.Fuzz(func(t *testing.T, b []byte) {
		rd := &Reader{Name: "f.html", FindDates: true, MaxDocument: 1 << 16}
		if _, err := rd.ReadHTML(bytes.NewReader(b), func(d dyad.Document) { checkDocument(t, d) }, checkProblem(t, rd.Name)); err != nil {
			t.Fatal(err)
		}
	})
}

func FuzzReadGDELT(f *testing.F) {
	f.Fuzz(func(t *testing.T, b []byte, zipped bool) {
		name := "f.csv"
		if zipped {
			// the bytes as the one entry of a zip, so that the rows are fuzzed
			// and not the zip's structure alone
			var z bytes.Buffer
			zw := zip.NewWriter(&z)
			w, _ := zw.Create("f.csv")
			w.Write(b)
			zw.Close()
			name, b = "f.zip", z.Bytes()
		}
		n, err := ReadGDELT(name, bytes.NewReader(b), nil, func(e dyad.Event) { checkEvent(t, e) }, checkProblem(t, name))
		if err != nil || n < 0 {
			t.Fatalf("read %d: %v", n, err)
		}
	})
}

func FuzzReadICEWS(f *testing.F) {
	header := strings.Join(icewsColumns, "\t") + "\n"
	f.Fuzz(func(t *testing.T, b []byte, withHeader bool) {
		if withHeader {
			b = append([]byte(header), b...)
		}
		country := func(s string) string { return strings.ToUpper(s[:min(3, len(s))]) }
		n, err := ReadICEWS("f.tab", bytes.NewReader(b), country, nil, func(e dyad.Event) { checkEvent(t, e) }, checkProblem(t, "f.tab"))
		if err != nil || n < 0 {
			t.Fatalf("read %d: %v", n, err)
		}
	})
}

// FuzzDetect: the reader Detect returns gives back every byte it was given.
func FuzzDetect(f *testing.F) {
	f.Fuzz(func(t *testing.T, name string, b []byte) {
		kind, r := Detect(name, bytes.NewReader(b))
		if kind == "" {
			t.Fatal("no kind")
		}
		got, err := io.ReadAll(r)
		if err != nil || !bytes.Equal(got, b) {
			t.Fatalf("the reader gave back %d of %d bytes (%v)", len(got), len(b), err)
		}
	})
}

// FuzzFindDate: a date found is a real day.
func FuzzFindDate(f *testing.F) {
	ref := time.Date(2024, 6, 19, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		date, where := FindDate(s, ref)
		if date == "" {
			return
		}
		if _, err := time.Parse("2006-01-02", date); err != nil || where == "" {
			t.Fatalf("date %q from %q: %v", date, where, err)
		}
	})
}
