package coder

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// copiedRun is how many words in a row a line of ours may share with
// text we did not write for it before it counts as copied rather than as
// the same phrasing met by chance (names with titles run to seven words).
const copiedRun = 8

// TestNoCopiedText holds the repository to its rule that the sentences of
// its tests and the comments of its dictionaries are the team's own: no
// line copiedLines reads may share copiedRun words in a row with the
// human-labelled real news of the team's dev sets (Multi-CoPED, PLOVER) or
// with the example sentences of the CAMEO codebook, which all sit in
// ../shared, not in a clone.
func TestNoCopiedText(t *testing.T) {
	const dir = "../../shared/data/"
	runs := map[string]string{}
	add := func(text, from string) {
		w := copiedWords(text)
		for i := 0; i+copiedRun <= len(w); i++ {
			runs[strings.Join(w[i:i+copiedRun], " ")] = from
		}
	}
	f, err := os.Open(dir + "conflibert/dev.jsonl")
	if err != nil {
		t.Skipf("../shared/data/conflibert is absent (a fresh clone): skipping the copied-text check (%v)", err)
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var r struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &r) == nil {
			add(r.Text, "conflibert/dev.jsonl")
		}
	}
	f.Close()
	b, err := os.ReadFile(dir + "plover/PLOVER_GSR_CAMEO.txt")
	if err != nil {
		t.Skipf("../shared/data/plover is absent: skipping the copied-text check (%v)", err)
	}
	var plover []struct{ Text string }
	if err := json.Unmarshal(b, &plover); err != nil {
		t.Fatalf("PLOVER_GSR_CAMEO.txt: %v", err)
	}
	for _, r := range plover {
		add(r.Text, "plover/PLOVER_GSR_CAMEO.txt")
	}
	if len(runs) < 10000 {
		t.Fatalf("only %d word runs read from the dev sets: the check would pass on anything", len(runs))
	}
	// The codebook's examples are what a writer reads while writing a
	// rule, so they are the text most easily echoed in its test.
	const codebook = "cameo/icews_cameo-codes.csv"
	examples, err := codebookExamples(dir + codebook)
	if err != nil {
		t.Skipf("../shared/data/%s is absent or unreadable: skipping the copied-text check (%v)", codebook, err)
	}
	before := len(runs)
	for _, ex := range examples {
		add(ex, codebook)
	}
	if len(runs)-before < 1000 {
		t.Fatalf("only %d word runs read from %s's examples: the check would pass on anything", len(runs)-before, codebook)
	}
	for _, l := range copiedLines(t) {
		for i := 0; i+copiedRun <= len(l.words); i++ {
			if from, ok := runs[strings.Join(l.words[i:i+copiedRun], " ")]; ok {
				t.Errorf("%s:%d shares %d words in a row with ../shared/data/%s: write the sentence anew",
					l.path, l.n, copiedRun, from)
				break
			}
		}
	}
}

// TestNoGoldText holds the same lines to the same rule against the text of
// the team's own gold records (eval/testdata), which is in every clone, so
// this check never skips: a test that pins a construction must do it with
// a variant sentence of the team's, not with the gold sentence that showed
// the construction missing, or the gold score would measure the test.
// Some gold sets are held out from the writers, so the message names only
// the line, never the set or the record it is near.
func TestNoGoldText(t *testing.T) {
	paths, _ := filepath.Glob("../eval/testdata/*.jsonl")
	runs := map[string]bool{}
	sets := 0
	for _, path := range paths {
		switch filepath.Base(path) {
		case "attrs-test.jsonl", "coped.jsonl":
			// The eval package's own fixtures for its readers, not gold.
			continue
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var r struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &r) != nil {
				continue
			}
			w := copiedWords(r.Text)
			for i := 0; i+copiedRun <= len(w); i++ {
				runs[strings.Join(w[i:i+copiedRun], " ")] = true
			}
		}
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
		f.Close()
		sets++
	}
	if sets < 20 || len(runs) < 50000 {
		// No counts: they would tell a writer the size of the held-out sets.
		t.Fatal("too few word runs read from the gold sets in eval/testdata: the check would pass on anything")
	}
	for _, l := range copiedLines(t) {
		for i := 0; i+copiedRun <= len(l.words); i++ {
			if runs[strings.Join(l.words[i:i+copiedRun], " ")] {
				t.Errorf("%s:%d shares %d words in a row with a sentence of the team's gold sets (eval/testdata): write the sentence anew",
					l.path, l.n, copiedRun)
				break
			}
		}
	}
}

// copiedLine is a line of ours that must not be copied text: its file, its
// 1-based number there and its words.
type copiedLine struct {
	path  string
	n     int
	words []string
}

// copiedLines reads the lines that carry the team's own sentences: the
// coder's scripts, every package's tests and the comments of the
// dictionaries, which quote examples. A dictionary's entries are left out:
// an organisation's full name is the same words wherever it is written.
func copiedLines(t *testing.T) []copiedLine {
	t.Helper()
	var files []string
	for _, pat := range []string{"testdata/*.txt", "*_test.go", "../*_test.go", "../*/*_test.go",
		"../lexicon/data/*.txt", "../lexicon/data/actors/*.txt"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range m {
			if filepath.Dir(path) != "../coder" { // read once, as *_test.go
				files = append(files, path)
			}
		}
	}
	if len(files) < 100 {
		t.Fatalf("only %d files to check: the check would pass on anything", len(files))
	}
	var lines []copiedLine
	for _, path := range files {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		dict := strings.HasPrefix(path, "../lexicon/data/")
		for n, line := range strings.Split(string(b), "\n") {
			if dict {
				i := strings.IndexByte(line, '#')
				if i < 0 {
					continue
				}
				line = line[i:]
			}
			if w := copiedWords(line); len(w) >= copiedRun {
				lines = append(lines, copiedLine{path, n + 1, w})
			}
		}
	}
	return lines
}

// codebookExamples are the example sentences of the CAMEO codebook's csv,
// found by the name of their column.
func codebookExamples(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, err
	}
	col := -1
	for i, name := range recs[0] {
		if name == "example" {
			col = i
		}
	}
	if col < 0 {
		return nil, os.ErrNotExist
	}
	var ex []string
	for _, r := range recs[1:] {
		if r[col] != "NA" {
			ex = append(ex, r[col])
		}
	}
	return ex, nil
}

// copiedWords are the lower-cased runs of letters and digits of s.
func copiedWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}
