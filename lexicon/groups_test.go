package lexicon

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadhq/dyad/text"
)

// writeDict writes files (path → content) under a new directory.
func writeDict(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// actorAt returns the entries of the longest actor phrase that starts s
// and covers all of it.
func actorAt(lx *Lexicon, s string) []*Actor {
	toks := text.Tokenize(s, 0)
	as, n := lx.Actor(toks, 0)
	if n != len(toks) {
		return nil
	}
	return as
}

// Group blocks: codes with a CAMEO type, a home country checked after every
// file is read (a.txt may name a country that b.txt defines), dated roles
// resolved like a person's, and each malformed line reported where it is.
func TestGroupBlocks(t *testing.T) {
	dir := writeDict(t, map[string]string{
		"actors/a.txt": `group GNDREBRNG Rangers of the North
  country: GND
  names: Rangers of the North; Dunedain
group MORIMGORC Orc Host
  names: Orc Host; Uruk-hai
  role: MORIMGORC 3000-01-01 3019-03-24 Sauron's army
  role: MORREB 3019-03-25 - scattered bands
group GNDXYZ Nothing
  names: Nothing at all
group XXXREBBAD Bad Country
  country: XXX
  names: Bad Country Band
group GNDREBSEG Wrong Segment
  country: ROH
  adjectives: Segmental
igo IGOWIZ White Council
  role: IGOWIZ 3000-01-01 - council
`,
		"actors/b.txt": `country GND Gondor
  names: Gondor
country ROH Rohan
  names: Rohan
`,
	})
	lx, warnings, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	a := filepath.Join(dir, "actors/a.txt")
	// parse errors in file order, then the countries checked after every file
	want := []string{a + ":8:", a + ":14:", a + ":15:", a + ":17:", a + ":11:"}
	if len(warnings) != len(want) {
		t.Fatalf("warnings = %v, want %d", warnings, len(want))
	}
	for i, w := range want {
		var pe *ParseError
		if !errors.As(warnings[i], &pe) || !strings.HasPrefix(warnings[i].Error(), w) {
			t.Errorf("warning %d = %v, want one at %s", i, warnings[i], w)
		}
	}
	tests := []struct {
		name, code, country, typ string
		dated                    bool
	}{
		{"Dunedain", "GNDREBRNG", "GND", "REB", false},
		{"Rangers of the North", "GNDREBRNG", "GND", "REB", false},
		{"Uruk-hai", "MORIMGORC", "", "IMG", true},
		{"Bad Country Band", "XXXREBBAD", "", "REB", false}, // the bad country line is skipped
	}
	for _, tt := range tests {
		as := actorAt(lx, tt.name)
		if len(as) != 1 {
			t.Errorf("%s: %d actors, want 1", tt.name, len(as))
			continue
		}
		g := as[0]
		if g.Kind != Group || g.Code != tt.code || g.Country != tt.country || g.Type != tt.typ || (g.Person != nil) != tt.dated {
			t.Errorf("%s = kind %d %s %q %s dated=%v, want group %s %q %s dated=%v", tt.name, g.Kind, g.Code, g.Country,
				g.Type, g.Person != nil, tt.code, tt.country, tt.typ, tt.dated)
		}
	}
	if as := actorAt(lx, "Nothing at all"); as != nil {
		t.Errorf("a group whose code has no type was loaded: %v", as[0])
	}
	orc := actorAt(lx, "Orc Host")[0].Person
	for date, code := range map[string]string{"3018-06-01": "MORIMGORC", "3019-03-25": "MORREB", "3100": "MORREB"} {
		if r, _ := orc.At(date); r.Code != code {
			t.Errorf("Orc Host on %s = %s, want %s", date, r.Code, code)
		}
	}
}

// Every block of every file remembers where it came from, embedded or not.
func TestEntryProvenance(t *testing.T) {
	dir := writeDict(t, map[string]string{"actors/mine.txt": "# mine\n\ngroup RUSPTYXYZ Example Party\n  country: RUS\n  names: Example Party\n"})
	lx, _, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile("data/actors/countries.txt")
	if err != nil {
		t.Fatal(err)
	}
	rusLine := 0
	for i, l := range strings.Split(string(src), "\n") {
		if strings.HasPrefix(l, "country RUS ") {
			rusLine = i + 1
		}
	}
	tests := []struct {
		phrase, kind, file string
		line               int
	}{
		{"Russia", "country", "actors/countries.txt", rusLine},
		{"Example Party", "group", filepath.Join(dir, "actors/mine.txt"), 3},
	}
	for _, tt := range tests {
		as := actorAt(lx, tt.phrase)
		if len(as) == 0 || as[0].Entry == nil {
			t.Fatalf("%s: no entry", tt.phrase)
		}
		e := as[0].Entry
		if e.Kind != tt.kind || e.File != tt.file || e.Line != tt.line {
			t.Errorf("%s: %s %s:%d, want %s %s:%d", tt.phrase, e.Kind, e.File, e.Line, tt.kind, tt.file, tt.line)
		}
	}
	// every entry, not only those found by a phrase
	for _, e := range lx.Entries() {
		if e.File == "" || e.Line == 0 || e.Kind == "" {
			t.Fatalf("entry %q has no provenance: %+v", e.Name, e)
		}
	}
}

func TestGroupType(t *testing.T) {
	for code, want := range map[string]string{"PSEREBHMS": "REB", "IMGMUSISI": "IMG", "NGOUSAHLH": "NGO", "INTREB": "REB",
		"INT": "INT", "MEAREB": "REB", "ZAFPTYANC": "PTY", "AFGGOV": "GOV", "USAXYZ": "", "USAREb": "", "REBX": ""} {
		got, err := groupType(code)
		if got != want || (err != nil) != (want == "") {
			t.Errorf("groupType(%s) = %q, %v; want %q", code, got, err, want)
		}
	}
}
