package coder

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// copiedRun is how many words in a row a line of ours may share with
// third-party text before it counts as copied rather than as the same
// phrasing met by chance (names with titles run to seven words).
const copiedRun = 8

// TestNoCopiedText holds the repository to its rule that the sentences of
// its tests and the comments of its dictionaries are the team's own: no line
// of coder/testdata, the coder's tests or the dictionaries may share
// copiedRun words in a row with the human-labelled real news of the team's
// dev sets (Multi-CoPED, PLOVER), which sit in ../shared, not in a clone.
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
	var files []string
	for _, pat := range []string{"testdata/*.txt", "*_test.go", "../lexicon/data/*.txt"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	for _, path := range files {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for n, line := range strings.Split(string(b), "\n") {
			w := copiedWords(line)
			for i := 0; i+copiedRun <= len(w); i++ {
				if from, ok := runs[strings.Join(w[i:i+copiedRun], " ")]; ok {
					t.Errorf("%s:%d shares %d words in a row with ../shared/data/%s: write the sentence anew",
						path, n+1, copiedRun, from)
					break
				}
			}
		}
	}
}

// copiedWords are the lower-cased runs of letters and digits of s.
func copiedWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}
