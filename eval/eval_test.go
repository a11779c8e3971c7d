package eval

import (
	"os"
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/coder"
	"github.com/dyadhq/dyad/lexicon"
)

func TestScore(t *testing.T) {
	cases := []Case{
		{ID: "a", Gold: []Triple{{"RUS", "UKR", "190"}, {"UKR", "RUS", "190"}}},
		{ID: "b", Gold: nil},
	}
	coded := map[string][]dyad.Event{
		"a": {{Source: &dyad.Actor{Country: "RUS"}, Target: &dyad.Actor{Country: "UKR"}, Action: dyad.Action{Code: "193", Root: "19"}}},
		"b": {{Source: &dyad.Actor{Code: "IGOUNO"}, Action: dyad.Action{Code: "010", Root: "01"}}},
	}
	res := Score(cases, func(c Case) []dyad.Event { return coded[c.ID] }, Root, Code)
	root, code := res[0], res[1]
	if root.TP != 1 || root.FP != 1 || root.FN != 1 {
		t.Errorf("root: TP %d FP %d FN %d, want 1 1 1", root.TP, root.FP, root.FN)
	}
	if code.TP != 0 || code.FP != 2 || code.FN != 2 {
		t.Errorf("code: TP %d FP %d FN %d, want 0 2 2", code.TP, code.FP, code.FN)
	}
	if got := root.F1(); got < 0.49 || got > 0.51 {
		t.Errorf("F1 = %v, want 0.5", got)
	}
	if len(root.Extras) != 1 || root.Extras[0].Triple.String() != "IGOUNO - 01" {
		t.Errorf("extras %v", root.Extras)
	}
}

// TestUNOrgans: a gold file's "the UN" (IGOUNO, or "UNO") is matched by any
// organ of it the coder names, and an organ named in gold by the UN itself.
func TestUNOrgans(t *testing.T) {
	r := strings.NewReader(`{"id":"u","date":"2024-01-01","text":"x","events":[{"source":"UNO","target":"SYR","code":"073"},{"source":"RUS","target":"IGOUNOSEC","code":"122"}]}`)
	cases, errs := ReadDyad("u.jsonl", r)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	coded := []dyad.Event{
		{Source: &dyad.Actor{Code: "IGOUNOKID"}, Target: &dyad.Actor{Country: "SYR"}, Action: dyad.Action{Code: "073", Root: "07"}},
		{Source: &dyad.Actor{Country: "RUS"}, Target: &dyad.Actor{Code: "IGOUNO"}, Action: dyad.Action{Code: "122", Root: "12"}},
		{Source: &dyad.Actor{Code: "IGOEUREEC"}, Target: &dyad.Actor{Country: "SYR"}, Action: dyad.Action{Code: "073", Root: "07"}},
	}
	res := Score(cases, func(Case) []dyad.Event { return coded }, Code)
	if res[0].TP != 2 || res[0].FP != 1 || res[0].FN != 0 {
		t.Errorf("TP %d FP %d FN %d, want 2 1 0 (the EU is no UN organ)", res[0].TP, res[0].FP, res[0].FN)
	}
}

// TestEUInstitutions: the EU's institutions and the shorthand "IGOEUR" are
// the EU; the OSCE and the Council of Europe are not.
func TestEUInstitutions(t *testing.T) {
	for _, tt := range []struct {
		code string
		eu   bool
	}{
		{"IGOEUREEC", true}, {"IGOEUR", true}, {"IGOEUREECCOM", true}, {"IGOEUREECPAR", true},
		{"IGOEURSCE", false}, {"IGOEURCOE", false}, {"EUR", false},
	} {
		if got := key(tt.code) == "IGOEUREEC"; got != tt.eu {
			t.Errorf("key(%s) = %s: the EU is %v, want %v", tt.code, key(tt.code), got, tt.eu)
		}
	}
}

