package storetest

import (
	"context"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
)

// hardened are the suite's checks of what a careless or hostile input
// must not do to a store: merge two documents of one id, or stop one
// backend where the other takes it.
var hardened = []struct {
	name string
	fn   func(*testing.T, dyad.Store)
}{
	{"AddOtherText", testAddOtherText},
	{"AwkwardValues", testAwkwardValues},
	{"JudgeAwkwardIDs", testJudgeAwkwardIDs},
	{"PairsByCode", testPairsByCode},
}

// A pair's sides match by key or by code prefix, as a side alone does,
// after documents are replaced and deleted too: the stores answer a pair
// from a catalogue of the keys each code is stored under, which must not
// lose a match.
func testPairsByCode(t *testing.T, s dyad.Store) {
	add(t, s)
	for _, tt := range []struct {
		f    dyad.Filter
		want string
	}{
		{dyad.Filter{Source: "RUS", Target: "IGOUNO"}, "e4"},
		{dyad.Filter{Source: "rus", Target: "igounosec"}, "e4"},
		{dyad.Filter{Source: "RUSGOV", Target: "PRK"}, "e2,e1"},
		{dyad.Filter{Source: "RUSGOV", Target: "PRKGOV"}, "e2"},
		{dyad.Filter{Source: "PRK", Target: "RUSGOV"}, "e3"},
		{dyad.Filter{Source: "RUSM", Target: "UKR"}, "e6"},
		{dyad.Filter{Source: "UKR", Target: "RUS"}, ""},
		{dyad.Filter{Source: "R_S", Target: "PRK"}, ""}, // LIKE wildcards are literal
	} {
		if got := ids(t, s, tt.f); got != tt.want {
			t.Errorf("%+v: got %s, want %s", tt.f, got, tt.want)
		}
	}
	docs, evs := Fixture()
	if _, err := s.Delete(context.Background(), []string{"d2"}); err != nil {
		t.Fatal(err)
	}
	if got := ids(t, s, dyad.Filter{Source: "RUS", Target: "IGOUNO"}); got != "" {
		t.Errorf("after d2 is deleted, RUS against IGOUNO: %s, want none", got)
	}
	e := evs[3]
	e.ID, e.Target = "e4-again", &dyad.Actor{Code: "IGOUNOGEN", Name: "UN General Assembly"}
	if _, err := s.Replace(context.Background(), docs[1:2], []dyad.Event{e}); err != nil {
		t.Fatal(err)
	}
	if got := ids(t, s, dyad.Filter{Source: "RUS", Target: "IGOUNO"}); got != "e4-again" {
		t.Errorf("after d2 is stored again, RUS against IGOUNO: %s, want e4-again", got)
	}
}

