package ingest

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyadhq/dyad"
)

// endless is a stream of one byte repeated for ever (/dev/zero), counting
// what was read from it.
type endless struct {
	b    byte
	read int
}

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = e.b
	}
	e.read += len(p)
	return len(p), nil
}

// gdeltRow is a valid GDELT 2.0 row for event id.
func gdeltRowFor(t *testing.T, id string) string {
	t.Helper()
	var b bytes.Buffer
	e := &dyad.Event{ID: "gdelt-" + id, Doc: "https://example.org/" + id, Date: "2024-06-19",
		Source: &dyad.Actor{Code: "RUS", Country: "RUS"}, Target: &dyad.Actor{Code: "PRK", Country: "PRK"},
		Action: dyad.Action{Code: "042", Root: "04", Quad: 1, Goldstein: 1.9}}
	if err := WriteGDELT(&b, e); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

type collected struct {
	docs     []dyad.Document
	events   []dyad.Event
	problems []string
}

func (c *collected) doc(d dyad.Document) { c.docs = append(c.docs, d) }
func (c *collected) event(e dyad.Event)  { c.events = append(c.events, e) }
func (c *collected) problem(p *Problem)  { c.problems = append(c.problems, p.Error()) }
func (c *collected) said(words ...string) bool {
	for _, p := range c.problems {
		ok := true
		for _, w := range words {
			ok = ok && strings.Contains(p, w)
		}
		if ok {
			return true
		}
	}
	return false
}

// TestBounds: a line, a document, a feed or a page over its bound is
// reported with the bound named and skipped, the input after it read; a
// binary stream (/dev/zero) is refused from its first bytes.
func TestBounds(t *testing.T) {
	t.Run("a JSON line over the bound", func(t *testing.T) {
		in := `{"id":"a","date":"2024-06-20","text":"Russia condemned Japan."}` + "\n" +
			`{"id":"b","text":"` + strings.Repeat("x", 5000) + `"}` + "\n" +
			`{"id":"c","date":"2024-06-21","text":"Japan condemned Russia."}`
		var c collected
		rd := &Reader{Name: "docs.jsonl", Format: JSONL, MaxDocument: 1000}
		n, err := rd.Read(strings.NewReader(in), c.doc, c.problem)
		if err != nil || n != 2 || c.docs[1].ID != "c" {
			t.Errorf("read %d (%v), want a and c", n, err)
		}
		if !c.said("docs.jsonl:2", "1000 bytes") {
			t.Errorf("problems %q, want line 2 over 1000 bytes", c.problems)
		}
	})
	t.Run("a text file over the bound", func(t *testing.T) {
		src := &endless{b: 'a'}
		var c collected
		rd := &Reader{Name: "big.txt", Format: Text, MaxDocument: 1 << 20}
		if n, err := rd.Read(src, c.doc, c.problem); n != 0 || err != nil {
			t.Errorf("read %d (%v)", n, err)
		}
		if !c.said("big.txt", "1 MiB", "skipped") {
			t.Errorf("problems %q", c.problems)
		}
		if src.read > 1<<20+64<<10 {
			t.Errorf("read %d bytes of an endless text to refuse it", src.read)
		}
	})
	t.Run("/dev/zero", func(t *testing.T) {
		src := &endless{}
		var c collected
		if n, _ := (&Reader{Name: "/dev/zero"}).Read(src, c.doc, c.problem); n != 0 || !c.said("binary") {
			t.Errorf("read %d, problems %q", n, c.problems)
		}
		if src.read > 64<<10 {
			t.Errorf("read %d bytes of /dev/zero to refuse it", src.read)
		}
	})
	t.Run("/dev/zero as JSON Lines, GDELT and ICEWS", func(t *testing.T) {
		for _, read := range []func(io.Reader, *collected) error{
			func(r io.Reader, c *collected) error {
				_, err := (&Reader{Name: "/dev/zero", Format: JSONL}).Read(r, c.doc, c.problem)
				return err
			},
			func(r io.Reader, c *collected) error {
				_, err := ReadGDELT("/dev/zero", r, nil, c.event, c.problem)
				return err
			},
			func(r io.Reader, c *collected) error {
				_, err := ReadICEWS("/dev/zero", r, nil, nil, c.event, c.problem)
				return err
			},
		} {
			src := &endless{}
			var c collected
			if err := read(src, &c); err != nil || !c.said("/dev/zero: binary") || src.read > 64<<10 {
				t.Errorf("err %v, problems %q, %d bytes read", err, c.problems, src.read)
			}
		}
	})
	t.Run("a GDELT row over the bound", func(t *testing.T) {
		in := gdeltRowFor(t, "1") + strings.Repeat("9\t", MaxLine) + "\n" + gdeltRowFor(t, "3")
		var c collected
		n, err := ReadGDELT("big.csv", strings.NewReader(in), nil, c.event, c.problem)
		if err != nil || n != 2 || !c.said("big.csv:2", "1 MiB") {
			t.Errorf("read %d (%v), problems %q", n, err, c.problems)
		}
	})
	t.Run("a feed over the bound", func(t *testing.T) {
		var c collected
		big := strings.Replace(rss, "Russia vetoed", strings.Repeat("Russia vetoed ", 200), 1)
		n, err := (&Reader{Name: "big.rss", MaxDocument: 2000}).ReadFeed(strings.NewReader(big), c.doc, c.problem)
		if n != 0 || err != nil || !c.said("big.rss", "feed over 2000 bytes") {
			t.Errorf("read %d (%v), problems %q", n, err, c.problems)
		}
	})
	t.Run("a page over the bound", func(t *testing.T) {
		var c collected
		n, err := (&Reader{Name: "big.html", MaxDocument: 500}).ReadHTML(strings.NewReader(page), c.doc, c.problem)
		if n != 0 || err != nil || !c.said("big.html", "page over 500 bytes") {
			t.Errorf("read %d (%v), problems %q", n, err, c.problems)
		}
	})
	t.Run("a page of too many elements", func(t *testing.T) {
		// finding the main text of 4 MiB of these would take hours
		var c collected
		start := time.Now()
		n, err := (&Reader{Name: "links.html"}).ReadHTML(strings.NewReader(strings.Repeat("<a>x", MaxElements)), c.doc, c.problem)
		if n != 0 || err != nil || !c.said("links.html", "HTML", "too large: 50003 elements") {
			t.Errorf("read %d (%v), problems %q", n, err, c.problems)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("refused after %v", d)
		}
	})
	t.Run("a byte order mark before text", func(t *testing.T) {
		var c collected
		(&Reader{Name: "a.txt", Format: Text}).Read(strings.NewReader("\ufeffRussia condemned Japan."), c.doc, c.problem)
		if len(c.docs) != 1 || c.docs[0].Text != "Russia condemned Japan." {
			t.Errorf("documents %+v", c.docs)
		}
	})
}

// TestBadFiles: a file that cannot be read as what it claims to be is
// reported, and reading it fails no caller: a truncated zip, a zip whose
// entry is cut short (its rows before the cut are kept), an ICEWS file
// without a column.
func TestBadFiles(t *testing.T) {
	rows := gdeltRowFor(t, "1") + gdeltRowFor(t, "2")
	var zbuf bytes.Buffer
	zw := zip.NewWriter(&zbuf)
	w, _ := zw.Create("a.export.CSV")
	io.WriteString(w, rows+strings.Repeat(gdeltRowFor(t, "3"), 2000))
	zw.Close()
	whole := zbuf.Bytes()

	t.Run("truncated zip", func(t *testing.T) {
		var c collected
		n, err := ReadGDELT("a.zip", bytes.NewReader(whole[:len(whole)/2]), nil, c.event, c.problem)
		if n != 0 || err != nil || !c.said("a.zip", "not a readable zip") {
			t.Errorf("read %d (%v), problems %q", n, err, c.problems)
		}
	})
	t.Run("truncated zip on disk", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "a.zip")
		os.WriteFile(path, whole[:len(whole)-30], 0o644)
		f, _ := os.Open(path)
		defer f.Close()
		var c collected
		n, err := ReadGDELT(path, f, nil, c.event, c.problem)
		if n != 0 || err != nil || !c.said("a.zip", "not a readable zip") {
			t.Errorf("read %d (%v), problems %q", n, err, c.problems)
		}
	})
	t.Run("a corrupt entry", func(t *testing.T) {
		b := append([]byte(nil), whole...)
		// the compressed data begins after the local header: spoil its tail
		for i := len(b) / 2; i < len(b)/2+40; i++ {
			b[i] ^= 0x5a
		}
		var c collected
		_, err := ReadGDELT("b.zip", bytes.NewReader(b), nil, c.event, c.problem)
		if err != nil || !c.said("b.zip/a.export.CSV") {
			t.Errorf("err %v, problems %q", err, c.problems)
		}
	})
	t.Run("ICEWS without a column", func(t *testing.T) {
		in := strings.Join(icewsColumns[:len(icewsColumns)-1], "\t") + "\n" + strings.Repeat("x\t", len(icewsColumns)-2) + "x\n"
		var c collected
		n, err := ReadICEWS("e.tab", strings.NewReader(in), func(string) string { return "" }, nil, c.event, c.problem)
		if n != 0 || err != nil || !c.said("e.tab:1", `no "Longitude" column`) {
			t.Errorf("read %d (%v), problems %q", n, err, c.problems)
		}
	})
	t.Run("ICEWS numbers that are not finite", func(t *testing.T) {
		row := func(id, intensity, lat, lon string) string {
			f := make([]string, len(icewsColumns))
			for i, h := range icewsColumns {
				f[i] = map[string]string{"Event ID": id, "Event Date": "2018-01-02", "Source Name": "Russia", "Source Country": "Russia",
					"CAMEO Code": "042", "Intensity": intensity, "Target Name": "Japan", "Target Country": "Japan", "Story ID": "9",
					"Sentence Number": "1", "City": "Tokyo", "Country": "Japan", "Latitude": lat, "Longitude": lon}[h]
			}
			return strings.Join(f, "\t") + "\n"
		}
		in := strings.Join(icewsColumns, "\t") + "\n" + row("1", "NaN", "35.7", "139.7") + row("2", "2", "NaN", "139.7") +
			row("3", "2", "35.7", "+Inf") + row("4", "2", "35.7", "139.7")
		var c collected
		n, err := ReadICEWS("f.tab", strings.NewReader(in), func(string) string { return "JPN" }, nil, c.event, c.problem)
		if n != 3 || err != nil || len(c.problems) != 1 || !c.said("f.tab:2", "Intensity") {
			t.Fatalf("read %d (%v), problems %q", n, err, c.problems)
		}
		if c.events[0].Location != nil || c.events[1].Location != nil || c.events[2].Location == nil {
			t.Errorf("locations %v %v %v: want none for NaN and Inf", c.events[0].Location, c.events[1].Location, c.events[2].Location)
		}
	})
	t.Run("GDELT whose first row is bad", func(t *testing.T) {
		first := strings.Repeat("1\t", 59) + "1\n" // 60 columns
		in := first + rows
		kind, r := Detect("20240619.export.CSV", strings.NewReader(in))
		if kind != KindGDELT {
			t.Fatalf("detected as %s, want gdelt", kind)
		}
		var c collected
		n, err := ReadGDELT("g.csv", r, nil, c.event, c.problem)
		if n != 2 || err != nil || !c.said("g.csv:1", "60 columns") {
			t.Errorf("read %d (%v), problems %q", n, err, c.problems)
		}
	})
	t.Run("ICEWS with a byte order mark", func(t *testing.T) {
		kind, _ := Detect("e.tab", strings.NewReader("\ufeff"+strings.Join(icewsColumns, "\t")+"\n"))
		if kind != KindICEWS {
			t.Errorf("detected as %s, want icews", kind)
		}
	})
	// text with tabs in it is still text
	if kind, _ := Detect("t.txt", strings.NewReader(fmt.Sprintf("a\tb\nc\td\n%s", strings.Repeat("\t", 59)))); kind != KindText {
		t.Errorf("tabbed text detected as %s", kind)
	}
}

// TestLinesAtTheBound: a line of exactly the bound is read, whatever its
// line end; one byte more is not.
func TestLinesAtTheBound(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want string
	}{
		{"abcd\nabcde\nab", "abcd|long|ab"},
		{"abcd\r\nabcde\r\n\r\nab\r\n", "abcd|long||ab"},
		{"\ufeffabcd", "abcd"},
		{"abcdefghij", "long"},
	} {
		ls := newLines(strings.NewReader(tt.in), 4)
		var got []string
		for {
			b, long, err := ls.next()
			if err == io.EOF {
				break
			}
			if long {
				got = append(got, "long")
			} else {
				got = append(got, string(b))
			}
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("%q: %q, want %q", tt.in, got, tt.want)
		}
	}
}