// TestBlocsAndNATO: a bloc with a role is the bloc, "IGONAT" is NATO; an
// organisation's or a group's code of six letters is itself.
func TestBlocsAndNATO(t *testing.T) {
	for _, tt := range []struct{ code, want string }{
		{"WSTGOV", "WST"}, {"ARBMIL", "ARB"}, {"WST", "WST"}, {"IGONAT", "IGOWSTNAT"}, {"IGOWSTNAT", "IGOWSTNAT"},
		{"IGOUNO", "IGOUNO"}, {"NGOAMN", "NGOAMN"}, {"IMGMUSISI", "IMGMUSISI"}, {"IGOAFR", "IGOAFR"},
	} {
		if got := key(tt.code); got != tt.want {
			t.Errorf("key(%s) = %s, want %s", tt.code, got, tt.want)
		}
	}
}

// goldFloor is a gold set's floors: its records, the F1 of (source,
// target, root) and of full codes, the share of its attributes right (when
// it has them) and the precision of roots.
type goldFloor struct {
	file          string
	records       int
	root, full    float64 // F1 floors
	attrs         float64 // share of gold attributes right, when the file has them
	rootPrecision float64
}

// TestGold codes the team's training gold sets and fails when a score falls
// below its floor: the README's figure less 0.01 for noise.
func TestGold(t *testing.T) {
	testFloors(t, []goldFloor{
		{"gold.jsonl", 150, 0.96, 0.94, 0.00, 0.96},
		{"domestic.jsonl", 120, 0.94, 0.86, 0.00, 0.95},
		{"attributes.jsonl", 80, 0.92, 0.86, 0.94, 0.90},
		{"attributes-2.jsonl", 70, 0.87, 0.83, 0.88, 0.90},
		{"attributes-3.jsonl", 60, 0.95, 0.90, 0.97, 0.93},
		{"attributes-6.jsonl", 80, 0.93, 0.92, 0.95, 0.93},
		{"attributes-8.jsonl", 80, 0.95, 0.91, 0.96, 0.95},
		{"attributes-9.jsonl", 60, 0.97, 0.93, 0.96, 0.99},
		{"attributes-11.jsonl", 60, 0.96, 0.92, 0.92, 0.99},
		{"attributes-12.jsonl", 60, 0.89, 0.88, 0.90, 0.91},
		{"attributes-13.jsonl", 60, 0.93, 0.90, 0.94, 0.93},
		{"attributes-15.jsonl", 60, 0.91, 0.90, 0.90, 0.93},
		{"attributes-18.jsonl", 60, 0.80, 0.76, 0.85, 0.84},
		{"attributes-20.jsonl", 60, 0.95, 0.87, 0.90, 0.96},
		{"attributes-23.jsonl", 50, 0.93, 0.93, 0.86, 0.93},
		{"attributes-24.jsonl", 50, 0.94, 0.91, 0.96, 0.95},
		{"attributes-28.jsonl", 60, 0.96, 0.89, 0.93, 0.96},
		{"attributes-29.jsonl", 60, 0.88, 0.81, 0.85, 0.91},
		{"attributes-32.jsonl", 60, 0.93, 0.90, 0.90, 0.94},
		{"attributes-33.jsonl", 60, 0.90, 0.83, 0.88, 0.92},
		{"attributes-36.jsonl", 60, 0.95, 0.88, 0.96, 0.96},
		{"attributes-37.jsonl", 60, 0.98, 0.88, 0.98, 0.97},
		{"attributes-40.jsonl", 60, 0.92, 0.88, 0.92, 0.96},
		{"attributes-41.jsonl", 60, 0.90, 0.84, 0.86, 0.95},
		{"attributes-44.jsonl", 60, 0.94, 0.88, 0.91, 0.97},
		{"attributes-45.jsonl", 60, 0.89, 0.83, 0.88, 0.91},
		{"attributes-56.jsonl", 60, 0.82, 0.76, 0.80, 0.83},
		{"attributes-57.jsonl", 60, 0.84, 0.78, 0.86, 0.82},
		{"attributes-58.jsonl", 60, 0.78, 0.73, 0.78, 0.80},
		{"attributes-59.jsonl", 60, 0.88, 0.78, 0.84, 0.89},
		{"attributes-60.jsonl", 60, 0.64, 0.59, 0.66, 0.69},
		{"attributes-61.jsonl", 60, 0.77, 0.72, 0.81, 0.80},
	})
}