// Add refuses a document whose id is stored, or given twice, with another
// text, and stores nothing of that call: its events would otherwise be
// stored under the other text. Replace stores it as a new version.
func testAddOtherText(t *testing.T, s dyad.Store) {
	ctx := context.Background()
	add(t, s)
	docs, evs := Fixture()
	other := docs[0]
	other.Text = "Lavrov visited Pyongyang. Nothing was signed."
	e := evs[0]
	e.ID, e.Text = "e1-other", "Lavrov visited Pyongyang."
	d9 := dyad.Document{ID: "d9", Date: "2024-07-01", Text: "Japan protested."}
	e9 := evs[3]
	e9.ID, e9.Doc, e9.Text = "e9", "d9", "Japan protested."

	_, err := s.Add(ctx, []dyad.Document{d9, other}, []dyad.Event{e9, e})
	if dyad.ErrorCode(err) != dyad.ECONFLICT || !strings.Contains(err.Error(), `"d1"`) {
		t.Errorf("add of d1 with another text: %v, want ECONFLICT naming d1", err)
	}
	twice := d9
	twice.Text = "Japan complained."
	_, err = s.Add(ctx, []dyad.Document{d9, twice}, []dyad.Event{e9})
	if dyad.ErrorCode(err) != dyad.ECONFLICT || !strings.Contains(err.Error(), `"d9"`) {
		t.Errorf("add of d9 twice with two texts: %v, want ECONFLICT naming d9", err)
	}
	if got := ids(t, s, dyad.Filter{}); got != "e5,e6,e7,e4,e2,e3,e1" {
		t.Errorf("after the refused adds, events %s, want the fixture's alone", got)
	}
	if _, err := s.Document(ctx, "d9"); dyad.ErrorCode(err) != dyad.ENOTFOUND {
		t.Errorf("after the refused adds, d9: %v, want ENOTFOUND", err)
	}
	if d, err := s.Document(ctx, "d1"); err != nil || d.Text != docs[0].Text {
		t.Errorf("after the refused adds, d1: %+v, %v; want its first text", d, err)
	}
	// the same text again is the same document: nothing to add
	if got, err := s.Add(ctx, docs, evs); err != nil || got != (dyad.Added{}) {
		t.Errorf("add of the same documents again: %+v, %v", got, err)
	}
	r, err := s.Replace(ctx, []dyad.Document{other}, []dyad.Event{e})
	if err != nil || len(r.Replaced) != 1 {
		t.Fatalf("replace of d1 with another text: %+v, %v", r, err)
	}
	if got := ids(t, s, dyad.Filter{Doc: "d1"}); got != "e1-other" {
		t.Errorf("after the replace, events of d1: %s, want e1-other", got)
	}
}

// noise returns n letters and digits, the same for the same seed, that
// compression cannot shrink much: a key PostgreSQL's B-trees refuse (one
// entry may take about 2.7 KB) unless the store hashes or shortens it.
func noise(seed int64, n int) string {
	r := rand.New(rand.NewSource(seed))
	const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.Intn(len(alphabet))]
	}
	return string(b)
}

