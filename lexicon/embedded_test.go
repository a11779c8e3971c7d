package lexicon

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

func fmtFloat(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }

// The embedded dictionaries load without a single malformed line, and cover
// what the coder promises: every UN member and observer, Taiwan and Kosovo.
func TestEmbedded(t *testing.T) {
	lx, warnings, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range warnings {
		t.Error(w)
	}
	if n := len(lx.countries); n < 197 {
		t.Errorf("%d countries, want at least 197 (193 UN members, 2 observers, Taiwan, Kosovo)", n)
	}
	for _, c := range []string{"RUS", "PRK", "KOR", "USA", "JPN", "CHN", "UKR", "TWN", "XKX", "PSE", "VAT"} {
		if !lx.countries[c] {
			t.Errorf("country %s missing", c)
		}
	}
	if len(lx.patterns) < 500 {
		t.Errorf("%d action patterns, want at least 500", len(lx.patterns))
	}
	roots := map[string]bool{}
	for _, p := range lx.patterns {
		roots[string(p.Code.Root())] = true
		if _, ok := lx.codes[p.Code]; !ok {
			t.Errorf("%s:%d: code %s not in the codebook", p.File, p.Line, p.Code)
		}
	}
	for r := 1; r <= 20; r++ {
		if root := strconv.Itoa(100 + r)[1:]; !roots[root] {
			t.Errorf("no pattern for CAMEO family %s", root)
		}
	}
}

// Every gazetteer entry lies inside its country's boxes, every country of
// the actors files has a geography row, and its representative point lies
// inside its own boxes.
func TestGazetteerInsideCountries(t *testing.T) {
	lx, _, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for code := range lx.countries {
		c, ok := lx.Country(code)
		if !ok {
			t.Errorf("country %s has no row in countries.tsv", code)
			continue
		}
		if !c.Contains(c.Lat, c.Lon) {
			t.Errorf("%s: representative point %.2f,%.2f outside its boxes", code, c.Lat, c.Lon)
		}
	}
	n := 0
	for _, g := range lx.Gazetteer() {
		if g.Unowned() {
			continue
		}
		n++
		c, ok := lx.Country(g.Country)
		if !ok {
			t.Errorf("%s: unknown country %s", g.Name, g.Country)
			continue
		}
		if !c.Contains(g.Lat, g.Lon) {
			t.Errorf("%s (%s) at %.4f,%.4f lies outside %s", g.Name, g.Kind, g.Lat, g.Lon, c.Name)
		}
	}
	if n < 2000 {
		t.Errorf("%d land places, want at least 2,000", n)
	}
}

// The places of conflict, migration and trade news in countries the
// gazetteer once covered thinly are found in running text, by their accented
// and plain spellings, with their country and kind, and alone (not one of
// two places of a name).
func TestConflictZonePlaces(t *testing.T) {
	lx, _, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []placeCase{
		{"Militants attacked an army post near Diabaly on Sunday.", "Diabaly", "MLI", "city"},
		{"Hundreds fled Kantchari after the ambush.", "Kantchari", "BFA", "city"},
		{"The convoy left Mainé-Soroa at dawn.", "Mainé-Soroa", "NER", "city"},
		{"The convoy left Maine-Soroa at dawn.", "Mainé-Soroa", "NER", "city"},
		{"Insurgents overran a base in Malam Fatori.", "Malam Fatori", "NGA", "city"},
		{"Rebels took Sake, west of Goma.", "Sake", "COD", "city"},
		{"Shelling hit the Abu Shouk camp again.", "Abu Shouk", "SDN", "site"},
		{"Troops crossed into Somalia at Dhobley.", "Dhobley", "SOM", "border"},
		{"Refugees arrived in Bidibidi last week.", "Bidibidi", "UGA", "site"},
		{"Fighting reached Macomia overnight.", "Macomia", "MOZ", "city"},
		{"Clashes broke out in Zintan and Nalut.", "Zintan", "LBY", "city"},
		{"Drones struck Al Khawkhah port.", "Al Khawkhah", "YEM", "port"},
		{"Protesters gathered in Khojaly.", "Khojaly", "AZE", "city"},
		{"Migrants waited at Tabanovce for days.", "Tabanovce", "MKD", "border"},
		{"Police raided a house in Vushtrri.", "Vushtrri", "XKX", "city"},
		{"Gangs burned homes in Martissant.", "Martissant", "HTI", "city"},
		{"The army lost Laiza's outposts.", "Laiza", "MMR", "city"},
		{"Inmates were flown to CECOT.", "CECOT", "SLV", "site"},
	}
	checkPlaces(t, lx, tests, false)
}

