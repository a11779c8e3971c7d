package coder

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/lexicon"
)

var update = flag.Bool("update", false, "rewrite golden files")

var (
	lxOnce sync.Once
	testLx *lexicon.Lexicon
)

func testCoder(t testing.TB) *Coder {
	lxOnce.Do(func() {
		lx, warnings, err := lexicon.Load()
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range warnings {
			t.Log("dictionary:", w)
		}
		testLx = lx
	})
	return New(testLx)
}

// scriptDoc is a document of a coder script: its sentences, each with the
// events it must give.
type scriptDoc struct {
	file  string
	line  int
	date  string
	sents []string
	want  [][]string
	lines []int
}

// readScript reads a coder script (testdata/*.txt): "date YYYY-MM-DD" sets
// the date of the documents after it; each "> sentence" line is a sentence and
// the lines after it are the events it must give, "SOURCE TARGET CODE" with
// "-" for no target (no lines: no event); consecutive sentences form one
// document, and a blank line ends it.
func readScript(t *testing.T, path string) []*scriptDoc {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []*scriptDoc
	var cur *scriptDoc
	date := ""
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "":
			cur = nil
		case strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "date "):
			date = strings.TrimSpace(line[5:])
		case strings.HasPrefix(line, ">"):
			if cur == nil {
				cur = &scriptDoc{file: filepath.Base(path), line: n, date: date}
				docs = append(docs, cur)
			}
			cur.sents = append(cur.sents, strings.TrimSpace(line[1:]))
			cur.want = append(cur.want, nil)
			cur.lines = append(cur.lines, n)
		default:
			if cur == nil {
				t.Fatalf("%s:%d: expected events outside a document", path, n)
			}
			f := strings.Fields(line)
			if len(f) != 3 {
				t.Fatalf("%s:%d: want SOURCE TARGET CODE", path, n)
			}
			k := len(cur.want) - 1
			cur.want[k] = append(cur.want[k], strings.Join(f, " "))
		}
	}
	return docs
}

// TestScripts runs the coder's specification: every script under testdata.
func TestScripts(t *testing.T) {
	c := testCoder(t)
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		t.Fatal("no scripts under testdata")
	}
	for _, path := range files {
		for _, d := range readScript(t, path) {
			doc := dyad.Document{ID: "t", Date: d.date, Text: strings.Join(d.sents, " ")}
			evs := c.Code(doc)
			got := make([][]string, len(d.sents))
			for _, e := range evs {
				if e.Sentence >= len(got) {
					t.Errorf("%s:%d: the text split into more sentences than the script has", d.file, d.line)
					continue
				}
				got[e.Sentence] = append(got[e.Sentence], e.String())
			}
			for i := range d.sents {
				sort.Strings(got[i])
				want := append([]string(nil), d.want[i]...)
				sort.Strings(want)
				if strings.Join(got[i], "; ") != strings.Join(want, "; ") {
					t.Errorf("%s:%d: %s\n   got: %s\n  want: %s", d.file, d.lines[i], d.sents[i],
						strings.Join(got[i], "; "), strings.Join(want, "; "))
				}
			}
		}
	}
}

// checkGolden compares events, a line each, with a golden file (rewritten
// by -update).
func checkGolden(t *testing.T, golden string, evs []dyad.Event) {
	t.Helper()
	var lines []string
	for _, e := range evs {
		line := fmt.Sprintf("%d\t%s\t%s\t%s\t%q", e.Sentence, e.Date, e.String(), e.Action.Text, e.Source.Text)
		if e.Quantity != nil {
			line += fmt.Sprintf("\tquantity %g %s %s", e.Quantity.Value, e.Quantity.Unit, e.Quantity.Item)
		}
		if e.Location != nil {
			line += fmt.Sprintf("\tat %s (%s)", e.Location.Name, e.Location.Role)
		}
		lines = append(lines, line)
	}
	got := strings.Join(lines, "\n") + "\n"
	if *update {
		os.WriteFile(golden, []byte(got), 0o644)
	}
	want, _ := os.ReadFile(golden)
	if got != string(want) {
		t.Errorf("output differs from %s (rerun with -update if the change is right):\n%s", golden, got)
	}
}

