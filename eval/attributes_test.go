package eval

import (
	"os"
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/lexicon"
)

func TestScoreAttributes(t *testing.T) {
	f, err := os.Open("testdata/attrs-test.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases, probs := ReadDyad("attrs-test.jsonl", f)
	if len(probs) > 0 || len(cases) != 3 {
		t.Fatalf("%d cases, problems %v", len(cases), probs)
	}
	// a coder that gets t1's date, unit and route right but its quantity's
	// value wrong, codes t2 as 042 with the right place, and misses t3
	code := func(c Case) []dyad.Event {
		actor := func(k string) *dyad.Actor { return &dyad.Actor{Code: dyad.ActorCode(k), Country: k} }
		switch c.ID {
		case "t1":
			return []dyad.Event{{Source: actor("PRK"), Target: actor("RUS"), Date: "2024-03-10",
				Action:   dyad.Action{Code: "072", Root: "07", Quad: 2},
				Quantity: &dyad.Quantity{Value: 100, Unit: "container", Item: "munition"},
				Route:    []dyad.Place{{Name: "Najin"}, {Name: "Vostochny"}}}}
		case "t2":
			return []dyad.Event{{Source: actor("RUS"), Target: actor("PRK"), Date: "2024-06-19",
				Action:   dyad.Action{Code: "042", Root: "04", Quad: 1},
				Location: &dyad.Place{Name: "Pyongyang", Country: "PRK", Role: "event"}}}
		}
		return nil
	}
	r := ScoreAttributes(cases, code, Names{Place: func(s string) string {
		if s == "Najin" {
			return "Rajin" // as a gazetteer's alternate name would
		}
		return s
	}})
	right, gold := r.Total()
	if right != 4 || gold != 6 {
		t.Errorf("right %d of %d, want 4 of 6", right, gold)
	}
	want := map[string][2]int{"when": {2, 3}, "where": {1, 1}, "quantity": {0, 1}, "route": {1, 1}}
	for k, w := range want {
		if r.Right[k] != w[0] || r.Gold[k] != w[1] {
			t.Errorf("%s: %d/%d, want %d/%d", k, r.Right[k], r.Gold[k], w[0], w[1])
		}
	}
	var out strings.Builder
	r.Write(&out, false)
	for _, s := range []string{"right 4/6", "want 1000 container munitions, got 100 container munition", "t3", "(event not coded)"} {
		if !strings.Contains(out.String(), s) {
			t.Errorf("output lacks %q:\n%s", s, out.String())
		}
	}
}

func TestSameWhen(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"2024-W03", "2024-01-15/2024-01-21", true},
		{"2024-10", "2024-10-01/2024-10-31", true},
		{"2024", "2024-01/2024-12", true},
		{"2023-09/2024-09", "2023-09-01/2024-09-30", true},
		{"2024-W03", "2024-01-15", false},
		{"2024-10", "2024-11", false},
		{"", "2024-10", false},
	} {
		if got := sameWhen(tt.a, tt.b); got != tt.want {
			t.Errorf("sameWhen(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// Of two coded events of one root, the one with the gold's own code answers
// for it, whatever their order.
func TestAnsweringPrefersCode(t *testing.T) {
	actor := func(k string) *dyad.Actor { return &dyad.Actor{Code: dyad.ActorCode(k), Country: k} }
	evs := []dyad.Event{
		{Source: actor("IRN"), Action: dyad.Action{Code: "1711", Root: "17", Quad: 4}},
		{Source: actor("IRN"), Action: dyad.Action{Code: "173", Root: "17", Quad: 4}},
		{Source: actor("IRN"), Action: dyad.Action{Code: "180", Root: "18", Quad: 4}},
	}
	for code, want := range map[string]string{"173": "173", "1711": "1711", "172": "1711", "190": "1711"} {
		g := Triple{Source: "IRN", Action: code}
		if e := answering(evs, g, "", map[*dyad.Event]bool{}); e == nil || string(e.Action.Code) != want {
			t.Errorf("gold %s answered by %v, want %s", code, e, want)
		}
	}
}

// Of coded events of one code, each gold event is answered by one of its
// own date, and two gold events by two coded events where there are two.
func TestAnsweringByDate(t *testing.T) {
	actor := func(k string) *dyad.Actor { return &dyad.Actor{Code: dyad.ActorCode(k), Country: k} }
	evs := []dyad.Event{
		{Source: actor("PRK"), Target: actor("KOR"), Date: "2024-01-07", Action: dyad.Action{Code: "150", Root: "15", Quad: 3}},
		{Source: actor("PRK"), Target: actor("KOR"), Date: "2024-01-05", Action: dyad.Action{Code: "150", Root: "15", Quad: 3}},
	}
	used := map[*dyad.Event]bool{}
	g := Triple{Source: "PRK", Target: "KOR", Action: "150"}
	for _, when := range []string{"2024-01-05", "2024-01-07"} {
		if e := answering(evs, g, when, used); e == nil || e.Date != when {
			t.Errorf("gold of %s answered by %v", when, e)
		}
	}
	// a third gold event, of a day not coded, takes one already used
	if e := answering(evs, g, "2024-01-06", used); e == nil {
		t.Error("gold of 2024-01-06 answered by nothing")
	}
}

func TestSameWord(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"people", "person", true}, {"persons", "person", true}, {"fishermen", "fisherman", true},
		{"schoolchildren", "schoolchild", true}, {"militias", "militia", true}, {"shells", "shell", true},
		{"troops", "soldier", true}, {"troop", "soldiers", true}, {"troops", "troop", true},
		{"people", "prisoner", false}, {"bass", "bas", false}, {"troops", "serviceman", false}, {"police", "soldier", false},
	} {
		if got := sameWord(c.a, c.b); got != c.want {
			t.Errorf("sameWord(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// The head of an item is its last word, or the last before an "of" that
// qualifies it.
func TestLastWord(t *testing.T) {
	for in, want := range map[string]string{
		"artillery shells": "shells", "prisoners of war": "prisoners", "prisoner of war": "prisoner",
		"rounds of ammunition": "rounds", "of": "of", "": "", "members of the armed forces": "members",
	} {
		if got := lastWord(in); got != want {
			t.Errorf("lastWord(%q) = %q, want %q", in, got, want)
		}
	}
}

// The gazetteer's names of a place: a gold file's words as written and the
// coder's canonical name are one place, and two places stay two.
func TestLexiconPlaceNames(t *testing.T) {
	lx, _, err := lexicon.Load()
	if err != nil {
		t.Fatal(err)
	}
	place := LexiconNames(lx).Place
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"Rajin", "Najin", true},
		{"Torkham crossing", "Torkham", true},
		{"Gaza", "Gaza Strip", true},
		// a crossing named for a town of its country is at the town
		{"Rafah crossing", "Rafah", true},
		{"Rafah border crossing", "Rafah", true},
		// an airport the gazetteer also calls by its town's name is at the town
		{"Aden Adde International Airport", "Mogadishu", true},
		{"Mogadishu airport", "Mogadishu", true},
		{"Rafic Hariri International Airport", "Beirut", true},
		// one named for no town stays itself, however written
		{"Sheremetyevo airport", "Sheremetyevo", true},
		{"Sheremetyevo", "Khimki", false},
		// but a region named for a city is not the city
		{"Lviv Oblast", "Lviv", false},
	} {
		if got := place(tc.a) == place(tc.b); got != tc.same {
			t.Errorf("%q (%s) and %q (%s): same %v, want %v", tc.a, place(tc.a), tc.b, place(tc.b), got, tc.same)
		}
	}
}

// Crew counted is one item however it is written; other members are not crew.
func TestCrew(t *testing.T) {
	for in, want := range map[string]bool{
		"crew": true, "crew members": true, "Crew member": true, "crewmen": true, "members of its crew": true,
		"members": false, "party members": false, "members of parliament": false, "": false, "screw": false,
	} {
		if got := crew(in); got != want {
			t.Errorf("crew(%q) = %v, want %v", in, got, want)
		}
	}
}
