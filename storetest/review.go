package storetest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dyadhq/dyad"
)

// judge stores j, failing the test on an error.
func judge(t *testing.T, s dyad.Store, j dyad.Judgement) (dyad.Judgement, *dyad.Event) {
	t.Helper()
	if j.Reviewer == "" {
		j.Reviewer = "ana"
	}
	got, e, err := s.Judge(context.Background(), j)
	if err != nil {
		t.Fatalf("Judge(%s %s): %v", j.Verdict, j.Event, err)
	}
	return got, e
}

// event returns the stored event id, rejected or not; nil when there is none.
func event(t *testing.T, s dyad.Store, id string) *dyad.Event {
	t.Helper()
	var out *dyad.Event
	if err := s.Events(context.Background(), dyad.Filter{ID: id, Rejected: true}, func(e *dyad.Event) error {
		out = e
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

// judgements renders the judgements f selects as verdict:event, newest first.
func judgements(t *testing.T, s dyad.Store, f dyad.JudgementFilter) string {
	t.Helper()
	var out []string
	if err := s.Judgements(context.Background(), f, func(j *dyad.Judgement) error {
		out = append(out, j.Verdict+":"+j.Event)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return strings.Join(out, ",")
}

// corrected returns e with a new target and code, as a caller resolves a
// reviewer's correction.
func corrected(e *dyad.Event, tgt *dyad.Actor, code dyad.EventCode, g float64) *dyad.Event {
	c := *e
	c.Review = nil
	c.Target = tgt
	c.Action = dyad.Action{Code: code, Root: code.Root(), Quad: code.Quad(), Goldstein: g, Label: "corrected", Text: e.Action.Text}
	return &c
}

// Judgements are appended and the latest is in force: a rejected event is
// left out of events and series unless asked for, a corrected one is read
// with its new fields under its id, an added one is an event of its
// sentence; errors say what was missing.
func testJudge(t *testing.T, s dyad.Store) {
	add(t, s)
	ctx := context.Background()
	ukr := &dyad.Actor{Code: "UKR", Country: "UKR", Name: "Ukraine"}
	at := time.Date(2026, 12, 6, 5, 0, 0, 0, time.UTC)

	j1, e := judge(t, s, dyad.Judgement{Event: "e6", Verdict: dyad.Confirm, At: at, Note: "checked"})
	if j1.ID == "" || j1.Doc != "d3" || j1.Sentence != 1 || j1.Was == nil || j1.Was.ID != "e6" || j1.Now != nil || !j1.At.Equal(at) {
		t.Errorf("confirm stored as %+v", j1)
	}
	if e.Review == nil || e.Review.Status != dyad.ReviewConfirmed || e.Review.Judgement != j1.ID || e.Review.Reviewer != "ana" {
		t.Errorf("confirmed event read as %+v", e.Review)
	}
	if got := series(t, s, dyad.SeriesQuery{Source: "RUS", Target: "UKR", Period: "year"}); got != "2023:1:-10" {
		t.Errorf("series RUS-UKR after a confirmation: %s", got)
	}
	j2, _ := judge(t, s, dyad.Judgement{Event: "e6", Verdict: dyad.Reject, Reviewer: "bo"})
	if got := judgements(t, s, dyad.JudgementFilter{Event: "e6"}); got != "reject:e6,confirm:e6" {
		t.Errorf("history of e6: %s, want reject:e6,confirm:e6", got)
	}
	if got := ids(t, s, dyad.Filter{Doc: "d3"}); got != "e5,e7" {
		t.Errorf("d3 after rejecting e6: %s, want e5,e7", got)
	}
	if got := ids(t, s, dyad.Filter{Doc: "d3", Rejected: true}); got != "e5,e6,e7" {
		t.Errorf("d3 with rejected events: %s, want e5,e6,e7", got)
	}
	if got := ids(t, s, dyad.Filter{Review: dyad.ReviewRejected}); got != "e6" {
		t.Errorf("rejected events: %s, want e6", got)
	}
	if r := event(t, s, "e6").Review; r == nil || r.Status != dyad.ReviewRejected || r.Reviewer != "bo" || r.Judgement != j2.ID {
		t.Errorf("rejected e6 read with review %+v", r)
	}
	if got := series(t, s, dyad.SeriesQuery{Source: "RUS", Target: "UKR", Period: "year"}); got != "" {
		t.Errorf("series RUS-UKR after the rejection: %s, want none", got)
	}
	if got := ids(t, s, dyad.Filter{Text: "shelled"}); got != "" {
		t.Errorf("text search finds the rejected e6: %s", got)
	}

	// a correction: RUS vetoed against Ukraine, a threat (130)
	_, e = judge(t, s, dyad.Judgement{Event: "e4", Verdict: dyad.Correct, Now: corrected(event(t, s, "e4"), ukr, "130", -4.4)})
	if e.ID != "e4" || e.Target.Code != "UKR" || e.Action.Code != "130" || e.Review.Status != dyad.ReviewCorrected {
		t.Errorf("corrected e4 came back as %s %+v", e, e.Review)
	}
	got := event(t, s, "e4")
	if got.Target.Code != "UKR" || got.Action.Code != "130" || got.Action.Goldstein != -4.4 || got.Text != "Russia vetoed the resolution at the UN Security Council." {
		t.Errorf("corrected e4 read back as %s %+v", got, got.Action)
	}
	if got := ids(t, s, dyad.Filter{Target: "UKR"}); got != "e4" {
		t.Errorf("events against UKR: %s, want e4 (corrected)", got)
	}
	if got := ids(t, s, dyad.Filter{Code: "129"}); got != "" {
		t.Errorf("code 129 still selects %s after the correction", got)
	}
	if got := series(t, s, dyad.SeriesQuery{Source: "RUS", Target: "UKR", Period: "month"}); got != "2024-03:1:-4.4" {
		t.Errorf("series RUS-UKR after the correction: %s", got)
	}
	if got := series(t, s, dyad.SeriesQuery{Source: "RUS", Target: "IGOUNOSEC", Period: "month"}); got != "" {
		t.Errorf("series RUS-IGOUNOSEC after the correction: %s, want none", got)
	}
	// confirming a corrected event keeps its corrections
	j, e := judge(t, s, dyad.Judgement{Event: "e4", Verdict: dyad.Confirm})
	if j.Now == nil || e.Action.Code != "130" || e.Review.Status != dyad.ReviewConfirmed {
		t.Errorf("confirming corrected e4: now %v, event %s %+v", j.Now, e, e.Review)
	}

	// an event the coder missed
	now := &dyad.Event{Date: "2024-03-28", Text: "Russia vetoed the resolution at the UN Security Council.",
		Source: &dyad.Actor{Code: "IGOUNOSEC", Name: "UN Security Council"}, Target: ukr,
		Action: dyad.Action{Code: "020", Root: "02", Quad: 1, Goldstein: 3}}
	ja, e := judge(t, s, dyad.Judgement{Verdict: dyad.Add, Doc: "d2", Sentence: 0, Now: now})
	wantID := dyad.AddedID("d2", 0, "IGOUNOSEC", "UKR", "020")
	if e.ID != wantID || ja.Now.ID != wantID || e.Doc != "d2" || e.Review.Status != dyad.ReviewAdded || ja.Event != "" {
		t.Errorf("added event %s (%s) review %+v, want id %s", e.ID, e, e.Review, wantID)
	}
	if got := ids(t, s, dyad.Filter{Doc: "d2"}); got != "e4,"+wantID && got != wantID+",e4" {
		t.Errorf("d2 after an addition: %s", got)
	}
	if got := ids(t, s, dyad.Filter{Review: "none", Doc: "d1"}); got != "e2,e3,e1" {
		t.Errorf("unjudged events of d1: %s", got)
	}

	for _, tc := range []struct {
		name string
		j    dyad.Judgement
		code string
	}{
		{"unknown event", dyad.Judgement{Event: "nope", Verdict: dyad.Confirm, Reviewer: "ana"}, dyad.ENOTFOUND},
		{"unknown document", dyad.Judgement{Doc: "nope", Verdict: dyad.Add, Reviewer: "ana", Now: now}, dyad.ENOTFOUND},
		{"added twice", dyad.Judgement{Doc: "d2", Verdict: dyad.Add, Reviewer: "ana", Now: now}, dyad.ECONFLICT},
		{"no verdict", dyad.Judgement{Event: "e1", Verdict: "maybe", Reviewer: "ana"}, dyad.EINVALID},
		{"no reviewer", dyad.Judgement{Event: "e1", Verdict: dyad.Confirm}, dyad.EINVALID},
		{"correction without event", dyad.Judgement{Event: "e1", Verdict: dyad.Correct, Reviewer: "ana"}, dyad.EINVALID},
	} {
		if _, _, err := s.Judge(ctx, tc.j); dyad.ErrorCode(err) != tc.code {
			t.Errorf("%s: %v, want %s", tc.name, err, tc.code)
		}
	}
	// judging again undoes: the rejected e6 confirmed is back
	judge(t, s, dyad.Judgement{Event: "e6", Verdict: dyad.Confirm, Reviewer: "cy"})
	if got := series(t, s, dyad.SeriesQuery{Source: "RUS", Target: "UKR", Period: "year", To: "2023"}); got != "2023:1:-10" {
		t.Errorf("series RUS-UKR after confirming the rejected e6: %s", got)
	}
	if got := judgements(t, s, dyad.JudgementFilter{Reviewer: "bo"}); got != "reject:e6" {
		t.Errorf("judgements of bo: %s", got)
	}
	if got := judgements(t, s, dyad.JudgementFilter{Limit: 3}); got != "confirm:e6,add:,confirm:e4" {
		t.Errorf("latest two judgements: %s", got)
	}
}

// A document coded again keeps its judgements: each attaches to the new
// event of its sentence with the judged source, target and action, under
// the new coding's id; the report counts them and the additions and
// corrections the coder now agrees with. Deleting the document deletes its
// judgements.
func testJudgeReplace(t *testing.T, s dyad.Store) {
	add(t, s)
	e1, e2, e3 := event(t, s, "e1"), event(t, s, "e2"), event(t, s, "e3")
	judge(t, s, dyad.Judgement{Event: "e1", Verdict: dyad.Confirm})
	judge(t, s, dyad.Judgement{Event: "e3", Verdict: dyad.Reject})
	ukr := &dyad.Actor{Code: "UKR", Country: "UKR"}
	judge(t, s, dyad.Judgement{Event: "e2", Verdict: dyad.Correct, Now: corrected(e2, ukr, "057", 8)})
	prkrus := &dyad.Event{Date: "2024-06-21", Source: &dyad.Actor{Code: "PRKGOV", Country: "PRK"}, Target: &dyad.Actor{Code: "RUSGOV", Country: "RUS"},
		Action: dyad.Action{Code: "043", Root: "04", Quad: 1, Goldstein: 2.8}}
	judge(t, s, dyad.Judgement{Verdict: dyad.Add, Doc: "d1", Sentence: 1, Now: prkrus})

	// the same coding under a new lexicon: every id changes
	docs, _ := Fixture()
	d1 := docs[0]
	d1.Title = "Visit, recoded"
	renamed := func(e *dyad.Event) dyad.Event {
		c := *e
		c.ID, c.Review = "v2-"+e.ID, nil
		return c
	}
	// and the coder now finds the event the reviewer added
	found := *prkrus
	found.ID, found.Doc, found.Sentence = "v2-found", "d1", 1
	r := replace(t, s, []dyad.Document{d1}, []dyad.Event{renamed(e1), renamed(e2), renamed(e3), found})
	if r.Judged != 4 || r.Agreed != 1 || strings.Join(r.Reviewed, ",") != "v2-e2,v2-found" {
		t.Errorf("replace kept %d judgements, agreed with %d, reviewed %v; want 4, 1 and v2-e2,v2-found", r.Judged, r.Agreed, r.Reviewed)
	}
	var got []string
	s.Events(context.Background(), dyad.Filter{Doc: "d1", Rejected: true}, func(e *dyad.Event) error {
		st := "-"
		if e.Review != nil {
			st = e.Review.Status
		}
		got = append(got, fmt.Sprintf("%s:%s:%s", e.ID, e, st))
		return nil
	})
	want := "v2-e2:RUSGOV UKR 057:corrected,v2-e3:PRKGOV RUSGOV 057:rejected,v2-e1:RUSGOV PRK 042:confirmed,v2-found:PRKGOV RUSGOV 043:added"
	if strings.Join(got, ",") != want {
		t.Errorf("d1 after recoding:\n%s\nwant\n%s", strings.Join(got, ","), want)
	}
	if got := ids(t, s, dyad.Filter{Doc: "d1"}); got != "v2-e2,v2-e1,v2-found" {
		t.Errorf("d1 without rejected events: %s", got)
	}
	if got := series(t, s, dyad.SeriesQuery{Source: "RUS", Target: "UKR", Period: "month", From: "2024"}); got != "2024-06:1:8" {
		t.Errorf("series RUS-UKR after recoding: %s", got)
	}
	// a later judgement of the recoded event joins its history
	judge(t, s, dyad.Judgement{Event: "v2-e1", Verdict: dyad.Reject})
	if got := judgements(t, s, dyad.JudgementFilter{Event: "v2-e1"}); got != "reject:v2-e1,confirm:e1" {
		t.Errorf("history of v2-e1: %s", got)
	}

	// a coding without the judged events: a correction and an addition
	// stand as the reviewer's events, a rejection hides nothing
	d1.Title = "Visit, coded again"
	r = replace(t, s, []dyad.Document{d1}, nil)
	if r.Judged != 4 || r.Agreed != 0 {
		t.Errorf("second replace kept %d judgements, agreed with %d; want 4 and 0", r.Judged, r.Agreed)
	}
	if got := ids(t, s, dyad.Filter{Doc: "d1", Rejected: true}); got != "v2-e2,v2-found" {
		t.Errorf("d1 coded without events: %s, want the corrected and added ones", got)
	}

	if _, err := s.Delete(context.Background(), []string{"d1"}); err != nil {
		t.Fatal(err)
	}
	if got := judgements(t, s, dyad.JudgementFilter{Doc: "d1"}); got != "" {
		t.Errorf("judgements of a deleted document: %s", got)
	}
	if got := ids(t, s, dyad.Filter{Doc: "d1", Rejected: true}); got != "" {
		t.Errorf("events of a deleted document: %s", got)
	}
}

// A rejected report is no mention of its event and founds no cluster: the
// others of its cluster stand for the event, and a later report joins them.
func testJudgeClusters(t *testing.T, s dyad.Store) {
	ctx := context.Background()
	if _, err := s.Add(ctx, nil, []dyad.Event{
		report("r1", "x", "2024-06-01", "RUS", "UKR", "190"),
		report("r2", "y", "2024-06-01", "RUS", "UKR", "190"),
		report("r3", "z", "2024-06-02", "RUS", "UKR", "190"),
	}); err != nil {
		t.Fatal(err)
	}
	if got := unique(t, s, dyad.Filter{}); got != "r1:3" {
		t.Fatalf("unique before review: %s, want r1:3", got)
	}
	judge(t, s, dyad.Judgement{Event: "r1", Verdict: dyad.Reject})
	if got := unique(t, s, dyad.Filter{}); got != "r2:2" {
		t.Errorf("unique after rejecting the founder: %s, want r2:2", got)
	}
	if _, err := s.Add(ctx, nil, []dyad.Event{report("r4", "w", "2024-06-01", "RUS", "UKR", "190")}); err != nil {
		t.Fatal(err)
	}
	if got := unique(t, s, dyad.Filter{}); got != "r2:3" {
		t.Errorf("unique after a new report: %s, want r2:3", got)
	}
}

// A review queue: events no one judged, the least sure first, then by day
// and id, paged.
func testLeastSure(t *testing.T, s dyad.Store) {
	ctx := context.Background()
	conf := func(e dyad.Event, c float64) dyad.Event { e.Confidence = c; return e }
	if _, err := s.Add(ctx, nil, []dyad.Event{
		conf(report("a", "x", "2024-06-01", "RUS", "UKR", "190"), 0.9),
		conf(report("b", "x", "2024-06-02", "PRK", "RUS", "042"), 0.55),
		conf(report("c", "x", "2024-06-01", "CHN", "USA", "111"), 0.55),
		conf(report("d", "x", "2024-05-01", "JPN", "KOR", "040"), 0.7),
		conf(report("e", "x", "2024-05-01", "IND", "PAK", "172"), 0.1),
	}); err != nil {
		t.Fatal(err)
	}
	judge(t, s, dyad.Judgement{Event: "e", Verdict: dyad.Confirm})
	f := dyad.Filter{Review: "none", LeastSure: true}
	if got := ids(t, s, f); got != "c,b,d,a" {
		t.Errorf("queue: %s, want c,b,d,a", got)
	}
	f.Limit, f.Offset = 2, 1
	if got := ids(t, s, f); got != "b,d" {
		t.Errorf("queue, second and third: %s, want b,d", got)
	}
}