// TestGoldenTreaty pins the whole output on a report the team wrote
// (examples/treaty.txt), so that a clone without ../shared runs a
// document-level test too.
func TestGoldenTreaty(t *testing.T) {
	b, err := os.ReadFile("../examples/treaty.txt")
	if err != nil {
		t.Fatal(err)
	}
	evs := testCoder(t).Code(dyad.Document{ID: "treaty", Date: "2024-06-20", Text: string(b)})
	if len(evs) < 5 {
		t.Fatalf("%d events from the example report, want at least 5", len(evs))
	}
	checkGolden(t, "testdata/treaty.golden", evs)
}

func readSeed(t testing.TB) string {
	b, err := os.ReadFile("../../shared/corpus/seed-article.txt")
	if err != nil {
		t.Skip("../shared/corpus/seed-article.txt is absent (a fresh clone): skipping the worked example")
	}
	return string(b)
}

// TestSeedArticle pins the worked example: what a reader checks in the
// article, and the whole output as a golden file (rewrite with -update).
func TestSeedArticle(t *testing.T) {
	c := testCoder(t)
	evs := c.Code(dyad.Document{ID: "seed-article", Date: "2024-11-15", Text: readSeed(t)})
	checkGolden(t, "testdata/seed-article.golden", evs)

	// What a reader checks, each as (source key, target key, code prefix, date prefix).
	required := []struct {
		what                 string
		src, tgt, code, date string
	}{
		{"Putin's June visit to North Korea", "RUS", "PRK", "042", "2024-06"},
		{"the friendship treaty, Russia to North Korea", "RUS", "PRK", "057", ""},
		{"the friendship treaty, North Korea to Russia", "PRK", "RUS", "057", ""},
		{"Russia's veto at the UN", "RUS", "IGOUNO*", "129", ""},
		{"the invasion of Ukraine", "RUS", "UKR", "19", ""},
		{"North Korea's munitions exports to Russia", "PRK", "RUS", "06|07", "2023-09/2024-09"},
		{"what Russia sends North Korea", "RUS", "PRK", "07|06", ""},
		{"Shoigu's 2023 visit to Pyongyang", "RUS", "PRK", "042", "2023"},
		{"Kim Jong-un's 2023 visit to Vladivostok", "PRK", "RUS", "042", "2023"},
		{"the West arming Ukraine", "WST", "UKR", "072", ""},
	}
	matched := map[int]bool{}
	for _, r := range required {
		ok := false
		for i, e := range evs {
			if e.Source.Key() == r.src && keyIs(e.Target.Key(), r.tgt) && hasPrefix(string(e.Action.Code), r.code) && strings.HasPrefix(e.Date, r.date) {
				ok, matched[i] = true, true
			}
		}
		if !ok {
			t.Errorf("missing: %s (%s %s %s %s)", r.what, r.src, r.tgt, r.code, r.date)
		}
	}
	// Other actions (a reciprocal action's two directions count once, and
	// a visit's host side is the visit's).
	extra := map[string]bool{}
	for i, e := range evs {
		if !matched[i] && e.Action.Code != "043" {
			extra[fmt.Sprintf("%d %s", e.Sentence, e.Action.Code)] = true
		}
	}
	if len(extra) > 6 {
		t.Errorf("%d actions beyond the ones a reader checks, want a handful (at most 6): %v", len(extra), extra)
	}
	// When, where, how much and which way.
	var munitions, putin, kim *dyad.Event
	for i := range evs {
		e := &evs[i]
		switch {
		case e.Quantity != nil && e.Source.Key() == "PRK" && e.Target.Key() == "RUS":
			munitions = e
		case e.Sentence == 0 && e.Action.Code == "042":
			putin = e
		case strings.Contains(e.Source.Text, "Kim Jong-un") && e.Action.Code == "042":
			kim = e
		}
	}
	if munitions == nil {
		t.Fatal("no munitions event with a quantity")
	}
	if q := munitions.Quantity; q.Value != 16500 || q.Unit != "container" || q.Item != "munitions" || !q.Approximate {
		t.Errorf("munitions quantity %+v, want approximately 16,500 containers of munitions", q)
	}
	if munitions.Date != "2023-09/2024-09" {
		t.Errorf("munitions dated %s, want 2023-09/2024-09", munitions.Date)
	}
	if r := munitions.Route; len(r) != 2 || r[0].Name != "Najin" || r[0].Country != "PRK" || r[0].Mode != "sea" ||
		r[1].Name != "Vostochny" || r[1].Country != "RUS" || r[1].Mode != "rail" {
		t.Errorf("munitions route %+v, want Najin (PRK) by sea -> Vostochny (RUS) by rail", r)
	} else if d := r[1].Distance; d == nil || d.Value != 400 || d.Unit != "km" || !d.Approximate {
		t.Errorf("the rail leg's distance %+v, want some 400 km", d)
	}
	if putin == nil || putin.Date != "2024-06" || putin.Location == nil || putin.Location.Country != "PRK" || putin.Location.Role != "event" {
		t.Errorf("Putin's visit: %+v, want dated 2024-06 and located in North Korea", putin)
	}
	if kim == nil || kim.Date != "2023" || kim.Location == nil || kim.Location.Name != "Vladivostok" {
		t.Errorf("Kim Jong-un's visit: %+v, want dated 2023 at Vladivostok", kim)
	}

	// Shoigu in 2023 was the defence minister: coded by that role.
	for _, e := range evs {
		if strings.Contains(e.Source.Text, "Shoigu") && e.Source.Code != "RUSGOV" {
			t.Errorf("Shoigu in %s coded %s, want RUSGOV (defence minister then)", e.Date, e.Source.Code)
		}
	}
}

