package lexicon

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadhq/dyad/text"
)

// Every `shares` phrase of the embedded files is some other state's unit:
// the coder falls back to that owner, so a shared name without one, or
// with two, would have no state to fall back to.
func TestSharesHaveOneOwner(t *testing.T) {
	lx, _, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range lx.Entries() {
		for _, p := range e.Phrases {
			if !p.Shared {
				continue
			}
			n++
			toks := text.Tokenize(p.Text, 0)
			lx.Lemmatize(toks)
			as, k := lx.Body(toks, 0)
			if k != len(toks) {
				t.Errorf("%s %q: not read back whole", e.Code, p.Text)
				continue
			}
			owners, mine := 0, false
			for _, a := range as {
				if !a.Shared {
					owners++
					if a.Country == e.Country {
						t.Errorf("%s %q: both owns and shares the name", e.Code, p.Text)
					}
				}
				mine = mine || a.Shared && a.Country == e.Country
			}
			if owners != 1 || !mine {
				t.Errorf("%s %q: %d owners (want 1), own share read back %v", e.Code, p.Text, owners, mine)
			}
		}
	}
	if n < 10 {
		t.Errorf("%d shared names, want the dozen states that call their legislature Congress", n)
	}
	toks := text.Tokenize("Congress", 0)
	lx.Lemmatize(toks)
	as, _ := lx.Body(toks, 0)
	got := map[string]bool{}
	for _, a := range as {
		got[a.Country] = a.Shared
	}
	if shared, ok := got["USA"]; !ok || shared {
		t.Error(`"Congress" is not the United States' own unit`)
	}
	for _, c := range []string{"PER", "BRA", "PHL"} {
		if !got[c] {
			t.Errorf(`"Congress" is not shared by %s`, c)
		}
	}
	if _, ok := got["VEN"]; ok {
		t.Error(`"Congress" is given to Venezuela, whose legislature is the National Assembly`)
	}
}

// `shares` belongs to country blocks only.
func TestSharesOutsideCountry(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "actors"), 0o755)
	body := "igo IGOXXX Council of Elders\n  names: Council of Elders\n  shares: Congress=LEG\n"
	if err := os.WriteFile(filepath.Join(dir, "actors", "mine.txt"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	_, warnings, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0].Error(), "mine.txt:3:") {
		t.Errorf("warnings = %v, want one at mine.txt:3", warnings)
	}
}
