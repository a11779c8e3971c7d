package lexicon

import (
	"strings"
	"testing"

	"github.com/dyadhq/dyad/text"
)

func TestSearch(t *testing.T) {
	lx, _, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, query string
		limit       int
		first       string // kind and name of the first result; "" for none
		n           int    // at least this many results (exactly, with a limit)
	}{
		{"code", "RUS", 0, "country Russia", 1},
		{"code ignores case", "irn", 0, "country Iran", 1},
		{"group code", "PSEREBHMS", 0, "group Hamas", 1},
		{"name", "Hamas", 0, "group Hamas", 1},
		{"name ignores case", "hezbollah", 0, "group Hezbollah", 1},
		{"person", "putin", 0, "person Vladimir Putin", 1},
		{"seat", "the Kremlin", 0, "country Russia", 1},
		{"adjective", "Russian", 0, "country Russia", 1},
		{"words before substrings", "Islamic State", 0, "group Islamic State", 5},
		{"substring", "ezbolla", 0, "group Hezbollah", 1},
		{"limit", "Islamic", 3, "", 3},
		{"nothing", "xyzzy plugh", 0, "", 0},
		{"empty", "  ", 0, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lx.Search(tt.query, tt.limit)
			if len(got) < tt.n || tt.limit > 0 && len(got) != tt.n || tt.n == 0 && len(got) > 0 {
				t.Fatalf("Search(%q, %d): %d results, want %d", tt.query, tt.limit, len(got), tt.n)
			}
			if tt.first != "" && got[0].Kind+" "+got[0].Name != tt.first {
				t.Errorf("Search(%q): first %s %s (%s:%d), want %s", tt.query, got[0].Kind, got[0].Name, got[0].File, got[0].Line, tt.first)
			}
		})
	}
}

func TestCounts(t *testing.T) {
	lx, _, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	c := lx.Counts()
	if c.Countries < 197 || c.Organisations < 70 || c.People < 20000 || c.Groups < 1500 || c.Agents < 100 {
		t.Errorf("embedded counts %+v: want at least 197 countries, 70 organisations, 20,000 people, 1,500 groups, 100 agent phrases", c)
	}
	dir := writeDict(t, map[string]string{
		"actors/mine.txt": "country GND Gondor\n  names: Gondor\nperson Denethor\n  names: Denethor\n" +
			"group GNDREBRNG Rangers\n  country: GND\n  names: Grey Company\nbloc WHC White Council\n  names: White Council\n",
		"agents.txt": "GOV: steward; lord\n",
	})
	lx2, _, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := Counts{Countries: c.Countries + 1, Organisations: c.Organisations + 1, People: c.People + 1, Groups: c.Groups + 1, Agents: c.Agents + 2}
	if got := lx2.Counts(); got != want {
		t.Errorf("with a user's dictionary: %+v, want %+v", got, want)
	}
}

// The embedded groups are safe to match: no group name is also a country's,
// an organisation's or a person's phrase or an agent phrase, and no name
// stands for two groups with different codes at once.
func TestGroupNames(t *testing.T) {
	lx, _, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	others := map[string]*Entry{}
	groups := map[string][]*Entry{}
	team, total := 0, 0
	for _, e := range lx.Entries() {
		for _, p := range e.Phrases {
			k := foldKey(p.Text)
			if e.Kind == "group" {
				groups[k] = append(groups[k], e)
			} else if others[k] == nil {
				others[k] = e
			}
		}
		if e.Kind != "group" {
			continue
		}
		total++
		if e.File == "actors/groups.txt" {
			team++
			if e.Country == "" && !transnational[e.Code[:3]] {
				t.Errorf("%s:%d: %s has no home country", e.File, e.Line, e.Name)
			}
		}
		if len(e.Names()) == 0 {
			t.Errorf("%s:%d: %s has no names", e.File, e.Line, e.Name)
		}
	}
	if team < 500 || total < 1500 {
		t.Errorf("%d groups (%d team-written), want at least 1,500 (500)", total, team)
	}
	for k, es := range groups {
		e := es[0]
		if o := others[k]; o != nil {
			t.Errorf("%s:%d: group name %q is also a phrase of %s %s (%s:%d)", e.File, e.Line, k, o.Kind, o.Name, o.File, o.Line)
		}
		toks := text.Tokenize(k, 0)
		lx.Lemmatize(toks)
		if role, n := lx.Agent(toks, 0); n == len(toks) {
			t.Errorf("%s:%d: group name %q is an agent phrase (%s)", e.File, e.Line, k, role)
		}
		for i := range es {
			for _, f := range es[i+1:] {
				if es[i] != f && overlap(es[i], f) {
					t.Errorf("group name %q stands for %s (%s:%d) and %s (%s:%d) at once", k, es[i].Code, es[i].File, es[i].Line,
						f.Code, f.File, f.Line)
				}
			}
		}
	}
}

// transnational are the first segments of codes that need no country: CAMEO's
// international militarized groups and its regions (Western Sahara, the
// Polisario Front's, has no country block).
var transnational = map[string]bool{"IMG": true, "NAF": true, "WAF": true, "EAF": true, "SAF": true, "MEA": true,
	"SAS": true, "SEA": true, "EEU": true, "WEU": true, "LAM": true}

// overlap reports whether groups a and b hold different codes on some date.
func overlap(a, b *Entry) bool {
	spans := func(e *Entry) []Role {
		if len(e.Roles) == 0 {
			return []Role{{Code: e.Code, From: "0000-00-00"}}
		}
		return e.Roles
	}
	for _, r := range spans(a) {
		for _, s := range spans(b) {
			if r.Code != s.Code && (r.To == "" || r.To >= s.From) && (s.To == "" || s.To >= r.From) {
				return true
			}
		}
	}
	return false
}

func foldKey(s string) string {
	toks := text.Tokenize(s, 0)
	ws := make([]string, len(toks))
	for i, t := range toks {
		ws[i] = t.Lower
	}
	return strings.Join(ws, " ")
}
