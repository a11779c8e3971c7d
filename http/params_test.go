package http_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

// TestParameters: every endpoint validates its parameters the same way and
// answers 400 with the same error envelope; a series must name its pair;
// the work a request may ask for is bounded.
func TestParameters(t *testing.T) {
	ts := newServer(t, "")
	bad := []struct{ url, words string }{
		{"/api/events?from=2023-13", "from"},
		{"/api/network?from=2023-13", "from"},
		{"/api/network?to=2024-02-30", "to"},
		{"/api/flows?period=week", "period"},
		{"/api/flows?to=yesterday", "to"},
		{"/api/dyad", "source or target is required"},
		{"/api/dyad?source=USA&period=fortnight", "period"},
		{"/api/dyad?source=USA&from=2023-13", "from"},
		{"/api/changes", "source or target is required"},
		{"/api/changes?source=USA&hazard=0", "hazard"},
		{"/api/changes?source=USA&hazard=2", "hazard"},
		{"/api/changes?source=USA&hazard=NaN", "hazard"},
		{"/api/changes?source=USA&permutations=40000000", "permutations"},
		{"/api/changes?source=USA&scope=internal", "scope"},
		{"/api/events?quad=7", "quad"},
		{"/api/events?limit=0", "limit"},
		{"/api/actors", "q is required"},
		{"/api/actors?q=+", "q is required"},
		{"/api/actors?q=Russia&limit=0", "limit"},
		{"/api/actors?q=Russia&limit=1001", "limit"},
		{"/api/actors?q=Russia&limit=x", "limit"},
	}
	for _, tt := range bad {
		code, env := call(t, "GET", ts.URL+tt.url, "")
		if code != http.StatusBadRequest || env.Error == nil || env.Error.Code != "invalid" || !strings.Contains(env.Error.Message, tt.words) {
			t.Errorf("%s: %d %+v, want 400 invalid about %q", tt.url, code, env.Error, tt.words)
		}
	}
	for _, url := range []string{"/api/dyad?source=*", "/api/dyad?source=USA&target=PRK&period=year&from=2024", "/api/network?from=2024"} {
		if code, env := call(t, "GET", ts.URL+url, ""); code != 200 || env.Error != nil {
			t.Errorf("%s: %d %+v", url, code, env.Error)
		}
	}
}

// TestCodeDate: text posted without a date is dated today, as the server's
// clock says, never "".
func TestCodeDate(t *testing.T) {
	ts := newServer(t, "")
	code, env := call(t, "POST", ts.URL+"/api/code", `{"text":"Russia condemned Japan."}`, "Content-Type", "application/json")
	if code != 200 {
		t.Fatalf("%d %+v", code, env.Error)
	}
	var evs []struct {
		Date string `json:"date"`
	}
	if err := json.Unmarshal(env.Data, &evs); err != nil || len(evs) == 0 {
		t.Fatalf("events %s: %v", env.Data, err)
	}
	for _, e := range evs {
		if len(e.Date) != 10 {
			t.Errorf("posted text without a date gave an event dated %q", e.Date)
		}
	}
	if code, env := call(t, "POST", ts.URL+"/api/code", `{"text":"Russia condemned Japan.","date":"2024-13-45"}`); code != 400 || env.Error == nil {
		t.Errorf("date 2024-13-45: %d", code)
	}
}
