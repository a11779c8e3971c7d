package http_test

import (
	"net/http"
	"strings"
	"testing"
)

// TestGuards: writes need a same-origin JSON request, requests a Host the
// server serves, and every response its security headers.
func TestGuards(t *testing.T) {
	ts := newServer(t, "")
	doc := `{"id":"x","date":"2024-06-20","text":"Russia condemned Japan."}`
	tests := []struct {
		name   string
		header []string
		status int
	}{
		{"plain text, as a cross-site form may post", []string{"Content-Type", "text/plain"}, http.StatusForbidden},
		{"a form", []string{"Content-Type", "application/x-www-form-urlencoded"}, http.StatusForbidden},
		{"JSON from another origin", []string{"Origin", "https://evil.example"}, http.StatusForbidden},
		{"a rebound host name", []string{"Host", "evil.example"}, http.StatusMisdirectedRequest},
		{"same-origin JSON", []string{"Origin", ts.URL}, http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest("POST", ts.URL+"/api/documents", strings.NewReader(doc))
			req.Header.Set("Content-Type", "application/json")
			for i := 0; i+1 < len(tt.header); i += 2 {
				if tt.header[i] == "Host" {
					req.Host = tt.header[i+1]
				} else {
					req.Header.Set(tt.header[i], tt.header[i+1])
				}
			}
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if res.StatusCode != tt.status {
				t.Errorf("status %d, want %d", res.StatusCode, tt.status)
			}
			for _, h := range []string{"X-Content-Type-Options", "Content-Security-Policy", "X-Frame-Options"} {
				if res.Header.Get(h) == "" {
					t.Errorf("no %s header", h)
				}
			}
		})
	}
	// a rebound host cannot read either
	req, _ := http.NewRequest("GET", ts.URL+"/api/events", nil)
	req.Host = "evil.example:8080"
	if res, err := http.DefaultClient.Do(req); err != nil || res.StatusCode != http.StatusMisdirectedRequest {
		t.Errorf("GET with a rebound host: %v %v", res.StatusCode, err)
	}
}

// TestTokenGuard: with a token, a write without it or with a wrong one is
// refused, and the server answers any host (it is meant to be reached).
func TestTokenGuard(t *testing.T) {
	ts := newServer(t, "s3cret")
	for _, auth := range []string{"", "Bearer s3cre", "Bearer s3cret1", "s3cret"} {
		code, _ := call(t, "POST", ts.URL+"/api/documents", `{"text":"Russia condemned Japan."}`, "Authorization", auth)
		if code != http.StatusUnauthorized {
			t.Errorf("Authorization %q: %d, want 401", auth, code)
		}
	}
	if code, env := call(t, "POST", ts.URL+"/api/documents", `{"text":"Russia condemned Japan."}`, "Authorization", "Bearer s3cret"); code != 200 {
		t.Errorf("the right token: %d %+v", code, env.Error)
	}
}