// "The capital" of a report is the seat of government, the first capital
// the gazetteer lists for its country.
func TestCapitals(t *testing.T) {
	lx, _, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for code, want := range map[string]string{"UKR": "Kyiv", "BOL": "La Paz", "LKA": "Colombo", "ZAF": "Pretoria", "NGA": "Abuja"} {
		if g := lx.Capital(code); g == nil || g.Name != want {
			t.Errorf("capital of %s: %v, want %s", code, g, want)
		}
	}
	if g := lx.Capital("XXX"); g != nil {
		t.Errorf("capital of an unknown country: %s", g.Name)
	}
}

// Every CAMEO code that is coded directly has at least one action pattern.
// The twenty two-digit family codes (01 ... 20) are headings, not events: the
// codebook gives them no description, and an event of a family that fits no
// narrower code is coded with the family's "not specified" code (010, 020,
// ... 200), which must have patterns like every other code.
func TestEveryCodeHasAPattern(t *testing.T) {
	lx, _, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	cov := lx.Coverage()
	if len(cov) != len(lx.codes) {
		t.Fatalf("Coverage has %d codes, the codebook %d", len(cov), len(lx.codes))
	}
	codes := make([]string, 0, len(lx.codes))
	for c := range lx.codes {
		codes = append(codes, string(c))
	}
	sort.Strings(codes)
	for _, s := range codes {
		c := dyad.EventCode(s)
		if len(c) == 2 {
			continue // a family heading
		}
		if cov[c] == 0 {
			t.Errorf("CAMEO %s (%s) has no pattern", c, lx.codes[c].Label)
		}
	}
}

func TestCoverage(t *testing.T) {
	dir := t.TempDir()
	verbs := "0841 release $T on bail\n0841 freed on bail $T\n# a comment\n"
	if err := os.WriteFile(filepath.Join(dir, "verbs.txt"), []byte(verbs), 0o644); err != nil {
		t.Fatal(err)
	}
	base, _, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	mine, warnings, err := Load(dir)
	if err != nil || len(warnings) > 0 {
		t.Fatal(err, warnings)
	}
	b, m := base.Coverage(), mine.Coverage()
	total := 0
	for c, n := range b {
		total += n
		want := n
		if c == "0841" {
			want += 2
		}
		if m[c] != want {
			t.Errorf("with the user's file, %s has %d patterns, want %d", c, m[c], want)
		}
	}
	if total != len(base.patterns) {
		t.Errorf("Coverage counts %d patterns, the lexicon has %d", total, len(base.patterns))
	}
	for _, c := range []dyad.EventCode{"01", "20"} {
		if n, ok := b[c]; !ok || n != 0 {
			t.Errorf("family heading %s: Coverage = %d, %v; want 0, true", c, n, ok)
		}
	}
}

// placeCase is a sentence and the one place the gazetteer must find in it.
type placeCase struct{ text, name, country, kind string }

// checkPlaces finds the first place each case's sentence names (from a
// capitalised word only, with capsOnly) and holds it to the case: one
// place of that name, with that country and kind.
func checkPlaces(t *testing.T, lx *Lexicon, tests []placeCase, capsOnly bool) {
	t.Helper()
	for _, tt := range tests {
		toks := text.Tokenize(tt.text, 0)
		var got *Gazetteer
		for i := range toks {
			if capsOnly && !toks[i].Cap {
				continue
			}
			if gs, n := lx.Place(toks, i); n > 0 {
				if len(gs) != 1 {
					t.Errorf("%q: %d places of one name", tt.text, len(gs))
				}
				got = gs[0]
				break
			}
		}
		switch {
		case got == nil:
			t.Errorf("%q: no place, want %s", tt.text, tt.name)
		case got.Name != tt.name || got.Country != tt.country || got.Kind != tt.kind:
			t.Errorf("%q: %s (%s, %s), want %s (%s, %s)", tt.text, got.Name, got.Country, got.Kind, tt.name, tt.country, tt.kind)
		}
	}
}