// TestGoldBlind holds the held-out sets, the validation sets (4, 5, 7, 10,
// 14, 16, 17, 19, 21, 22, 25, 26, 27, 30, 31, 34, 35, 38, 39) and the blind
// ones (42, 43, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55), to floors 0.04 under the README's figures, to
// catch a collapse. It runs only in CI (CI set) or with DYAD_BLIND=1, where
// the lead merges a round: a rule's author who saw a held-out floor fail would
// learn, to the point, what the rule does to held-out text, and the sets would
// be blind no more.
func TestGoldBlind(t *testing.T) {
	if os.Getenv("CI") == "" && os.Getenv("DYAD_BLIND") == "" {
		t.Skip("blind sets are scored only in CI (CI=true) or with DYAD_BLIND=1, so that rule authors do not see them")
	}
	testFloors(t, []goldFloor{
		{"attributes-4.jsonl", 60, 0.74, 0.67, 0.70, 0.82},
		{"attributes-5.jsonl", 50, 0.69, 0.60, 0.72, 0.73},
		{"attributes-7.jsonl", 60, 0.68, 0.59, 0.65, 0.73},
		{"attributes-10.jsonl", 60, 0.77, 0.71, 0.71, 0.79},
		{"attributes-14.jsonl", 60, 0.70, 0.64, 0.67, 0.76},
		{"attributes-16.jsonl", 60, 0.67, 0.60, 0.65, 0.73},
		{"attributes-17.jsonl", 60, 0.65, 0.51, 0.62, 0.75},
		{"attributes-19.jsonl", 60, 0.74, 0.69, 0.68, 0.79},
		{"attributes-21.jsonl", 60, 0.66, 0.57, 0.57, 0.74},
		{"attributes-22.jsonl", 60, 0.76, 0.70, 0.80, 0.77},
		{"attributes-25.jsonl", 60, 0.73, 0.61, 0.75, 0.79},
		{"attributes-26.jsonl", 60, 0.71, 0.69, 0.68, 0.77},
		{"attributes-27.jsonl", 60, 0.81, 0.69, 0.71, 0.89},
		{"attributes-30.jsonl", 60, 0.78, 0.68, 0.76, 0.84},
		{"attributes-31.jsonl", 60, 0.73, 0.69, 0.71, 0.80},
		{"attributes-34.jsonl", 60, 0.81, 0.69, 0.74, 0.87},
		{"attributes-35.jsonl", 60, 0.70, 0.68, 0.68, 0.72},
		{"attributes-38.jsonl", 60, 0.80, 0.76, 0.77, 0.80},
		{"attributes-39.jsonl", 60, 0.68, 0.63, 0.64, 0.70},
		{"attributes-42.jsonl", 60, 0.83, 0.80, 0.81, 0.85},
		{"attributes-43.jsonl", 60, 0.64, 0.62, 0.57, 0.62},
		{"attributes-46.jsonl", 60, 0.78, 0.68, 0.71, 0.81},
		{"attributes-47.jsonl", 60, 0.84, 0.81, 0.86, 0.85},
		{"attributes-48.jsonl", 60, 0.80, 0.72, 0.80, 0.82},
		{"attributes-49.jsonl", 60, 0.83, 0.80, 0.79, 0.82},
		{"attributes-50.jsonl", 60, 0.74, 0.68, 0.63, 0.74},
		{"attributes-51.jsonl", 60, 0.76, 0.70, 0.76, 0.76},
		{"attributes-52.jsonl", 60, 0.78, 0.73, 0.74, 0.77},
		{"attributes-53.jsonl", 60, 0.73, 0.71, 0.67, 0.77},
		{"attributes-54.jsonl", 60, 0.80, 0.75, 0.75, 0.86},
		{"attributes-55.jsonl", 60, 0.78, 0.74, 0.77, 0.81},
	})
}

