package syntax

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestHeldOut measures the embedded model on the team's own treebanks of
// text that is not EWT (testdata/heldout-*.conllu: 80 news-wire and 80
// encyclopedic sentences written and annotated by hand, after EWT's
// conventions, by annotators who never ran the parser on them): the issue's
// held-out bar is UAS 0.85 and LAS 0.80, gold tokens, predicted tags,
// punctuation left out. The floors sit a little under today's scores.
func TestHeldOut(t *testing.T) {
	m := defaultModel(t)
	for _, tt := range []struct {
		file           string
		sentences      int
		upos, uas, las float64
	}{
		{"testdata/heldout-news.conllu", 80, 0.97, 0.86, 0.84},
		{"testdata/heldout-wiki.conllu", 80, 0.965, 0.90, 0.87},
	} {
		f, err := os.Open(tt.file)
		if err != nil {
			t.Fatal(err)
		}
		trees, err := NewReader(f).ReadAll()
		f.Close()
		if err != nil || len(trees) != tt.sentences {
			t.Fatalf("%s: %d trees, %v", tt.file, len(trees), err)
		}
		for _, tr := range trees {
			if err := wellFormed(tr); err != nil {
				t.Errorf("%s: %v", tt.file, err)
			}
		}
		s := Evaluate(m, trees)
		t.Logf("%s: %v", tt.file, s)
		if s.UPOS() < tt.upos || s.UAS() < tt.uas || s.LAS() < tt.las {
			t.Errorf("%s %v: below the floors UPOS %.3f, UAS %.3f, LAS %.3f", tt.file, s, tt.upos, tt.uas, tt.las)
		}
	}
}

// wellFormed checks that a hand-made tree is a tree: one root, every head in
// range, no cycle, and a relation on every word.
func wellFormed(tr Tree) error {
	roots := 0
	for i, h := range tr.Heads {
		switch {
		case h == -1:
			roots++
		case h < 0 || h >= tr.Len() || h == i:
			return fmt.Errorf("%q: word %d has head %d", tr.Words, i, h)
		}
		if tr.Labels[i] == "" || tr.UPOS[i] == "" {
			return fmt.Errorf("%q: word %d has no relation or tag", tr.Words, i)
		}
		seen := 0
		for k := i; k != -1; k = tr.Heads[k] {
			if seen++; seen > tr.Len() {
				return fmt.Errorf("%q: a cycle through word %d", tr.Words, i)
			}
		}
	}
	if roots != 1 {
		return fmt.Errorf("%q: %d roots", tr.Words, roots)
	}
	return nil
}

// TestAnnotatorAgreement compares the held-out treebanks with a second
// annotation of 40 of their sentences (testdata/heldout-*-second.conllu),
// made by another team member from the sentences' text alone: the share of
// words (punctuation left out) given the same head, and the same head and
// universal relation. It logs the parser's scores against the second
// annotation too.
func TestAnnotatorAgreement(t *testing.T) {
	read := func(file string) []Tree {
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		trees, err := NewReader(f).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return trees
	}
	for _, name := range []string{"news", "wiki"} {
		first := map[string]Tree{}
		for _, tr := range read("testdata/heldout-" + name + ".conllu") {
			first[strings.Join(tr.Words, " ")] = tr
		}
		second := read("testdata/heldout-" + name + "-second.conllu")
		words, heads, labels := 0, 0, 0
		for _, b := range second {
			a, ok := first[strings.Join(b.Words, " ")]
			if !ok {
				t.Errorf("%s: a second annotation of words no first one has: %q", name, b.Words)
				continue
			}
			for i := range b.Words {
				if a.UPOS[i] == "PUNCT" {
					continue
				}
				words++
				if a.Heads[i] == b.Heads[i] {
					heads++
					if universal(a.Labels[i]) == universal(b.Labels[i]) {
						labels++
					}
				}
			}
		}
		if len(second) != 20 || words == 0 {
			t.Fatalf("%s: %d sentences, %d words", name, len(second), words)
		}
		ua, la := float64(heads)/float64(words), float64(labels)/float64(words)
		t.Logf("%s: %d sentences, %d words: same head %.3f, same head and relation %.3f; parser against the second: %v",
			name, len(second), words, ua, la, Evaluate(defaultModel(t), second))
		if ua < 0.95 || la < 0.93 {
			t.Errorf("%s: the annotators agree on %.3f of heads and %.3f of relations: the held-out scores mean little", name, ua, la)
		}
	}
}
