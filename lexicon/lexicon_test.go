package lexicon

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

func TestAt(t *testing.T) {
	shoigu := &Individual{Name: "Sergei Shoigu", Roles: []Role{
		{Code: "RUSGOV", From: "2012-11-06", To: "2024-05-12", Title: "Minister of Defence"},
		{Code: "RUSGOV", From: "2024-05-12", To: "", Title: "Secretary of the Security Council"},
		{Code: "RUSGOV", From: "1991-01-01", To: "2012-05-11", Title: "Minister of Emergency Situations"},
	}}
	naryshkin := &Individual{Name: "Sergey Naryshkin", Roles: []Role{
		{Code: "RUSLEG", From: "2011-12-21", To: "2016-10-05"},
		{Code: "RUSSPY", From: "2016-10-05", To: ""},
	}}
	tests := []struct {
		p     *Individual
		date  string
		code  string
		title string
		held  bool
	}{
		{shoigu, "2023-09-01", "RUSGOV", "Minister of Defence", true},
		{shoigu, "2023", "RUSGOV", "Minister of Defence", true},
		{shoigu, "2025-01-01", "RUSGOV", "Secretary of the Security Council", true},
		{shoigu, "2012-08-01", "RUSGOV", "Minister of Emergency Situations", false},
		{shoigu, "1980-01-01", "RUSGOV", "Minister of Emergency Situations", false},
		{naryshkin, "2014-06", "RUSLEG", "", true},
		{naryshkin, "2020-01-01", "RUSSPY", "", true},
	}
	for _, tt := range tests {
		r, held := tt.p.At(tt.date)
		if r.Code != tt.code || r.Title != tt.title || held != tt.held {
			t.Errorf("%s at %s = %s %q held=%v, want %s %q held=%v", tt.p.Name, tt.date, r.Code, r.Title, held, tt.code, tt.title, tt.held)
		}
	}
}

// A user's dictionary with bad lines: each is reported with file and line,
// and every good line still loads and overrides the embedded entries.
func TestLoadUserDictionary(t *testing.T) {
	dir := t.TempDir()
	must := func(name, body string) {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	must("actors/mine.txt", `country GND Gondor
  names: Gondor
  colours: white
person Denethor
  names: Denethor
  role: GNDGOV 3019-01-01 2000-01-01 Steward
  role: GNDGOV 2000-01-01 - Steward
`)
	must("verbs.txt", "042 journey to $T\n999 nonsense\n043 welcome &NOPE\n")
	must("agents.txt", "steward; lord\nGOV: steward\n")
	lx, warnings, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"mine.txt:3:", "mine.txt:6:", "agents.txt:1:", "verbs.txt:2:", "verbs.txt:3:"}
	if len(warnings) != len(want) {
		t.Fatalf("warnings = %v, want %d", warnings, len(want))
	}
	for i, w := range want {
		var pe *ParseError
		if !errors.As(warnings[i], &pe) || !strings.Contains(warnings[i].Error(), w) {
			t.Errorf("warning %d = %v, want one at %s", i, warnings[i], w)
		}
	}
	if !lx.countries["GND"] {
		t.Error("Gondor was not loaded")
	}
	found := false
	for _, p := range lx.PatternsAt("journey") {
		found = found || p.Code == "042"
	}
	if !found {
		t.Error("the user's pattern 'journey to $T' was not loaded")
	}
	if _, _, err := Load(filepath.Join(dir, "missing")); dyad.ErrorCode(err) != dyad.EINVALID {
		t.Errorf("a missing directory: err = %v, want EINVALID", err)
	}
}

func TestCodeMap(t *testing.T) {
	m := &CodeMap{Default: "030", Prefixes: map[string]dyad.EventCode{"04": "036", "06": "031", "061": "0311"}}
	for in, want := range map[dyad.EventCode]dyad.EventCode{"042": "036", "0611": "0311", "062": "031", "19": "030"} {
		if got := m.Apply(in); got != want {
			t.Errorf("Apply(%s) = %s, want %s", in, got, want)
		}
	}
}

// The codebook table agrees with GDELT's Goldstein table, code for code.
func TestCodebookMatchesGDELT(t *testing.T) {
	f, err := os.Open("../../shared/data/cameo/CAMEO.goldsteinscale.txt")
	if err != nil {
		t.Skip("../shared/data is absent (a fresh clone): skipping the comparison with GDELT's table")
	}
	defer f.Close()
	lx, _, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) != 2 || fs[0] == "CAMEOEVENTCODE" {
			continue
		}
		n++
		c, ok := lx.codes[dyad.EventCode(fs[0])]
		if !ok {
			t.Errorf("code %s missing from cameo.tsv", fs[0])
			continue
		}
		if got := strings.TrimSuffix(strings.TrimRight(fmtFloat(c.Goldstein), "0"), "."); got != strings.TrimSuffix(strings.TrimRight(fs[1], "0"), ".") {
			t.Errorf("code %s: Goldstein %s, GDELT %s", fs[0], got, fs[1])
		}
	}
	if n != len(lx.codes) || n != 311 {
		t.Errorf("GDELT has %d codes, cameo.tsv %d, want 311", n, len(lx.codes))
	}
}

func TestSurnamed(t *testing.T) {
	lx, _, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, a := range lx.Surnamed("bush") {
		names = append(names, a.Person.Name)
	}
	if !slices.Contains(names, "George W. Bush") {
		t.Errorf(`Surnamed("bush") = %q, want George W. Bush among them`, names)
	}
	for _, a := range lx.Surnamed("bush") {
		if a.Kind != Person {
			t.Errorf("Surnamed gave a %v, want only people", a.Kind)
		}
	}
	if got := lx.Surnamed("the"); len(got) != 0 {
		t.Errorf(`Surnamed("the") = %d people, want none`, len(got))
	}
}

