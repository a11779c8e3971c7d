package lexicon

import (
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
)

// TestNounClasses checks the +nouns flag of a class line: its elements are
// marked, other classes' are not, and an unknown flag is an error.
func TestNounClasses(t *testing.T) {
	v := &verbSet{classes: map[string][][]string{}, maps: map[string]*CodeMap{}, byFirst: map[string]map[string][][]string{}}
	var errs []string
	v.parse("t", "class FUNDS +nouns: grant; loan\nclass GIVE: grant; give\nclass BAD +verbs: x\n"+
		"071 &GIVE ... &FUNDS ... to $T\n", map[dyad.EventCode]CodeInfo{"071": {}}, func(err error) { errs = append(errs, err.Error()) })
	v.compile(func(err error) { t.Error(err) })
	if len(errs) != 1 || !strings.Contains(errs[0], "+verbs") {
		t.Errorf("errors %q, want one for the unknown flag +verbs", errs)
	}
	if _, ok := v.classes["BAD"]; ok {
		t.Error("a class with an unknown flag was kept")
	}
	if len(v.patterns) != 1 {
		t.Fatalf("%d patterns", len(v.patterns))
	}
	p := v.patterns[0]
	if p.Elems[0].Nouns || !p.Elems[2].Nouns {
		t.Errorf("&GIVE nouns %v, &FUNDS nouns %v; want false, true", p.Elems[0].Nouns, p.Elems[2].Nouns)
	}
}
