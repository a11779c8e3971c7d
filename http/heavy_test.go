package http

import (
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// TestHeavyTurns: when every turn of heavy work is taken, a coding request
// waits, and is answered 503 when its time limit passes, without reading
// its body.
func TestHeavyTurns(t *testing.T) {
	s := NewServer(nil, nil)
	s.Timeout = 50 * time.Millisecond
	for range cap(s.work) {
		s.work <- struct{}{}
	}
	req := httptest.NewRequest("POST", "/api/code", strings.NewReader(`{"text":"Russia condemned Japan."}`))
	req.Host = "localhost"
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	start := time.Now()
	s.ServeHTTP(rec, req)
	if rec.Code != 503 || !strings.Contains(rec.Body.String(), "busy") {
		t.Errorf("%d %s", rec.Code, rec.Body)
	}
	if d := time.Since(start); d < 50*time.Millisecond || d > time.Second {
		t.Errorf("answered after %v, the time limit being 50ms", d)
	}
}
