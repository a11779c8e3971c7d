package eval

import (
	"os"
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/coder"
	"github.com/dyadhq/dyad/lexicon"
)

// A table in the codebook's layout, with the team's own example sentences.
const codebookTable = `"","eventtype_ID","name","code","goldstein","example","root_code"
"1",1,"MAKE PUBLIC STATEMENT","01",0,NA,"01"
"2",2,"Host a visit","043",2.8,"Ghana hosted the president of Togo in Accra on Monday.","04"
"3",3,"Expel","1663",-5,"Ruritania expelled the ambassador of Freedonia.","16"
"4",4,"Threaten","130",-4.4,"Nobody did anything of note.","13"
` + "\"5\",5,\"Praise\",\"051\",3.4,\"Freedonia\x82\xc4\xf4s leader praised Ruritania. Note: one event.\",\"05\"\n"

func TestReadCodebook(t *testing.T) {
	if !IsCodebook([]byte(strings.SplitN(codebookTable, "\n", 2)[0])) {
		t.Fatal("the header is not taken for a codebook")
	}
	if IsCodebook([]byte(`{"id":"a","text":"x","events":[]}`)) {
		t.Fatal("a gold record is taken for a codebook")
	}
	exs, err := ReadCodebook(strings.NewReader(codebookTable))
	if err != nil {
		t.Fatal(err)
	}
	if len(exs) != 4 || exs[3].Text != "Freedonia's leader praised Ruritania." {
		t.Fatalf("examples %+v: want four, the last without its note and with its apostrophe restored", exs)
	}
	exs = exs[:3]
	if exs[0].Code != "043" || exs[0].Name != "Host a visit" || !strings.HasPrefix(exs[1].Text, "Ruritania") {
		t.Fatalf("examples %+v: want the three rows with an example, NA skipped", exs)
	}
}

func TestScoreCodebook(t *testing.T) {
	exs, _ := ReadCodebook(strings.NewReader(codebookTable))
	exs = exs[:3]
	coded := map[string][]dyad.Event{
		"cb001": events("GHA TGO 042", "TGO GHA 043"), // full code given by one of two events
		"cb002": events("XXX YYY 161"),                // the root only
		"cb003": nil,                                  // nothing
	}
	var dates []string
	res := ScoreCodebook(exs, "2020-01-01", func(k Case) []dyad.Event { dates = append(dates, k.Date); return coded[k.ID] })
	if res.Examples != 3 || res.Full != 1 || res.Root != 2 || len(res.Misses) != 2 {
		t.Fatalf("examples %d full %d root %d misses %d, want 3 1 2 2", res.Examples, res.Full, res.Root, len(res.Misses))
	}
	if dates[0] != "2020-01-01" {
		t.Errorf("examples dated %q, want the date given", dates[0])
	}
	var b strings.Builder
	res.Write(&b, false)
	if !strings.Contains(b.String(), "full code given 1/3 (33.3%)  root given 2/3 (66.7%)") || !strings.Contains(b.String(), "1663  got 161") {
		t.Errorf("written:\n%s", b.String())
	}
}

// TestCodebookExamples codes the CAMEO codebook's own example sentences
// (../shared, absent from a fresh clone) and holds the share given their
// full code and root to floors under today's figures in the README.
func TestCodebookExamples(t *testing.T) {
	const path = "../../shared/data/cameo/icews_cameo-codes.csv"
	f, err := os.Open(path)
	if err != nil {
		t.Skip("../shared/data/cameo/icews_cameo-codes.csv is absent (a fresh clone): skipping the codebook's examples")
	}
	defer f.Close()
	exs, err := ReadCodebook(f)
	if err != nil {
		t.Fatal(err)
	}
	lx, _, err := lexicon.Load()
	if err != nil {
		t.Fatal(err)
	}
	c := coder.New(lx)
	res := ScoreCodebook(exs, CodebookDate, func(k Case) []dyad.Event {
		return c.Code(dyad.Document{ID: k.ID, Date: k.Date, Text: k.Text})
	})
	full, root := ratio(res.Full, res.Examples), ratio(res.Root, res.Examples)
	t.Logf("codebook examples: %d, full %.3f, root %.3f", res.Examples, full, root)
	if res.Examples < 250 || full < codebookFloor.full || root < codebookFloor.root {
		t.Errorf("codebook examples %d: full %.3f root %.3f, floors %.2f %.2f", res.Examples, full, root, codebookFloor.full, codebookFloor.root)
	}
}

// codebookFloor is the README's figure for the codebook's examples less 0.01.
var codebookFloor = struct{ full, root float64 }{0.63, 0.77}
