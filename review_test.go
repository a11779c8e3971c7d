package dyad_test

import (
	"fmt"
	"testing"

	"github.com/dyadhq/dyad"
)

// resolver knows RUS, UKR and BLR, the codes 190 and 042, and Kyiv.
type resolver struct{}

func (resolver) ResolveActor(c dyad.ActorCode) (*dyad.Actor, error) {
	names := map[string]string{"RUS": "Russia", "UKR": "Ukraine", "BLR": "Belarus"}
	a := &dyad.Actor{Code: c}
	if n, ok := names[string(c[:3])]; ok {
		a.Name, a.Country = n, string(c[:3])
	}
	return a, nil
}

func (resolver) ResolveAction(c dyad.EventCode) (dyad.Action, error) {
	if c != "190" && c != "042" {
		return dyad.Action{}, dyad.Errorf(dyad.EINVALID, "event code %s is not in the codebook", c)
	}
	return dyad.Action{Code: c, Root: c.Root(), Quad: c.Quad(), Label: "label " + string(c)}, nil
}

func (resolver) ResolvePlace(name string) (*dyad.Place, error) {
	if name != "Kyiv" {
		return nil, dyad.Errorf(dyad.EINVALID, "place %q is not in the gazetteer", name)
	}
	return &dyad.Place{Name: "Kyiv", Country: "UKR", Lat: 50.45, Lon: 30.52}, nil
}

func TestChangeApply(t *testing.T) {
	base := func() dyad.Event {
		return dyad.Event{ID: "e", Date: "2024-06-19", Source: &dyad.Actor{Code: "RUSMIL", Country: "RUS", Text: "Russian troops"},
			Target:   &dyad.Actor{Code: "UKR", Country: "UKR", Text: "Kharkiv"},
			Action:   dyad.Action{Code: "190", Root: "19", Quad: 4, Text: "shelled", Span: dyad.Span{15, 22}},
			Quantity: &dyad.Quantity{Value: 5, Unit: "t", Text: "five tonnes", Status: dyad.FlowDelivered}}
	}
	tests := []struct {
		name string
		c    dyad.Change
		want string // source target code date place quantity, or the error code
	}{
		{"nothing", dyad.Change{}, "RUSMIL UKR 190 2024-06-19 - 5 t delivered"},
		{"target, in lower case", dyad.Change{Target: "blr"}, "RUSMIL BLR 190 2024-06-19 - 5 t delivered"},
		{"code, keeping the words", dyad.Change{Code: "042"}, "RUSMIL UKR 042 2024-06-19 - 5 t delivered"},
		{"date and place", dyad.Change{Date: "2024-06", Location: "Kyiv"}, "RUSMIL UKR 190 2024-06 Kyiv 5 t delivered"},
		{"an amount keeps its status", dyad.Change{Quantity: &dyad.Quantity{Value: 9, Unit: "t"}}, "RUSMIL UKR 190 2024-06-19 - 9 t delivered"},
		{"an actor code that is no code", dyad.Change{Source: "RU"}, dyad.EINVALID},
		{"a code not in the codebook", dyad.Change{Code: "099"}, dyad.EINVALID},
		{"a malformed code", dyad.Change{Code: "9"}, dyad.EINVALID},
		{"a date that is none", dyad.Change{Date: "June"}, dyad.EINVALID},
		{"a place not in the gazetteer", dyad.Change{Location: "Atlantis"}, dyad.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := base()
			if err := tt.c.Apply(&e, resolver{}); err != nil {
				if got := dyad.ErrorCode(err); got != tt.want {
					t.Errorf("Apply: %v, want %s", err, tt.want)
				}
				return
			}
			place := "-"
			if e.Location != nil {
				place = e.Location.Name
			}
			got := e.String() + " " + e.Date + " " + place + " " + fmtQty(e.Quantity)
			if got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
			if tt.c.Code != "" && (e.Action.Text != "shelled" || e.Action.Label != "label "+string(tt.c.Code)) {
				t.Errorf("changed action %+v: want the codebook's label and the sentence's words", e.Action)
			}
			if tt.c.Target != "" && (e.Target.Name != "Belarus" || e.Target.Text != "") {
				t.Errorf("changed target %+v: want the dictionaries' name and no words", e.Target)
			}
		})
	}
}

func fmtQty(q *dyad.Quantity) string {
	if q == nil {
		return "-"
	}
	return fmt.Sprintf("%g %s %s", q.Value, q.Unit, q.Status)
}

func TestJudgementValidate(t *testing.T) {
	now := &dyad.Event{Action: dyad.Action{Code: "042"}, Source: &dyad.Actor{Code: "RUS"}}
	for _, tt := range []struct {
		name string
		j    dyad.Judgement
		ok   bool
	}{
		{"confirm", dyad.Judgement{Event: "e", Verdict: dyad.Confirm, Reviewer: "ana"}, true},
		{"add", dyad.Judgement{Doc: "d", Verdict: dyad.Add, Reviewer: "ana", Now: now}, true},
		{"no reviewer", dyad.Judgement{Event: "e", Verdict: dyad.Reject}, false},
		{"no event", dyad.Judgement{Verdict: dyad.Reject, Reviewer: "ana"}, false},
		{"unknown verdict", dyad.Judgement{Event: "e", Verdict: "approve", Reviewer: "ana"}, false},
		{"correction without the event as it is", dyad.Judgement{Event: "e", Verdict: dyad.Correct, Reviewer: "ana"}, false},
		{"addition without a document", dyad.Judgement{Verdict: dyad.Add, Reviewer: "ana", Now: now}, false},
		{"a bad code", dyad.Judgement{Event: "e", Verdict: dyad.Correct, Reviewer: "ana", Now: &dyad.Event{Action: dyad.Action{Code: "42"}}}, false},
	} {
		if err := tt.j.Validate(); (err == nil) != tt.ok {
			t.Errorf("%s: %v", tt.name, err)
		}
	}
}
