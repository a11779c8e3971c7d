package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
)

// reviewStore ingests the treaty example into a new store and returns its
// path and events by sentence.
func reviewStore(t *testing.T) (string, map[int][]dyad.Event) {
	t.Helper()
	dir := t.TempDir()
	db := filepath.Join(dir, "dyad.db")
	text, err := os.ReadFile("../../examples/treaty.txt")
	if err != nil {
		t.Fatal(err)
	}
	if _, errs, code := run(t, "", "ingest", "--db", db, "--date", "2024-06-20", write(t, dir, "treaty.txt", text)); code != 0 {
		t.Fatalf("ingest: %s", errs)
	}
	return db, storedBySentence(t, db)
}

func storedBySentence(t *testing.T, db string, flags ...string) map[int][]dyad.Event {
	t.Helper()
	out, errs, code := run(t, "", append([]string{"query", "--db", db, "--format", "jsonl"}, flags...)...)
	if code != 0 {
		t.Fatalf("query: %s", errs)
	}
	by := map[int][]dyad.Event{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var e dyad.Event
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("query: %v: %s", err, line)
		}
		by[e.Sentence] = append(by[e.Sentence], e)
	}
	return by
}

// review runs dyad review with args as reviewer ana and returns the event
// as now read.
func review(t *testing.T, db string, args ...string) dyad.Event {
	t.Helper()
	out, errs, code := run(t, "", append([]string{"review"}, append(args, "--db", db, "--reviewer", "ana")...)...)
	if code != 0 {
		t.Fatalf("review %v: exit %d: %s", args, code, errs)
	}
	var res struct {
		Judgement dyad.Judgement `json:"judgement"`
		Event     dyad.Event     `json:"event"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || res.Judgement.Reviewer != "ana" {
		t.Fatalf("review %v: %v %s", args, err, out)
	}
	return res.Event
}

var counts = regexp.MustCompile(`\(TP (\d+), FP (\d+), FN (\d+)\)`)

// exportEval exports the judgements as gold, checks that it has the
// records want (id: triples), and returns eval's root-level counts on it.
func exportEval(t *testing.T, db string, want map[string]string) (tp, fp, fn int) {
	t.Helper()
	gold := filepath.Join(t.TempDir(), "gold.jsonl")
	if _, errs, code := run(t, "", "review", "--db", db, "--export", gold); code != 0 {
		t.Fatalf("export: %s", errs)
	}
	got := map[string]string{}
	b, err := os.ReadFile(gold)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var rec goldRecord
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("gold: %v: %s", err, line)
		}
		var ts []string
		for _, e := range rec.Events {
			ts = append(ts, e.Source+" "+e.Target+" "+e.Code)
		}
		got[rec.ID] = strings.Join(ts, ",")
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("gold records:\n%v\nwant\n%v", got, want)
	}
	res, errs, code := run(t, "", "eval", "--brief", gold)
	m := counts.FindStringSubmatch(res)
	if code != 0 || m == nil {
		t.Fatalf("eval: exit %d %s\n%s", code, errs, res)
	}
	fmt.Sscan(m[1]+" "+m[2]+" "+m[3], &tp, &fp, &fn)
	return tp, fp, fn
}

// alone returns how many events the coder gives text alone, as eval codes
// a gold record.
func alone(t *testing.T, text string) int {
	t.Helper()
	out, errs, code := run(t, text, "code", "--date", "2024-06-20", "--format", "jsonl", "-")
	if code != 0 {
		t.Fatalf("code: %s", errs)
	}
	return strings.Count(out, "\n")
}

// TestReview: confirm, reject, correct and add through dyad review; what
// query shows after each; the export as gold, which dyad eval reads and
// scores as the judgements say.
func TestReview(t *testing.T) {
	db, by := reviewStore(t)
	treaty, condemned, veto := by[1], by[2], by[4]
	if len(treaty) != 2 || len(condemned) < 2 || len(veto) != 1 || len(by[0]) == 0 {
		t.Fatalf("the treaty example codes differently now: %v", by)
	}

	// every event of the treaty sentence confirmed: the coder scores
	// perfectly on it
	for _, e := range treaty {
		if got := review(t, db, "confirm", e.ID, "--note", "as the text says"); got.Review.Status != "confirmed" || got.Review.Note != "as the text says" {
			t.Errorf("confirm %s: %+v", e.ID, got.Review)
		}
	}
	triples := func(es []dyad.Event) string {
		var out []string
		for _, e := range es {
			out = append(out, e.Triple())
		}
		return strings.Join(out, ",")
	}
	doc := treaty[0].Doc
	want := map[string]string{doc + "#1": triples(treaty)}
	tp, fp, fn := exportEval(t, db, want)
	if tp != 2 || fp != 0 || fn != 0 {
		t.Errorf("eval of the confirmations: TP %d FP %d FN %d, want 2 0 0", tp, fp, fn)
	}

	// every event of the condemnation rejected: a negative record, and
	// the coder's events of it extras
	for _, e := range condemned {
		review(t, db, "reject", e.ID)
	}
	want[doc+"#2"] = ""
	tp2, fp2, fn2 := exportEval(t, db, want)
	if n := alone(t, condemned[0].Text); tp2 != tp || fp2 != fp+n || fn2 != fn {
		t.Errorf("eval after rejecting %d events: TP %d FP %d FN %d, want %d %d %d", len(condemned), tp2, fp2, fn2, tp, fp+n, fn)
	}
	if got := storedBySentence(t, db); len(got[2]) != 0 {
		t.Errorf("query shows rejected events: %v", got[2])
	}
	if got := storedBySentence(t, db, "--rejected"); len(got[2]) != len(condemned) || got[2][0].Review.Status != "rejected" {
		t.Errorf("query --rejected: %v", got[2])
	}

	// the veto corrected: a threat against Ukraine, which the coder misses
	got := review(t, db, "correct", veto[0].ID, "--code", "138", "--target", "UKR")
	if got.ID != veto[0].ID || got.Target.Code != "UKR" || got.Target.Name != "Ukraine" || got.Action.Code != "138" || got.Action.Label == "" || got.Review.Status != "corrected" {
		t.Errorf("correct: %+v", got)
	}
	want[doc+"#4"] = "RUS UKR 138"
	tp3, fp3, fn3 := exportEval(t, db, want)
	if tp3 != tp2 || fp3 != fp2+1 || fn3 != fn2+1 {
		t.Errorf("eval after a correction: TP %d FP %d FN %d, want %d %d %d", tp3, fp3, fn3, tp2, fp2+1, fn2+1)
	}

	// an event added to the first sentence, which the coder does not give
	got = review(t, db, "add", "--doc", doc, "--sentence", "0", "--source", "PRKGOV", "--target", "RUSGOV", "--code", "036")
	if got.Doc != doc || got.Sentence != 0 || got.Source.Country != "PRK" || got.Review.Status != "added" || got.Text != by[0][0].Text {
		t.Errorf("add: %+v", got)
	}
	want[doc+"#0"] = "PRK RUS 036"
	tp4, fp4, fn4 := exportEval(t, db, want)
	if n := alone(t, by[0][0].Text); tp4 != tp3 || fp4 != fp3+n || fn4 != fn3+1 {
		t.Errorf("eval after an addition: TP %d FP %d FN %d, want %d %d %d", tp4, fp4, fn4, tp3, fp3+n, fn3+1)
	}

	// exports: rejected events left out, corrected ones as corrected
	out, _, _ := run(t, "", "export", "--db", db, "--format", "csv")
	if strings.Contains(out, condemned[0].ID) || !strings.Contains(out, veto[0].ID) || !regexp.MustCompile(veto[0].ID+`,[^\n]*,UKR,[^\n]*,138,`).MatchString(out) {
		t.Errorf("export after review:\n%s", out)
	}
	out, _, _ = run(t, "", "export", "--db", db, "--format", "csv", "--rejected")
	if !strings.Contains(out, condemned[0].ID) {
		t.Errorf("export --rejected leaves out %s", condemned[0].ID)
	}

	// the lists
	out, _, code := run(t, "", "review", "list", "--db", db, "--status", "rejected")
	if code != 0 || strings.Count(out, "rejected") != len(condemned) {
		t.Errorf("list --status rejected:\n%s", out)
	}
	out, _, _ = run(t, "", "review", "list", "--db", db, "--status", "none")
	if n := strings.Count(strings.TrimSpace(out), "\n"); n != len(by[0])+len(by[3])+len(by[5])+len(by[6])+len(by[7]) {
		t.Errorf("the queue lists %d events:\n%s", n, out)
	}
	out, _, _ = run(t, "", "review", "list", "--db", db, "--judgements")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2+len(condemned)+2 || !strings.Contains(lines[0], `"verdict":"add"`) || !strings.Contains(lines[len(lines)-1], `"verdict":"confirm"`) {
		t.Errorf("judgements, newest first:\n%s", out)
	}

	for _, tc := range []struct {
		name string
		args []string
		code int
	}{
		{"unknown event", []string{"review", "confirm", "nope"}, 3},
		{"code not in the codebook", []string{"review", "correct", veto[0].ID, "--code", "099"}, 2},
		{"nothing to correct", []string{"review", "correct", veto[0].ID}, 2},
		{"addition without a code", []string{"review", "add", "--doc", doc, "--sentence", "0", "--source", "RUS"}, 2},
		{"addition to no sentence", []string{"review", "add", "--doc", doc, "--sentence", "99", "--source", "RUS", "--code", "040"}, 2},
		{"no subcommand", []string{"review"}, 2},
	} {
		if _, errs, code := run(t, "", append(tc.args, "--db", db, "--reviewer", "ana")...); code != tc.code {
			t.Errorf("%s: exit %d, want %d: %s", tc.name, code, tc.code, errs)
		}
	}
}

// TestReviewRecode: recoding with a dictionary that changes every event id
// keeps each kind of judgement in force on the new events, and the report
// says how many it kept and in how many the coder now agrees with a
// correction.
func TestReviewRecode(t *testing.T) {
	db, by := reviewStore(t)
	treaty, condemned, veto, summoned := by[1], by[2], by[4], by[3]
	if len(treaty) != 2 || len(condemned) < 2 || len(veto) != 1 || len(summoned) != 1 || summoned[0].Action.Code == "172" {
		t.Fatalf("the treaty example codes differently now: %v", by)
	}
	doc := treaty[0].Doc
	review(t, db, "confirm", treaty[0].ID)
	review(t, db, "reject", condemned[0].ID)
	review(t, db, "correct", veto[0].ID, "--code", "138", "--target", "UKR")
	review(t, db, "correct", summoned[0].ID, "--code", "172")
	review(t, db, "add", "--doc", doc, "--sentence", "0", "--source", "PRKGOV", "--target", "RUSGOV", "--code", "036")

	// a dictionary that codes summoning an ambassador in protest as
	// coercion (172), as the reviewer did
	dict := filepath.Join(t.TempDir(), "dict")
	os.Mkdir(dict, 0o755)
	write(t, dict, "verbs.txt", []byte("172 summon $T in protest\n"))
	out, errs, code := run(t, "", "recode", "--db", db, "--dict", dict)
	if code != 0 || !strings.Contains(out, "judgements: 5 kept in force; the coder now gives 1 of the corrected and added events itself") {
		t.Fatalf("recode: exit %d\n%s%s", code, out, errs)
	}
	total := 0
	for _, es := range by {
		total += len(es)
	}
	// the coded events compare as unchanged, but for the two corrected
	// ones and the coded events in their place, which are not compared
	if want := fmt.Sprintf("events: 0 added, 0 removed, %d unchanged\n", total-2); !strings.Contains(out, want) || !strings.Contains(out, "no CAMEO family changed") {
		t.Errorf("recode report:\n%s\nwant %q", out, want)
	}
	status := map[string]string{} // triple and sentence: status
	old := map[string]bool{}
	for _, es := range by {
		for _, e := range es {
			old[e.ID] = true
		}
	}
	n := 0
	for _, es := range storedBySentence(t, db, "--rejected") {
		for _, e := range es {
			n++
			if old[e.ID] {
				t.Errorf("event %s kept its id: the dictionary did not change ids", e.ID)
			}
			if e.Review != nil {
				status[fmt.Sprintf("%d %s", e.Sentence, &e)] = e.Review.Status
			}
		}
	}
	want := map[string]string{
		fmt.Sprintf("1 %s", &treaty[0]):                                    "confirmed",
		fmt.Sprintf("2 %s", &condemned[0]):                                 "rejected",
		fmt.Sprintf("4 %s UKR 138", veto[0].Source):                        "corrected",
		fmt.Sprintf("3 %s %s 172", summoned[0].Source, summoned[0].Target): "corrected",
		"0 PRKGOV RUSGOV 036":                                              "added",
	}
	if fmt.Sprint(status) != fmt.Sprint(want) {
		t.Errorf("judged events after recode:\n%v\nwant\n%v", status, want)
	}
	if n != total+1 { // the coder's events, one of them now 172, and the added one
		t.Errorf("%d events after recode, want %d", n, total+1)
	}
	// the judgement of the summoning is in force on the coder's own 172
	if got := storedBySentence(t, db, "--code", "172"); len(got[3]) != 1 || got[3][0].Review == nil {
		t.Errorf("events of 172 after recode: %v", got)
	}
	// the history stays whole
	out, _, _ = run(t, "", "review", "list", "--db", db, "--judgements")
	if n := strings.Count(out, "\n"); n != 5 {
		t.Errorf("%d judgements after recode, want 5:\n%s", n, out)
	}
}
