package http_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/dyadhq/dyad"
)

// TestRejectedEventByID checks that a rejected event, left out of the event
// list, is still read by its id, with its review: the events page shows the
// detail of a rejected event it lists on request.
func TestRejectedEventByID(t *testing.T) {
	ts, evs := reviewServer(t, "", nil)
	e := evs[0]
	if code, _, env := judgeCall(t, ts.URL, fmt.Sprintf(`{"event":%q,"verdict":"reject"}`, e.ID)); code != 201 {
		t.Fatalf("reject: %d %+v", code, env.Error)
	}
	if ids(events(t, ts.URL+"/api/events")) == ids(evs) {
		t.Fatalf("the rejected event %s is still listed", e.ID)
	}
	code, env := call(t, "GET", ts.URL+"/api/events/"+e.ID, "")
	var got struct {
		Event dyad.Event `json:"event"`
	}
	if err := json.Unmarshal(env.Data, &got); code != 200 || err != nil {
		t.Fatalf("GET /api/events/%s: %d %v %+v", e.ID, code, err, env.Error)
	}
	if got.Event.ID != e.ID || got.Event.Review == nil || got.Event.Review.Status != dyad.ReviewRejected {
		t.Errorf("the rejected event reads %s with review %+v", got.Event.ID, got.Event.Review)
	}
}
