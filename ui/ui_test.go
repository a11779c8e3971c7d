package ui

import (
	"net/http/httptest"
	"strings"
	"testing"
)

// TestHandler checks that "/" serves the built pages, or, without them, the
// page that says how to build them, and that other paths of an unbuilt
// binary are not found.
func TestHandler(t *testing.T) {
	get := func(path string) (int, string) {
		rec := httptest.NewRecorder()
		Handler().ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		return rec.Code, rec.Body.String()
	}
	code, body := get("/")
	if code != 200 {
		t.Fatalf("GET / = %d", code)
	}
	if Built() {
		if !strings.Contains(body, "app.js") {
			t.Errorf("the built index does not load app.js:\n%s", body)
		}
		if code, _ := get("/app.js"); code != 200 {
			t.Errorf("GET /app.js = %d", code)
		}
		return
	}
	if !strings.Contains(body, "npm --prefix ui/web run build") {
		t.Errorf("the unbuilt page does not say how to build:\n%s", body)
	}
	if code, _ := get("/app.js"); code != 404 {
		t.Errorf("GET /app.js without pages = %d, want 404", code)
	}
}
