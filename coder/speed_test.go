package coder

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/lexicon"
)

// scriptSentences returns the sentences of every coder script in testdata.
func scriptSentences(t *testing.T) []string {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatal("no scripts", err)
	}
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if s, ok := strings.CutPrefix(line, "> "); ok {
				out = append(out, s)
			}
		}
	}
	return out
}

// TestHasClassNecessary checks the shortcut of matchAt that skips a pattern
// needing a class none of whose phrases the sentence has (hasClass): on
// every script sentence, every pattern and frame that matches at a token
// when tried in full has each class it needs.
func TestHasClassNecessary(t *testing.T) {
	c := testCoder(t)
	matched, skipped := 0, 0
	for _, text := range scriptSentences(t) {
		doc := dyad.Document{ID: "t", Date: "2024-05-01", Text: text}
		ctx := newDocCtx(doc)
		for _, sp := range Sentences(text) {
			_, toks, pre, w, _, _ := c.prepare(doc, [2]int(sp), ctx)
			s := newSentence(c.lx, toks, c.mentions(toks, pre, w.start, ctx), pre)
			for k := range toks {
				var ps []*lexicon.Pattern
				for _, word := range []string{toks[k].Lemma, toks[k].Lower} {
					ps = append(append(ps, c.lx.PatternsAt(word)...), c.lx.FramesAt(word)...)
				}
				for _, p := range ps {
					m := match{p: p, trig: k, target: -1, source: -1}
					full := s.elem(p.Elems, 0, k, &m)
					for _, el := range p.NeedClass {
						switch has := s.hasClass(el); {
						case full && !has:
							t.Errorf("%q: %s:%d matches at %q without its class %d", text, p.File, p.Line, toks[k].Text, el.ClassID())
						case full:
							matched++
						case !has:
							skipped++
						}
					}
				}
			}
		}
	}
	if matched == 0 || skipped == 0 {
		t.Errorf("the scripts exercise neither side: %d matches with a class, %d patterns skipped", matched, skipped)
	}
	t.Logf("%d matches with a class, %d patterns skipped for a missing class", matched, skipped)
}