// A division of a country is found by the names news copy gives it: "X
// region" or "X province" for "X Oblast", its own word in either case; a
// name two divisions would share, or one the gazetteer gives another place,
// is left alone.
func TestDivisionNames(t *testing.T) {
	dir := t.TempDir()
	const places = "name\talternates\tcountry\tkind\tlat\tlon\n" +
		"Minas Oblast\t\tGND\tregion\t10\t10\n" +
		"Osgil\t\tGND\tcity\t11\t11\n" +
		"Osgil Governorate\t\tGND\tregion\t12\t12\n" +
		"Anor Krai\t\tGND\tregion\t13\t13\n" +
		"Anor Province\t\tGND\tregion\t14\t14\n" +
		"Ithil region\t\tGND\tcity\t15\t15\n" +
		"Ithil Oblast\t\tGND\tregion\t16\t16\n"
	if err := os.WriteFile(filepath.Join(dir, "places.tsv"), []byte(places), 0o644); err != nil {
		t.Fatal(err)
	}
	lx, _, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want string }{
		{"in the Minas region", "Minas Oblast"},
		{"in the Minas province", "Minas Oblast"},
		{"in the Minas oblast", "Minas Oblast"},
		{"in the Minas Oblast", "Minas Oblast"},
		{"in the Osgil governorate", "Osgil Governorate"},
		{"in the Osgil Governorate", "Osgil Governorate"},
		{"in the Osgil region", "Osgil Governorate"},
		{"in the Osgil", "Osgil"},
		{"in the Anor krai", "Anor Krai"},
		{"in the Anor province", "Anor Province"}, // its own name
		{"in the Anor region", ""},                // two divisions' name
		{"in the Ithil region", "Ithil region"},   // another place's name
		// the embedded gazetteer
		{"in Russia's Krasnodar region", "Krasnodar Krai"},
		{"in Iraq's Duhok province", "Duhok Governorate"},
	}
	for _, tt := range tests {
		toks := text.Tokenize(tt.text, 0)
		got := ""
		for i := range toks {
			if gs, n := lx.Place(toks, i); n > 0 {
				got = gs[0].Name
				if len(gs) > 1 {
					got = "(ambiguous)"
				}
				break
			}
		}
		if got != tt.want {
			t.Errorf("%q: place %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestPhrasalAlternatives: a pattern's alternative the tokenizer splits
// ("live-fire") is matched as the words it splits into, beside one-word ones.
func TestPhrasalAlternatives(t *testing.T) {
	v := &verbSet{classes: map[string][][]string{}, byFirst: map[string]map[string][][]string{}}
	for _, tc := range []struct {
		name, body string
		kind       ElemKind
		phrases    [][]string
	}{
		{"one word each", "hold ... naval|major ... drill +solo", EWords, nil},
		{"the possessive", "defend ... $T 's ... decision", EWords, nil},
		{"a hyphenated one", "hold ... naval|live-fire ... drill +solo", EClass, [][]string{{"naval"}, {"live", "-", "fire"}}},
		{"words joined by _", "hold ... naval|live_fire ... drill +solo", EClass, [][]string{{"naval"}, {"live", "fire"}}},
	} {
		p, err := v.compileLine(pendingLine{file: "t", line: 1, code: "150", body: tc.body})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		e := p.Elems[len(p.Elems)-3]
		if e.Kind != tc.kind {
			t.Errorf("%s: kind %d, want %d", tc.name, e.Kind, tc.kind)
			continue
		}
		if tc.kind == EClass {
			if fmt.Sprint(e.Class) != fmt.Sprint(tc.phrases) || len(e.ClassAt("live")) != 1 {
				t.Errorf("%s: class %v, want %v found by its first word", tc.name, e.Class, tc.phrases)
			}
		}
	}
}

// A phrase meant as one alternative but written with a space ("crew|crew
// member") repeats a word of its element: the loader rejects the line, at
// its file and line, rather than read it as "crew|crew" then "member".
func TestRepeatedAlternative(t *testing.T) {
	v := &verbSet{classes: map[string][][]string{}, byFirst: map[string]map[string][][]string{}}
	for _, body := range []string{"arrest ... crew|crew member +solo", "arrest ... crew|crew_member|Crew +solo"} {
		if _, err := v.compileLine(pendingLine{file: "t", line: 1, code: "173", body: body}); err == nil {
			t.Errorf("%q: no error", body)
		}
	}
	if _, err := v.compileLine(pendingLine{file: "t", line: 1, code: "173", body: "arrest ... crew|crew_member +solo"}); err != nil {
		t.Error(err)
	}
}

// TestUnitsOnce: a unit code has one line and a phrase one unit; a second
// is reported, since the line read last would otherwise win unnoticed.
func TestUnitsOnce(t *testing.T) {
	var errs []string
	parseUnits("u.txt", "currency MYR: ringgit\nmeasure t: tonne\ncurrency MYR: Malaysian dollar\ncurrency INR: tonne\n",
		func(string, Unit) {}, func(err error) { errs = append(errs, err.Error()) })
	want := []string{`u.txt:3: currency MYR is also on line 1`, `u.txt:4: "tonne" is also a phrase of t`}
	if len(errs) != len(want) || errs[0] != want[0] || errs[1] != want[1] {
		t.Errorf("warnings %q, want %q", errs, want)
	}
}
