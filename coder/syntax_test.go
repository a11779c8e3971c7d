package coder

import (
	"strconv"
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
)

// Explain shows the parse of each sentence it explains: every word in
// order with its tag, its head (one root) and its relation.
func TestExplainParse(t *testing.T) {
	var b strings.Builder
	testCoder(t).Explain(&b, dyad.Document{ID: "p", Date: "2024-03-01",
		Text: "Police arrested the protesters in Cairo. Egypt condemned the attack."})
	var parses []string
	for _, line := range strings.Split(b.String(), "\n") {
		if rest, ok := strings.CutPrefix(line, "  parse   "); ok {
			parses = append(parses, rest)
		}
	}
	if len(parses) != 2 {
		t.Fatalf("%d parse lines, want one for each of 2 sentences:\n%s", len(parses), b.String())
	}
	tests := []struct {
		words []string
		want  []string // arcs the parse must have
	}{
		{[]string{"Police", "arrested", "the", "protesters", "in", "Cairo", "."},
			[]string{"1:Police/NOUN/2/nsubj", "2:arrested/VERB/0/root", "4:protesters/NOUN/2/obj"}},
		{[]string{"Egypt", "condemned", "the", "attack", "."},
			[]string{"1:Egypt/PROPN/2/nsubj", "2:condemned/VERB/0/root", "4:attack/NOUN/2/obj"}},
	}
	for i, tc := range tests {
		fields := strings.Fields(parses[i])
		if len(fields) != len(tc.words) {
			t.Errorf("sentence %d: %d words in %q, want %d", i, len(fields), parses[i], len(tc.words))
			continue
		}
		roots := 0
		for k, f := range fields {
			parts := strings.Split(f, "/")
			if len(parts) != 4 || parts[0] != strconv.Itoa(k+1)+":"+tc.words[k] {
				t.Errorf("sentence %d word %d: %q, want %d:%s/UPOS/head/relation", i, k+1, f, k+1, tc.words[k])
			}
			if len(parts) == 4 && parts[2] == "0" {
				roots++
			}
		}
		if roots != 1 {
			t.Errorf("sentence %d: %d roots in %q", i, roots, parses[i])
		}
		for _, arc := range tc.want {
			if !strings.Contains(" "+parses[i]+" ", " "+arc+" ") {
				t.Errorf("sentence %d: %q lacks %s", i, parses[i], arc)
			}
		}
	}
}