// Both stores take what either takes: a NUL byte in a document's text and
// fields and in an event's (which PostgreSQL's text cannot hold; both stores
// store it as a space, which keeps byte offsets), a document id over 8 KB
// and a URL over 2.7 KB, as a document's URL and as the document of
// imported events; such documents are read, selected, replaced and deleted
// as any other.
func testAwkwardValues(t *testing.T, s dyad.Store) {
	ctx := context.Background()
	id := "doc-" + noise(1, 9000)
	url := "https://example.org/" + noise(2, 3000)
	doc := dyad.Document{ID: id, Date: "2024-05-01", Title: "Kim\x00 in Moscow", URL: url, Source: "wire\x00",
		Text: "Kim\x00 visited Moscow. Putin met Kim.", Sentences: []dyad.Span{{0, 21}, {22, 36}}}
	_, evs := Fixture()
	coded := evs[4] // PRKGOV against RUS
	coded.ID, coded.Doc, coded.Sentence, coded.Date, coded.Text = "n1", id, 0, "2024-05-01", "Kim\x00 visited Moscow."
	imported := evs[3]
	imported.ID, imported.Doc, imported.Date = "n2", url, "2024-05-02" // a GDELT row: its document is its source URL

	if _, err := s.Add(ctx, []dyad.Document{doc}, []dyad.Event{coded, imported}); err != nil {
		t.Fatalf("add: %v", err)
	}
	want := doc
	want.Title, want.Source, want.Text = "Kim  in Moscow", "wire ", "Kim  visited Moscow. Putin met Kim."
	got, err := s.Document(ctx, id)
	if err != nil {
		t.Fatalf("document: %v", err)
	}
	if got.ID != want.ID || got.URL != want.URL || got.Title != want.Title || got.Source != want.Source ||
		got.Text != want.Text || len(got.Sentences) != 2 || got.Sentences[1] != want.Sentences[1] {
		t.Errorf("document read back: %.80q %.80q %q %q %q %v", got.ID, got.URL, got.Title, got.Source, got.Text, got.Sentences)
	}
	var texts []string
	if err := s.Events(ctx, dyad.Filter{Doc: id}, func(e *dyad.Event) error {
		texts = append(texts, e.ID+": "+e.Text)
		return nil
	}); err != nil || strings.Join(texts, ",") != "n1: Kim  visited Moscow." {
		t.Errorf("events of the long id: %q, %v", texts, err)
	}
	if got := ids(t, s, dyad.Filter{Doc: url}); got != "n2" {
		t.Errorf("events of the long URL: %s, want n2", got)
	}
	if got := ids(t, s, dyad.Filter{Text: "visited"}); got != "n1" {
		t.Errorf("text visited: %s, want n1", got)
	}
	// Filters and lookups with a NUL byte find what was stored with it.
	if got := ids(t, s, dyad.Filter{Doc: id, Text: "Kim\x00"}); got != "n1" {
		t.Errorf("doc and text with a NUL byte: %s, want n1", got)
	}
	n := 0
	if err := s.Documents(ctx, dyad.DocFilter{IDs: []string{id, "x\x00y"}}, func(*dyad.Document) error { n++; return nil }); err != nil || n != 1 {
		t.Errorf("documents by the long id: %d, %v", n, err)
	}
	// Replacing with the same input twice writes nothing the second time
	// (the first records the digest that Add does not); with a new text,
	// the new version.
	for i, want := range []string{"replaced", "unchanged"} {
		r, err := s.Replace(ctx, []dyad.Document{doc}, []dyad.Event{coded, imported})
		if got := fmt.Sprint(len(r.Replaced), len(r.Unchanged)); err != nil || got != map[string]string{"replaced": "1 0", "unchanged": "0 1"}[want] {
			t.Errorf("replace %d with the same input: %d replaced, %d unchanged, %v; want it %s", i+1, len(r.Replaced), len(r.Unchanged), err, want)
		}
	}
	doc.Text = "Kim\x00 visited Moscow again. Putin met Kim."
	coded.Text = "Kim\x00 visited Moscow again."
	if r, err := s.Replace(ctx, []dyad.Document{doc}, []dyad.Event{coded}); err != nil || len(r.Replaced) != 1 {
		t.Errorf("replace with a new text: %d replaced, %v; want it replaced", len(r.Replaced), err)
	}
	if got, err := s.Document(ctx, id); err != nil || got.Text != "Kim  visited Moscow again. Putin met Kim." {
		t.Errorf("after the replace: %.100v, %v", got, err)
	}
	// A reviewer may judge an event of a document with a long id.
	if _, e := judge(t, s, dyad.Judgement{Event: "n1", Verdict: dyad.Reject}); e == nil || e.Review == nil || e.Review.Status != dyad.ReviewRejected {
		t.Errorf("judging an event of the long id: %+v", e)
	}
	if d, err := s.Delete(ctx, []string{id, url}); err != nil || d != (dyad.Deleted{Documents: 1, Events: 2}) {
		t.Errorf("delete: %+v, %v; want 1 document and 2 events", d, err)
	}
	if got := ids(t, s, dyad.Filter{}); got != "" {
		t.Errorf("after the delete, events %s remain", got)
	}
}

