package lexicon

import (
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
)

// compileVerbs parses and compiles src as a verbs file, returning its
// patterns, its resolved "not" phrases and the errors it reported.
func compileVerbs(t *testing.T, src string) (*verbSet, []string) {
	t.Helper()
	codes := map[dyad.EventCode]CodeInfo{}
	parseCodes(codesFile, string(mustRead(t, "data/"+codesFile)), codes, func(err error) { t.Fatal(err) })
	vs := &verbSet{classes: map[string][][]string{}, maps: map[string]*CodeMap{}, byFirst: map[string]map[string][][]string{}}
	var errs []string
	warn := func(err error) { errs = append(errs, err.Error()) }
	vs.parse("v.txt", src, codes, warn)
	vs.compile(warn)
	return vs, errs
}

// TestNegativeElements checks where each "!x" of a pattern looks: behind
// the trigger when written first, behind the next element after a gap,
// ahead after an element; and that it weighs nothing.
func TestNegativeElements(t *testing.T) {
	vs, errs := compileVerbs(t, `class HARM: dead; badly wounded
0874 leave $T !&HARM
140 !in|out_of protest +solo
1721 shut ... !in protest
042 visit $T`)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	leave, protest, shut, visit := vs.patterns[0], vs.patterns[1], vs.patterns[2], vs.patterns[3]
	if n := len(leave.Elems); n != 3 || leave.Elems[2].Kind != ENot || leave.Elems[2].Behind || len(leave.Elems[2].Class) != 2 {
		t.Errorf("leave $T !&HARM: want a negative looking ahead with the class's two phrases, got %+v", leave.Elems)
	}
	if len(protest.Before) != 1 || !protest.Before[0].Behind || len(protest.Elems) != 1 || protest.Elems[0].Words[0] != "protest" {
		t.Errorf("!in|out_of protest: want one negative before the trigger, got before %+v, elems %+v", protest.Before, protest.Elems)
	}
	if got := protest.Before[0].Class; len(got) != 2 || strings.Join(got[1], " ") != "out of" {
		t.Errorf("!in|out_of: want the phrases [in] [out of], got %q", got)
	}
	if e := shut.Elems[2]; e.Kind != ENot || !e.Behind {
		t.Errorf("shut ... !in protest: want a negative looking behind protest, got %+v", e)
	}
	if leave.Weight() != 2+1 || visit.Weight() != 3 {
		t.Errorf("a negative element weighs nothing: leave %d, visit %d", leave.Weight(), visit.Weight())
	}
}

// TestNegativeErrors checks the negatives that exclude nothing or name
// nothing.
func TestNegativeErrors(t *testing.T) {
	for _, line := range []string{
		"190 attack ... !war ... $T", // between gaps: next to no element
		"190 attack !&NOSUCH $T",     // unknown class
		"190 attack !| $T",           // no words
	} {
		_, errs := compileVerbs(t, line)
		if len(errs) != 1 {
			t.Errorf("%s: want one error, got %q", line, errs)
		}
	}
}

// TestNotLines checks that "not" lines resolve to the number of the class
// they keep out (0 for every pattern), take a class's phrases with &NAME,
// and report a class that is unknown or that no pattern uses.
func TestNotLines(t *testing.T) {
	vs, errs := compileVerbs(t, `class ATT: attack; strike
class STRIKE: general strike; walkout
class UNUSED: foo
190 &ATT on $T
not ATT: &STRIKE; hunger strike
not: war game
not NOSUCH: bar
not UNUSED: baz`)
	if len(errs) != 2 || !strings.Contains(errs[0], "NOSUCH") || !strings.Contains(errs[1], "UNUSED") {
		t.Errorf("want errors for NOSUCH and UNUSED, got %q", errs)
	}
	id := vs.classID["ATT"]
	if id == 0 {
		t.Fatal("ATT has no number")
	}
	want := map[string]int{"general strike": id, "walkout": id, "hunger strike": id, "war game": 0}
	got := map[string]int{}
	for _, phs := range vs.notIdx {
		for _, ph := range phs {
			got[strings.Join(ph.Words, " ")] = ph.Class
		}
	}
	if len(got) != len(want) {
		t.Errorf("got phrases %v, want %v", got, want)
	}
	for ph, c := range want {
		if g, ok := got[ph]; !ok || g != c {
			t.Errorf("%q: class %d (found %v), want %d", ph, g, ok, c)
		}
	}
}

// TestEmbeddedNots checks that the embedded dictionary's "not" lines load:
// the phrases the coder looks up by their first word.
func TestEmbeddedNots(t *testing.T) {
	lx, warnings, err := Load()
	if err != nil || len(warnings) > 0 {
		t.Fatal(err, warnings)
	}
	if !lx.HasNots() {
		t.Fatal("no not lines")
	}
	found := false
	for _, ph := range lx.NotsAt("war") {
		if strings.Join(ph.Words, " ") == "war game" && ph.Class == 0 {
			found = true
		}
	}
	if !found {
		t.Errorf("war game is no phrase kept from every pattern: %+v", lx.NotsAt("war"))
	}
}