func testFloors(t *testing.T, tests []goldFloor) {
	lx, _, err := lexicon.Load()
	if err != nil {
		t.Fatal(err)
	}
	c := coder.New(lx)
	code := func(k Case) []dyad.Event { return c.Code(dyad.Document{ID: k.ID, Date: k.Date, Text: k.Text}) }
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f, err := os.Open("testdata/" + tt.file)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			cases, probs := ReadDyad(tt.file, f)
			if len(probs) > 0 || len(cases) != tt.records {
				t.Fatalf("%d cases, problems %v", len(cases), probs)
			}
			res := Score(cases, code, Root, Code)
			var b strings.Builder
			for _, r := range res {
				r.Write(&b, true)
			}
			t.Log("\n" + b.String())
			if f1 := res[0].F1(); f1 < tt.root {
				t.Errorf("root F1 %.3f fell below %.2f", f1, tt.root)
			}
			if p := res[0].Precision(); p < tt.rootPrecision {
				t.Errorf("root precision %.3f fell below %.2f", p, tt.rootPrecision)
			}
			if f1 := res[1].F1(); f1 < tt.full {
				t.Errorf("full-code F1 %.3f fell below %.2f", f1, tt.full)
			}
			if tt.attrs > 0 {
				right, gold := ScoreAttributes(cases, code, LexiconNames(lx)).Total()
				if share := float64(right) / float64(gold); share < tt.attrs {
					t.Errorf("attributes right %d/%d (%.3f), below %.2f", right, gold, share, tt.attrs)
				}
			}
		})
	}
}

func TestReadPloverCompound(t *testing.T) {
	const js = `[{"id":"x","event":"AGREE","text":"Jordan and Britain agreed.","date":"2000-01-01",
	  "source":[{"code":"JOR"},{"code":"GBR"}],"target":[]},
	 {"id":"y","event":"DEMAND","text":"Iraq demanded.","source":[{"code":"IRQ"}],"target":"a note"},
	 {"id":"z","event":"CONSULT","text":"Italy hosted Japan.","source":[{"code":"ITLGOV"}],"target":[{"code":"JAP"}]}]`
	cases, err := ReadPlover("p", strings.NewReader(js))
	if err != nil || len(cases) != 3 {
		t.Fatal(cases, err)
	}
	if g := cases[0].Gold; len(g) != 2 || g[0] != (Triple{"JOR", "GBR", "AGREE"}) {
		t.Errorf("compound source: %v", g)
	}
	if g := Plover.Gold(cases[1].Gold[0]); g != (Triple{"IRQ", "", "REQUEST"}) {
		t.Errorf("PLOVER 0.5 DEMAND with a note for a target: %v", g)
	}
	if g := cases[2].Gold; len(g) != 1 || g[0] != (Triple{"ITA", "JPN", "CONSULT"}) {
		t.Errorf("countries in codes that are not ISO: %v", g)
	}
}

// TestGoldRoleCodes: a gold actor written with its role ("VENOPP") is a
// problem of the file, since scoring compares countries and would count it a
// miss; organisation codes of any length are fine.
func TestGoldRoleCodes(t *testing.T) {
	r := strings.NewReader(`{"id":"a","date":"2024-01-01","text":"x","events":[{"source":"VENOPP","target":"VEN","code":"141"}]}
{"id":"b","date":"2024-01-01","text":"y","events":[{"source":"IGOUNOSEC","target":"SDN","code":"1056"},{"source":"SDN","target":"","code":"173"}]}`)
	cases, errs := ReadDyad("r.jsonl", r)
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), `"VEN"`) {
		t.Errorf("problems %v, want one naming the country VEN", errs)
	}
	if len(cases) != 2 || len(cases[0].Gold) != 0 || len(cases[1].Gold) != 2 {
		t.Errorf("cases %+v", cases)
	}
}
