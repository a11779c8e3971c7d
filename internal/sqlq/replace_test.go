package sqlq

import (
	"reflect"
	"testing"

	"github.com/dyadhq/dyad"
)

func TestHasWords(t *testing.T) {
	const text = "Kim Jong-un visited Vladivostok; Russia's troops shelled Kharkiv."
	for _, tt := range []struct {
		words string
		want  bool
	}{
		{"", true},
		{"visited", true},
		{"VLADIVOSTOK kim", true},
		{"Jong-un", true},
		{"russia", true},
		{"visit", false}, // words, not parts of words
		{"visited Moscow", false},
	} {
		if got := HasWords(text, tt.words); got != tt.want {
			t.Errorf("HasWords(%q) = %v, want %v", tt.words, got, tt.want)
		}
	}
}

func TestDocWhere(t *testing.T) {
	for _, tt := range []struct {
		name  string
		f     dyad.DocFilter
		where string
		args  []any
	}{
		{"everything", dyad.DocFilter{}, "TRUE", nil},
		{"text is the caller's", dyad.DocFilter{Text: "treaty"}, "TRUE", nil},
		{"ids and dates", dyad.DocFilter{IDs: []string{"a", "b"}, From: "2024", To: "2024-06"},
			"documents.id IN ($1, $2) AND documents.date >= $3 AND documents.date <= $4", []any{"a", "b", "2024-01-01", "2024-06-31"}},
		{"events", dyad.DocFilter{From: "2024", Source: "rus", Code: "04"},
			`documents.date >= $1 AND EXISTS (SELECT 1 FROM events WHERE events.doc = documents.id AND (src_key = $2 OR src_code LIKE $3 ESCAPE '\') AND code LIKE $4 ESCAPE '\')`,
			[]any{"2024-01-01", "RUS", "RUS%", "04%"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			where, args := DocWhere(tt.f, dollar)
			if where != tt.where || !reflect.DeepEqual(args, tt.args) {
				t.Errorf("DocWhere(%+v) =\n%s %v\nwant\n%s %v", tt.f, where, args, tt.where, tt.args)
			}
		})
	}
}

// A stored document is unchanged only when its fields and its coding's
// digest are the new version's; its rows are then not stored again.
func TestPlanReplace(t *testing.T) {
	a := dyad.Document{ID: "a", Date: "2024-06-19", Text: "A."}
	b := dyad.Document{ID: "b", Date: "2024-06-19", Text: "B."}
	c := dyad.Document{ID: "c", Date: "2024-06-19", Text: "C."}
	rows, _ := EventRows([]dyad.Event{event("a1", "RUS", "PRK", "2024-06-19", "042", 1), event("b1", "RUS", "PRK", "2024-06-19", "042", 1),
		event("x1", "UKR", "RUS", "2024-06-19", "190", -10)})
	rows[0].Event.Doc, rows[1].Event.Doc, rows[2].Event.Doc = "a", "b", "gdelt-1"
	stored := map[string]StoredDoc{
		"a": {Document: a, Digest: Digest(nil, rows[:1])},
		"b": {Document: b, Digest: Digest(nil, nil)}, // b1 is new
	}
	p, err := PlanReplace([]dyad.Document{a, b, c}, rows, stored)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(p.Unchanged, []string{"a"}) || !reflect.DeepEqual(p.Replaced.Replaced, []string{"b"}) || !reflect.DeepEqual(p.Added, []string{"c"}) {
		t.Errorf("added %v replaced %v unchanged %v; want c, b, a", p.Added, p.Replaced.Replaced, p.Unchanged)
	}
	var ids []string
	for _, r := range p.Rows {
		ids = append(ids, r.Event.ID)
	}
	if !reflect.DeepEqual(ids, []string{"b1", "x1"}) || len(p.Docs) != 2 || p.Docs[0].ID != "c" || p.Docs[1].ID != "b" {
		t.Errorf("rows %v, documents to write %v; want b1 and the imported x1, c then b", ids, p.Docs)
	}
	if _, err := PlanReplace([]dyad.Document{a, a}, nil, nil); dyad.ErrorCode(err) != dyad.EINVALID {
		t.Errorf("an id twice: %v, want EINVALID", err)
	}
}