// keyIs matches an actor key, "IGOUNO*" any UN body.
func keyIs(key, want string) bool {
	if p, ok := strings.CutSuffix(want, "*"); ok {
		return strings.HasPrefix(key, p)
	}
	return key == want
}

func hasPrefix(code, alts string) bool {
	for _, a := range strings.Split(alts, "|") {
		if strings.HasPrefix(code, a) {
			return true
		}
	}
	return false
}

// Event records keep their promises: ids are stable, spans point at their
// words, and codes carry their codebook values.
func TestRecords(t *testing.T) {
	c := testCoder(t)
	doc := dyad.Document{ID: "d", Date: "2024-06-20", Text: "Preface here. The Russian president, Vladimir Putin, visited North Korea on Wednesday and signed a treaty with Kim Jong-un."}
	a, b := c.Code(doc), c.Code(doc)
	if len(a) == 0 {
		t.Fatal("no events")
	}
	for i := range a {
		e := a[i]
		if e.ID != b[i].ID || len(e.ID) != 16 {
			t.Errorf("id %q not stable or not 16 hex digits (%q)", e.ID, b[i].ID)
		}
		if doc.Text[e.Span[0]:e.Span[1]] != e.Text {
			t.Errorf("sentence span %v reads %q, want %q", e.Span, doc.Text[e.Span[0]:e.Span[1]], e.Text)
		}
		for _, x := range []*dyad.Actor{e.Source, e.Target} {
			if x != nil && e.Text[x.Span[0]:x.Span[1]] != x.Text {
				t.Errorf("actor span %v reads %q, want %q", x.Span, e.Text[x.Span[0]:x.Span[1]], x.Text)
			}
		}
		if e.Text[e.Action.Span[0]:e.Action.Span[1]] != e.Action.Text || e.Action.Text == "" {
			t.Errorf("action span %v reads %q, want %q", e.Action.Span, e.Text[e.Action.Span[0]:e.Action.Span[1]], e.Action.Text)
		}
		if e.Action.Quad != e.Action.Code.Quad() || e.Action.Label == "" || e.Action.Plover == "" {
			t.Errorf("action %+v lacks its codebook values", e.Action)
		}
		if e.Confidence <= 0 || e.Confidence >= 1 {
			t.Errorf("confidence %v outside (0, 1)", e.Confidence)
		}
	}
	if a[0].Date != "2024-06-19" {
		t.Errorf("'on Wednesday' in a document of Thursday 2024-06-20 dated %s, want 2024-06-19", a[0].Date)
	}
}

// Bad text never panics and long runs without sentence breaks stay fast.
func TestBadText(t *testing.T) {
	c := testCoder(t)
	long := strings.Repeat("Russia attacked Ukraine and ", 20000)
	for _, s := range []string{"", "\xff\xfe\x00", strings.Repeat(".", 10000), long, "’s 's n't - , ; :", "It It It it."} {
		c.Code(dyad.Document{ID: "x", Text: s})
	}
}
