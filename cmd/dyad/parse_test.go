package main

import (
	"strings"
	"testing"

	"github.com/dyadhq/dyad/syntax"
)

// readCoNLLU parses dyad parse's output back.
func readCoNLLU(t *testing.T, out string) []syntax.Tree {
	t.Helper()
	trees, err := syntax.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("output is not CoNLL-U: %v\n%s", err, out)
	}
	return trees
}

func TestParseTokenized(t *testing.T) {
	in := "Russia sent troops to Syria .\n\nNorth Korea did n't sign the U.S.-drafted treaty\n"
	out, errs, code := run(t, in, "parse", "--tokenized")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	trees := readCoNLLU(t, out)
	if len(trees) != 2 {
		t.Fatalf("%d sentences, want 2:\n%s", len(trees), out)
	}
	// The words are the input's, exactly; a blank line gives no block but
	// keeps the numbering of lines.
	for i, line := range []string{"Russia sent troops to Syria .", "North Korea did n't sign the U.S.-drafted treaty"} {
		if got := strings.Join(trees[i].Words, " "); got != line {
			t.Errorf("sentence %d: words %q, want %q", i+1, got, line)
		}
	}
	if !strings.Contains(out, "# sent_id = 3\n") {
		t.Errorf("the second sentence is not sent_id 3:\n%s", out)
	}
	out, errs, code = run(t, "Russia sent troops .\nbad \xff line\nChina protested .\n", "parse", "--tokenized")
	if code != 0 || errs != "dyad: line 2: invalid UTF-8, skipped\n" || len(readCoNLLU(t, out)) != 2 {
		t.Errorf("a line that is not UTF-8: exit %d, stderr %q\n%s", code, errs, out)
	}
	if r := trees[0]; r.Heads[0] != 1 || r.Labels[0] != "nsubj" || r.Heads[2] != 1 || r.Labels[2] != "obj" || r.Root() != 1 {
		t.Errorf("Russia sent troops: heads %v labels %v", r.Heads, r.Labels)
	}
}

func TestParseText(t *testing.T) {
	out, errs, code := run(t, "Russia's troops entered Syria. China protested.", "parse")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	trees := readCoNLLU(t, out)
	if len(trees) != 2 || strings.Join(trees[0].Words, " ") != "Russia 's troops entered Syria ." {
		t.Fatalf("sentences %v", trees)
	}
	if !strings.Contains(out, "# text = Russia's troops entered Syria.\n") {
		t.Errorf("no text comment:\n%s", out)
	}

	out, _, code = run(t, "Russia sent troops to Syria .", "parse", "--tokenized", "--format", "text")
	want := "Russia/PROPN sent/VERB troops/NOUN to/ADP Syria/PROPN ./PUNCT\nnsubj(sent-2, Russia-1)\nroot(ROOT-0, sent-2)\nobj(sent-2, troops-3)\n"
	if code != 0 || !strings.HasPrefix(out, want) {
		t.Errorf("--format text: exit %d\n%s\nwant it to start\n%s", code, out, want)
	}
}

func TestParseEval(t *testing.T) {
	out, errs, code := run(t, "", "parse", "--eval", "testdata/parse.conllu")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{"sentences 2, words 13 (11 scored", "UPOS ", "UAS  ", "LAS  "} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	dir := t.TempDir()
	bad := write(t, dir, "bad.conllu", []byte("1\tword\n"))
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"missing treebank", []string{"parse", "--eval", dir + "/none.conllu"}, 3},
		{"malformed treebank", []string{"parse", "--eval", bad}, 2},
		{"missing input", []string{"parse", dir + "/none.txt"}, 3},
		{"bad format", []string{"parse", "--format", "xml"}, 2},
		{"eval and input", []string{"parse", "--eval", "testdata/parse.conllu", "x.txt"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, errs, code := run(t, "", tt.args...); code != tt.code || !strings.HasPrefix(errs, "dyad: ") {
				t.Errorf("exit %d (want %d), stderr %q", code, tt.code, errs)
			}
		})
	}
}