// A reviewer judges the events of a document whose id is over 8 KB and
// has a NUL byte, as any other: a confirmation, a rejection of an event
// whose id has a NUL byte (by a reviewer whose name has one, with a note
// that has one), and an addition naming the document as given.
// Judgements are stored under the id as the store keeps it (the NUL a
// space), found by the id as given, stay in force when the document is
// replaced, and go when it is deleted.
func testJudgeAwkwardIDs(t *testing.T, s dyad.Store) {
	ctx := context.Background()
	id := "doc\x00" + noise(3, 9000)
	stored := strings.ReplaceAll(id, "\x00", " ")
	doc := dyad.Document{ID: id, Date: "2024-05-01", Text: "Kim visited Moscow. Putin met Kim.", Sentences: []dyad.Span{{0, 19}, {20, 34}}}
	_, evs := Fixture()
	visit, meet := evs[4], evs[4] // PRKGOV against RUS
	visit.ID, visit.Doc, visit.Sentence, visit.Date, visit.Text = "k1", id, 0, "2024-05-01", "Kim visited Moscow."
	meet.ID, meet.Doc, meet.Sentence, meet.Date, meet.Text = "k2\x00b", id, 1, "2024-05-01", "Putin met Kim."
	if _, err := s.Add(ctx, []dyad.Document{doc}, []dyad.Event{visit, meet}); err != nil {
		t.Fatalf("add: %v", err)
	}

	jc, e := judge(t, s, dyad.Judgement{Event: "k1", Verdict: dyad.Confirm})
	if jc.Doc != stored || jc.Sentence != 0 || e.Review == nil || e.Review.Status != dyad.ReviewConfirmed {
		t.Errorf("confirmation: doc %.20q sentence %d, event review %+v", jc.Doc, jc.Sentence, e.Review)
	}
	jr, e := judge(t, s, dyad.Judgement{Event: "k2\x00b", Verdict: dyad.Reject, Reviewer: "bo\x00b", Note: "not\x00 a meeting"})
	if jr.Event != "k2 b" || jr.Doc != stored || jr.Reviewer != "bo b" || e.ID != "k2 b" || e.Review == nil || e.Review.Status != dyad.ReviewRejected {
		t.Errorf("rejection: judgement of %q in %.20q by %q, event %q review %+v", jr.Event, jr.Doc, jr.Reviewer, e.ID, e.Review)
	}
	if got := judgements(t, s, dyad.JudgementFilter{Reviewer: "bo\x00b"}); got != "reject:k2 b" {
		t.Errorf("judgements by bo b: %s, want reject:k2 b", got)
	}
	now := &dyad.Event{Date: "2024-05-01", Text: "Putin met Kim.", Source: &dyad.Actor{Code: "RUSGOV", Country: "RUS"},
		Target: &dyad.Actor{Code: "PRKGOV", Country: "PRK"}, Action: dyad.Action{Code: "040", Root: "04", Quad: 1, Goldstein: 1}}
	ja, e := judge(t, s, dyad.Judgement{Verdict: dyad.Add, Doc: id, Sentence: 1, Now: now})
	if ja.Doc != stored || e.Doc != stored || e.Review == nil || e.Review.Status != dyad.ReviewAdded {
		t.Errorf("addition: judgement in %.20q, event in %.20q review %+v", ja.Doc, e.Doc, e.Review)
	}
	if got, want := judgements(t, s, dyad.JudgementFilter{Doc: id}), "add:,reject:k2 b,confirm:k1"; got != want {
		t.Errorf("judgements of the document: %s, want %s", got, want)
	}
	if got := judgements(t, s, dyad.JudgementFilter{Event: "k2\x00b"}); got != "reject:k2 b" {
		t.Errorf("judgements of k2: %s, want reject:k2 b", got)
	}
	if got, want := ids(t, s, dyad.Filter{Doc: id, Review: "judged"}), "k1,"+e.ID; got != want && got != e.ID+",k1" {
		t.Errorf("judged events of the document: %s, want k1 and %s", got, e.ID)
	}

	doc.Title = "Kim in Moscow"
	r, err := s.Replace(ctx, []dyad.Document{doc}, []dyad.Event{visit, meet})
	if err != nil || len(r.Replaced) != 1 || r.Judged != 3 {
		t.Errorf("replace: %d replaced, %d judged, %v; want 1 and 3", len(r.Replaced), r.Judged, err)
	}
	if e := event(t, s, "k2\x00b"); e == nil || e.Review == nil || e.Review.Status != dyad.ReviewRejected {
		t.Errorf("after the replace, k2: %+v; want it rejected still", e)
	}
	if d, err := s.Delete(ctx, []string{id}); err != nil || d.Documents != 1 {
		t.Errorf("delete: %+v, %v", d, err)
	}
	if got := judgements(t, s, dyad.JudgementFilter{Doc: id}); got != "" {
		t.Errorf("after the delete, judgements %s remain", got)
	}
}
