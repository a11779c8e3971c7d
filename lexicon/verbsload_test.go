package lexicon

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// loadWithVerbs loads the embedded dictionaries plus a verbs.txt of lines.
func loadWithVerbs(t *testing.T, lines ...string) *Lexicon {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "verbs.txt"), []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	lx, warnings, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range warnings {
		t.Errorf("warning: %v", w)
	}
	return lx
}

func hasPattern(ps []*Pattern, text string) bool {
	for _, p := range ps {
		if p.Text == text {
			return true
		}
	}
	return false
}

// An inflected form written next to its lemma in one element ("refuse|refused|
// refusing") is read as the lemma: it must not become a lemma of its own
// that hides the verb's other patterns and frames from the form ("is refusing
// to lift" lost the REJECT frame "refuse|decline to"; "used tear gas on
// protesters" lost "use ... &CROWDCONTROL").
func TestInflectedAlternativeIsItsLemma(t *testing.T) {
	inflected := loadWithVerbs(t,
		"frame CANCEL refuse|refuses|refused|refusing to comment",
		"0874 use|used|uses|using ... water_cannon ... on $T",
		"1041 demand|demands|demanded|demanding ... release ... of $T",
		"016 disown|disowns|disowned|disowning ... attack|strike +solo",
	)
	base := loadWithVerbs(t,
		"frame CANCEL refuse to comment",
		"0874 use ... water_cannon ... on $T",
		"1041 demand ... release ... of $T",
		"016 disown ... attack|strike +solo",
	)
	want := map[string]string{
		"refuse": "refuse", "refuses": "refuse", "refused": "refuse", "refusing": "refuse",
		"use": "use", "uses": "use", "used": "use", "using": "use",
		"demands": "demand", "demanded": "demand", "demanding": "demand",
		"disowns": "disown", "disowned": "disown", "disowning": "disown",
	}
	for form, lemma := range want {
		if got := inflected.lemmas.Lemma(form); got != lemma {
			t.Errorf("with the forms written, %q has lemma %q, want %q", form, got, lemma)
		}
		if got := base.lemmas.Lemma(form); got != lemma {
			t.Errorf("with the lemma alone, %q has lemma %q, want %q", form, got, lemma)
		}
	}
	// the verb's other entries still reach every form
	for _, form := range []string{"refuses", "refused", "refusing"} {
		if !hasPattern(inflected.FramesAt(inflected.lemmas.Lemma(form)), "refuse|decline|declined to") {
			t.Errorf("%q: the REJECT frame of \"refuse\" is hidden", form)
		}
	}
	for _, form := range []string{"uses", "used", "using"} {
		if !hasPattern(inflected.PatternsAt(inflected.lemmas.Lemma(form)), "use ... &CROWDCONTROL +solo") {
			t.Errorf("%q: the crowd-control pattern of \"use\" is hidden", form)
		}
	}
	// and the line itself matches its forms as before
	if !hasPattern(inflected.PatternsAt("used"), "use|used|uses|using ... water_cannon ... on $T") {
		t.Errorf("the line is not found at the form it writes")
	}
}

// Forms that stand for themselves stay themselves: an adjective a frame
// writes alone ("willing to" is not "will"), and the plurals and participles
// of role and unit phrases, whatever verbs.txt writes next to them ("arm|
// armed|arms": "armed group", "arms" the weapons).
func TestDeliberateFormsStay(t *testing.T) {
	lx, _, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"willing", "armed", "arms", "troops", "forces", "appeals"} {
		if got := lx.lemmas.Lemma(w); got != w {
			t.Errorf("%q has lemma %q, want itself", w, got)
		}
	}
	// three letters make no inflection: "its" of "it|they|its|their" is not "it"
	if got := lx.lemmas.Lemma("its"); got != "its" {
		t.Errorf(`"its" has lemma %q`, got)
	}
}

// ownLemmaOK are words verbs.txt writes alone that the lemmatizer could read
// as an inflection of a known word, and that are meant as written.
var ownLemmaOK = map[string]string{
	"willing": `the adjective of "willing to", not "will"`,
	"ring":    `the verb and noun, not "re"`,
}

// No word written in the embedded verbs.txt makes an inflected form a lemma
// of its own, which would hide from that form every entry written with its
// lemma: write the lemma (it matches all its forms), or the form next to it.
func TestVerbsMakeNoFormItsOwnLemma(t *testing.T) {
	lx, _, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	// words that agents.txt and units.txt keep whole ("armed group", "arms")
	other := map[string]bool{}
	for _, name := range []string{agentsFile, unitsFile} {
		b, err := fs.ReadFile(embedded, "data/"+name)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			if _, body, ok := strings.Cut(line, ":"); ok && !strings.HasPrefix(line, "#") {
				for _, w := range strings.FieldsFunc(strings.ToLower(body), func(r rune) bool { return r == ';' || r == ' ' }) {
					other[w] = true
				}
			}
		}
	}
	seen := map[string]bool{}
	for _, p := range append(append([]*Pattern{}, lx.patterns...), lx.frames...) {
		for _, e := range p.Elems {
			for _, w := range e.Words {
				// three letters make no inflection ("its", "red")
				if seen[w] || len(w) <= 3 || other[w] || ownLemmaOK[w] != "" || lx.lemmas.Lemma(w) != w {
					continue
				}
				seen[w] = true
				without := lx.lemmas
				without.Known, without.Keep = map[string]bool{}, map[string]bool{}
				for k := range lx.lemmas.Known {
					without.Known[k] = k != w
				}
				for k := range lx.lemmas.Keep {
					without.Keep[k] = k != w
				}
				if l := without.Lemma(w); l != w {
					t.Errorf("%s:%d: %q is its own lemma, which hides the entries of %q from it: write %q, or %q next to it", p.File, p.Line, w, l, l, w)
				}
			}
		}
	}
}
