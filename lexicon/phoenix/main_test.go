package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadhq/dyad/lexicon"
)

func load(t *testing.T) *lexicon.Lexicon {
	t.Helper()
	lx, _, err := lexicon.Load()
	if err != nil {
		t.Fatal(err)
	}
	return lx
}

func TestTitle(t *testing.T) {
	c := newConverter(load(t))
	c.caps["IRA"] = true
	tests := []struct{ in, want string }{
		{"ADEN ABYAN ISLAMIC ARMY", "Aden Abyan Islamic Army"},
		{"AL-QAEDA IN IRAQ", "al-qaeda in Iraq"},
		{"ANTI-IMPERIALIST CELL", "Anti-imperialist Cell"},
		{"PEOPLE'S WAR GROUP", "People's War Group"},
		{"JULY 20TH BRIGADE", "July 20th Brigade"},
		{"ORDER II", "Order II"},
		{"CONTINUITY IRA", "Continuity IRA"},
		{"BPW INTERNATIONAL", "BPW International"},
		{"UNITA", "UNITA"},         // a short word alone is an abbreviation
		{"FARC-EP", "FARC-EP"},     // so are short hyphenated segments
		{"OXFAM", "Oxfam"},         // unless it is a known word
		{"AL-BADR", "al-badr"},     // a particle is not an abbreviation
		{"GAZTERIAK", "Gazteriak"}, // a long word is a word
	}
	for _, tt := range tests {
		if got := c.title(tt.in); got != tt.want {
			t.Errorf("title(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := display("al-qaeda in Iraq"); got != "al-Qaeda in Iraq" {
		t.Errorf("display = %q", got)
	}
}

// A small pair of Phoenix files through the whole conversion: what is kept,
// what is left out, and the codes and countries it derives.
func TestConvert(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("Phoenix.MilNonState.actors.txt", `# test
ANARCHIST_FACTION_ [GRCREB] #  kkl 21 Mar 13

GORGON_LIBERATION_ARMY_(GLA)_ [GRCREB]
+GORGON_ARMY
+JOSEPH_KONY

NATIONAL_ARMY_ [ITAREB]

PEOPLE'S_TEST_ARMY_(COLOMBIA)_ [KKLREB]

PEOPLE'S_TEST_ARMY_(EL_SALVADOR)_ [KKLREB]

TIGERS_ [SWZREB]
PEOPLE'S_TEST_FRONT_(ARGENTINA)_ [KKLREB]

MAY_15_ [GRCREB]

HAMAS_ [PSEREBHMS]
+ZYXWV_BRIGADES

ZORBAN_FRONT_FOR_FREEDOM_ [ANGREB]

GREATER_REGION_FRONT_ [MEAREB]

SHEIKH_ZYXWV
	[PSEREBHMS 19870101-20040322]
`)
	write("Phoenix.International.actors.txt", `#   NGOs
NORTHLAND_RELIEF_FUND_ [NGOUSADEV]
ZYXWV_QWERTY_ [NGOHIN]
FAITH_AID_NETWORK_ [NGOCHRPRO214]
RUSSIA_ [NGO]
GADGET_CORP_ [MNCUSA]
`)
	write("Phoenix.Countries.actors.txt", "# no people\n")
	res, err := convert(load(t), dir, nil)
	if err != nil || len(res.warnings) > 0 {
		t.Fatalf("err %v, warnings %v", err, res.warnings)
	}
	out, n := res.groups, res.nGroups
	got := out[strings.Index(out, "\ngroup"):]
	for _, block := range []string{
		"group GRCREB Anarchist Faction  # line 2\n  country: GRC\n  names: Anarchist Faction\n",
		"group GRCREB Gorgon Liberation Army  # line 4\n  country: GRC\n  names: Gorgon Liberation Army; GLA; Gorgon Army\n",
		"group AGOREB Zorban Front for Freedom  # line 22\n  country: AGO\n  names: Zorban Front for Freedom\n",
		"group ARGREB People's Test Front  # line 15\n  country: ARG\n  names: People's Test Front\n",
		"group MEAREB Greater Region Front  # line 24\n  names: Greater Region Front\n",
		"group NGOUSADEV Northland Relief Fund  # line 2\n  country: USA\n  names: Northland Relief Fund\n",
		"group NGOCHRPRO Faith Aid Network  # line 4\n  names: Faith Aid Network\n",
	} {
		if !strings.Contains(got, block) {
			t.Errorf("missing block:\n%s\nin:%s", block, got)
		}
	}
	for _, gone := range []string{
		"National Army",      // generic words only
		"People's Test Army", // two groups, one name: no name left
		"Tigers",             // a common word
		"May 15",             // a date
		"Hamas", "Zyxwv",     // the team-written Hamas: the whole entry goes
		"Zyxwv Qwerty", // an NGO entry shaped like a person's name
		"Russia",       // a country's name
		"Gadget",       // a corporation
	} {
		if strings.Contains(got, gone) {
			t.Errorf("%q should have been left out:\n%s", gone, got)
		}
	}
	if n != 7 {
		t.Errorf("%d groups, want 7", n)
	}
}

// The committed groups-phoenix.txt and people-phoenix.txt are what the
// converter makes of the Phoenix files and the rest of the lexicon today:
// regenerate them after editing groups.txt, people.txt or any other actors
// file.
func TestGeneratedFilesAreCurrent(t *testing.T) {
	dir := "../../../shared/data/phoenix"
	if _, err := os.Stat(dir); err != nil {
		t.Skip("../shared/data/phoenix is absent (a fresh clone): skipping the regeneration check")
	}
	res, err := convert(load(t), dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	for file, out := range map[string]string{"groups-phoenix.txt": res.groups, "people-phoenix.txt": res.people} {
		committed, err := os.ReadFile("../data/actors/" + file)
		if err != nil {
			t.Fatal(err)
		}
		if out != string(committed) {
			t.Errorf("lexicon/data/actors/%s is stale: run go run ./lexicon/phoenix -in ../shared/data/phoenix -out lexicon/data/actors", file)
		}
	}
}
