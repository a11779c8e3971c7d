package http_test

import (
	"context"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/dyadhq/dyad"
	dyadhttp "github.com/dyadhq/dyad/http"
	"github.com/dyadhq/dyad/sqlite"
	"github.com/dyadhq/dyad/storetest"
)

// counting is a SQLite store that counts the reads of events it answers.
type counting struct {
	*sqlite.Store
	reads atomic.Int32
}

func (c *counting) Events(ctx context.Context, f dyad.Filter, fn func(*dyad.Event) error) error {
	c.reads.Add(1)
	return c.Store.Events(ctx, f, fn)
}

// TestRemembered: the answer of a read is given again from memory for the
// same URL, without reading the store, until the store changes; then,
// whoever wrote (another store on the same data, as another process), the
// next answer is the new one. Refusals and failures are not remembered.
func TestRemembered(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	c := &counting{Store: st}
	ts := httptest.NewServer(dyadhttp.NewServer(c, nil))
	t.Cleanup(func() { ts.Close(); st.Close() })
	docs, evs := storetest.Fixture()
	if _, err := st.Add(ctx, docs, evs[:2]); err != nil {
		t.Fatal(err)
	}
	get := func(url string) (int, string, int32) {
		t.Helper()
		before := c.reads.Load()
		code, env := call(t, "GET", ts.URL+url, "")
		return code, string(env.Data), c.reads.Load() - before
	}

	_, first, reads := get("/api/events?source=RUS")
	if reads != 1 {
		t.Errorf("first answer: %d reads of events, want 1", reads)
	}
	if _, again, reads := get("/api/events?source=RUS"); again != first || reads != 0 {
		t.Errorf("the same request again: %d reads, answer changed: %v; want it from memory", reads, again != first)
	}
	if _, _, reads := get("/api/events?source=RUS&limit=1"); reads != 1 {
		t.Errorf("another URL: %d reads, want 1", reads)
	}

	// a write, by the store itself rather than the server: a new answer
	if _, err := st.Add(ctx, nil, evs[2:]); err != nil {
		t.Fatal(err)
	}
	_, after, reads := get("/api/events?source=RUS")
	if reads != 1 || after == first {
		t.Errorf("after an add: %d reads, answer changed: %v; want it read again", reads, after != first)
	}
	if _, _, err := st.Judge(ctx, dyad.Judgement{Event: evs[0].ID, Verdict: dyad.Reject, Reviewer: "ana"}); err != nil {
		t.Fatal(err)
	}
	if _, judged, reads := get("/api/events?source=RUS"); reads != 1 || strings.Contains(judged, `"id":"`+evs[0].ID+`"`) {
		t.Errorf("after a rejection: %d reads; the rejected event in the answer: %v", reads, strings.Contains(judged, `"id":"`+evs[0].ID+`"`))
	}

	// a refusal is worked out again each time
	for range 2 {
		if code, _, reads := get("/api/events/nope"); code != 404 || reads != 1 {
			t.Errorf("an unknown event: %d after %d reads, want 404 after 1", code, reads)
		}
	}
}

// TestForget: a server told to forget works every answer out again.
func TestForget(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	c := &counting{Store: st}
	srv := dyadhttp.NewServer(c, nil)
	srv.Forget = true
	ts := httptest.NewServer(srv)
	t.Cleanup(func() { ts.Close(); st.Close() })
	docs, evs := storetest.Fixture()
	if _, err := st.Add(ctx, docs, evs); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		before := c.reads.Load()
		if code, _ := call(t, "GET", ts.URL+"/api/events?source=RUS", ""); code != 200 {
			t.Fatalf("status %d", code)
		}
		if n := c.reads.Load() - before; n != 1 {
			t.Errorf("%d reads of events, want 1 each time", n)
		}
	}
}
