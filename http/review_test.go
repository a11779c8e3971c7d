package http_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/dyadhq/dyad"
	dyadhttp "github.com/dyadhq/dyad/http"
	"github.com/dyadhq/dyad/sqlite"
)

// reviewServer is a server over a store holding two coded documents, with
// the embedded codebook, and the given tokens (none: loopback only).
func reviewServer(t *testing.T, token string, tokens map[string]string) (*httptest.Server, []dyad.Event) {
	t.Helper()
	newServer(t, "") // loads the lexicon and the coder once
	st, err := sqlite.Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	s := dyadhttp.NewServer(st, cd)
	s.Token, s.Tokens, s.Codebook = token, tokens, lx
	ts := httptest.NewServer(s)
	t.Cleanup(func() { ts.Close(); st.Close() })
	auth := []string{}
	if token != "" {
		auth = []string{"Authorization", "Bearer " + token}
	}
	body := `[{"id":"a","date":"2024-06-20","text":"Russia condemned Japan. Putin visited Pyongyang."},
		{"id":"b","date":"2024-06-21","text":"China criticized the United States. Kim Jong-un met Sergei Lavrov in Pyongyang."}]`
	if code, env := call(t, "POST", ts.URL+"/api/documents", body, auth...); code != 200 {
		t.Fatalf("ingest: %d %+v", code, env.Error)
	}
	return ts, events(t, ts.URL+"/api/events")
}

func events(t *testing.T, url string) []dyad.Event {
	t.Helper()
	code, env := call(t, "GET", url, "")
	var evs []dyad.Event
	if err := json.Unmarshal(env.Data, &evs); code != 200 || err != nil {
		t.Fatalf("GET %s: %d %v %+v", url, code, err, env.Error)
	}
	return evs
}

// judged is the data of POST /api/judgements.
type judged struct {
	Judgement dyad.Judgement `json:"judgement"`
	Event     dyad.Event     `json:"event"`
}

func judgeCall(t *testing.T, url, body string, header ...string) (int, judged, envelope) {
	t.Helper()
	code, env := call(t, "POST", url+"/api/judgements", body, header...)
	var out judged
	if code == 201 {
		if err := json.Unmarshal(env.Data, &out); err != nil {
			t.Fatalf("judgement: %v %s", err, env.Data)
		}
	}
	return code, out, env
}

func ids(evs []dyad.Event) string {
	var out []string
	for _, e := range evs {
		out = append(out, e.ID)
	}
	return strings.Join(out, ",")
}

func TestJudgements(t *testing.T) {
	ts, evs := reviewServer(t, "", nil)
	if len(evs) < 4 {
		t.Fatalf("%d events coded, want at least 4: %s", len(evs), ids(evs))
	}
	byTriple := map[string]dyad.Event{}
	for _, e := range evs {
		byTriple[e.String()] = e
	}
	confirm, reject, fix := evs[0], evs[1], evs[2]

	code, j, env := judgeCall(t, ts.URL, fmt.Sprintf(`{"event":%q,"verdict":"confirm","note":"right","reviewer":"mallory"}`, confirm.ID))
	if code != 201 || j.Judgement.Reviewer != dyadhttp.Local || j.Event.Review == nil || j.Event.Review.Status != "confirmed" ||
		j.Judgement.Note != "right" || j.Judgement.Was == nil || j.Judgement.Was.ID != confirm.ID {
		t.Errorf("confirm: %d %+v %+v", code, j, env.Error)
	}
	if code, _, env := judgeCall(t, ts.URL, fmt.Sprintf(`{"event":%q,"verdict":"reject"}`, reject.ID)); code != 201 {
		t.Errorf("reject: %d %+v", code, env.Error)
	}
	if got := events(t, ts.URL+"/api/events"); strings.Contains(ids(got), reject.ID) || len(got) != len(evs)-1 {
		t.Errorf("events after a rejection: %s", ids(got))
	}
	if got := events(t, ts.URL+"/api/events?rejected=true"); len(got) != len(evs) {
		t.Errorf("events with rejected ones: %s", ids(got))
	}
	if got := events(t, ts.URL+"/api/events?review=rejected"); ids(got) != reject.ID {
		t.Errorf("rejected events: %s, want %s", ids(got), reject.ID)
	}
	var one struct{ Event dyad.Event }
	code, env = call(t, "GET", ts.URL+"/api/events/"+reject.ID, "")
	if json.Unmarshal(env.Data, &one); code != 200 || one.Event.Review == nil || one.Event.Review.Status != "rejected" {
		t.Errorf("a rejected event by id: %d %+v", code, one.Event.Review)
	}
	for param, want := range map[string]bool{"": false, "?rejected=true": true} {
		var doc struct{ Events []dyad.Event }
		code, env := call(t, "GET", ts.URL+"/api/documents/"+reject.Doc+param, "")
		json.Unmarshal(env.Data, &doc)
		if got := strings.Contains(ids(doc.Events), reject.ID); code != 200 || got != want {
			t.Errorf("document %s%s: %d, holds the rejected event: %v", reject.Doc, param, code, got)
		}
	}

	code, j, env = judgeCall(t, ts.URL, fmt.Sprintf(`{"event":%q,"verdict":"correct","now":{"target":"ukr","code":"190","location":"Kyiv"}}`, fix.ID))
	e := j.Event
	if code != 201 || e.ID != fix.ID || e.Target == nil || e.Target.Code != "UKR" || e.Target.Country != "UKR" || e.Target.Name != "Ukraine" ||
		e.Action.Code != "190" || e.Action.Root != "19" || e.Action.Quad != 4 || e.Action.Label == "" || e.Action.Goldstein != -10 ||
		e.Location == nil || e.Location.Name != "Kyiv" || e.Location.Country != "UKR" || e.Source.Code != fix.Source.Code || e.Review.Status != "corrected" {
		t.Errorf("correct: %d %+v %+v", code, e, env.Error)
	}
	if got := events(t, ts.URL+"/api/events?target=UKR"); ids(got) != fix.ID {
		t.Errorf("events against UKR: %s, want %s", ids(got), fix.ID)
	}

	code, j, env = judgeCall(t, ts.URL, `{"verdict":"add","doc":"b","sentence":1,"now":{"source":"PRKGOV","target":"RUS","code":"040"}}`)
	e = j.Event
	if code != 201 || e.Doc != "b" || e.Sentence != 1 || e.Text != "Kim Jong-un met Sergei Lavrov in Pyongyang." || e.Date != "2024-06-21" ||
		e.Source.Country != "PRK" || e.Action.Label == "" || e.Review.Status != "added" || j.Judgement.Event != "" {
		t.Errorf("add: %d %+v %+v", code, j, env.Error)
	}

	for _, tc := range []struct {
		name, body string
		status     int
	}{
		{"unknown event", `{"event":"nope","verdict":"confirm"}`, 404},
		{"unknown event corrected", `{"event":"nope","verdict":"correct","now":{"code":"190"}}`, 404},
		{"code not in the codebook", fmt.Sprintf(`{"event":%q,"verdict":"correct","now":{"code":"099"}}`, confirm.ID), 400},
		{"malformed code", fmt.Sprintf(`{"event":%q,"verdict":"correct","now":{"code":"19x"}}`, confirm.ID), 400},
		{"malformed actor", fmt.Sprintf(`{"event":%q,"verdict":"correct","now":{"source":"RU"}}`, confirm.ID), 400},
		{"unknown place", fmt.Sprintf(`{"event":%q,"verdict":"correct","now":{"location":"Atlantis"}}`, confirm.ID), 400},
		{"bad date", fmt.Sprintf(`{"event":%q,"verdict":"correct","now":{"date":"June"}}`, confirm.ID), 400},
		{"correction of nothing", fmt.Sprintf(`{"event":%q,"verdict":"correct"}`, confirm.ID), 400},
		{"no verdict", fmt.Sprintf(`{"event":%q}`, confirm.ID), 400},
		{"addition to an unknown document", `{"verdict":"add","doc":"nope","sentence":0,"now":{"source":"RUS","code":"040"}}`, 404},
		{"addition to no sentence", `{"verdict":"add","doc":"a","sentence":7,"now":{"source":"RUS","code":"040"}}`, 400},
		{"addition without a code", `{"verdict":"add","doc":"a","sentence":0,"now":{"source":"RUS"}}`, 400},
		{"the same addition again", `{"verdict":"add","doc":"b","sentence":1,"now":{"source":"PRKGOV","target":"RUS","code":"040"}}`, 409},
	} {
		if code, _, env := judgeCall(t, ts.URL, tc.body); code != tc.status {
			t.Errorf("%s: %d %+v, want %d", tc.name, code, env.Error, tc.status)
		}
	}

	var list struct {
		Judgements []dyad.Judgement `json:"judgements"`
	}
	code, env = call(t, "GET", ts.URL+"/api/judgements?reviewer=local", "")
	json.Unmarshal(env.Data, &list)
	var verdicts []string
	for _, j := range list.Judgements {
		verdicts = append(verdicts, j.Verdict)
	}
	if code != 200 || strings.Join(verdicts, ",") != "add,correct,reject,confirm" {
		t.Errorf("judgements, newest first: %d %v", code, verdicts)
	}
	code, env = call(t, "GET", ts.URL+"/api/judgements?event="+confirm.ID, "")
	list.Judgements = nil
	json.Unmarshal(env.Data, &list)
	if code != 200 || len(list.Judgements) != 1 || list.Judgements[0].Verdict != "confirm" {
		t.Errorf("judgements of %s: %d %+v", confirm.ID, code, list.Judgements)
	}

	// the queue: events no one judged, least confident first
	queue := events(t, ts.URL+"/api/review/queue")
	if len(queue) != len(evs)-3 {
		t.Errorf("queue of %d events: %s; want the %d not judged", len(queue), ids(queue), len(evs)-3)
	}
	for i, e := range queue {
		if e.Review != nil {
			t.Errorf("queue holds judged event %s", e.ID)
		}
		if i > 0 && queue[i-1].Confidence > e.Confidence {
			t.Errorf("queue not ordered by confidence: %s %g before %s %g", queue[i-1].ID, queue[i-1].Confidence, e.ID, e.Confidence)
		}
	}
	if code, env := call(t, "GET", ts.URL+"/api/review/queue?limit=1", ""); code != 200 || env.Meta["count"] != 1 || env.Meta["next_offset"] != 1 && len(queue) > 1 {
		t.Errorf("a page of the queue: %d %v", code, env.Meta)
	}

	var codes struct {
		Codes []struct {
			Code, Label, Root, Plover string
			Quad                      int
			Goldstein                 float64
		} `json:"codes"`
	}
	code, env = call(t, "GET", ts.URL+"/api/codes?q=190", "")
	json.Unmarshal(env.Data, &codes)
	if code != 200 || len(codes.Codes) == 0 || codes.Codes[0].Code != "190" || codes.Codes[0].Label == "" || codes.Codes[0].Quad != 4 || codes.Codes[0].Goldstein != -10 {
		t.Errorf("codes 190: %d %+v", code, codes.Codes)
	}
	codes.Codes = nil
	code, env = call(t, "GET", ts.URL+"/api/codes?q=THREATEN&limit=500", "")
	json.Unmarshal(env.Data, &codes)
	for _, c := range codes.Codes {
		if !strings.Contains(strings.ToLower(c.Label), "threaten") {
			t.Errorf("code %s %q does not match threaten", c.Code, c.Label)
		}
	}
	if code != 200 || len(codes.Codes) < 5 {
		t.Errorf("codes threaten: %d, %d codes", code, len(codes.Codes))
	}

	var spec struct {
		Paths map[string]any `json:"paths"`
	}
	res, err := http.Get(ts.URL + "/api/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	json.NewDecoder(res.Body).Decode(&spec)
	for _, p := range []string{"/api/judgements", "/api/review/queue", "/api/codes"} {
		if spec.Paths[p] == nil {
			t.Errorf("openapi.json does not describe %s", p)
		}
	}
}

// With tokens, a judgement needs one, and the token names the reviewer: a
// bare token "owner", a named one its name; a name in the body counts for
// nothing.
func TestJudgementTokens(t *testing.T) {
	ts, evs := reviewServer(t, "bare-token", map[string]string{"ana-token": "ana", "bo-token": "bo"})
	body := fmt.Sprintf(`{"event":%q,"verdict":"confirm","reviewer":"mallory"}`, evs[0].ID)
	for _, auth := range []string{"", "Bearer ", "Bearer ana-toke", "Bearer ana-token2", "ana-token"} {
		if code, _, _ := judgeCall(t, ts.URL, body, "Authorization", auth); code != http.StatusUnauthorized {
			t.Errorf("Authorization %q: %d, want 401", auth, code)
		}
	}
	for token, want := range map[string]string{"bare-token": dyadhttp.Owner, "ana-token": "ana", "bo-token": "bo"} {
		code, j, env := judgeCall(t, ts.URL, body, "Authorization", "Bearer "+token)
		if code != 201 || j.Judgement.Reviewer != want || j.Event.Review.Reviewer != want {
			t.Errorf("token %s: %d reviewer %q, want %q (%+v)", token, code, j.Judgement.Reviewer, want, env.Error)
		}
	}
	// named tokens guard ingest too
	if code, _ := call(t, "POST", ts.URL+"/api/documents", `{"text":"Russia condemned Japan."}`); code != 401 {
		t.Errorf("ingest without a token: %d", code)
	}
	if code, _ := call(t, "POST", ts.URL+"/api/documents", `{"text":"Russia condemned Japan."}`, "Authorization", "Bearer bo-token"); code != 200 {
		t.Errorf("ingest with a named token: %d", code)
	}
}

// A server listening beyond loopback refuses writes without a token (401)
// and serves reads; without a token it does not start there at all.
func TestBeyondLoopback(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:0", "[::]:0", ":0", "example.org:0"} {
		s := dyadhttp.NewServer(nil, nil)
		s.Tokens = map[string]string{} // an empty file names no one
		if err := s.ListenAndServe(context.Background(), addr); dyad.ErrorCode(err) != dyad.EINVALID || !strings.Contains(err.Error(), "token") {
			t.Errorf("listening on %s without a token: %v", addr, err)
		}
	}

	newServer(t, "")
	st, err := sqlite.Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s := dyadhttp.NewServer(st, cd)
	s.Tokens, s.Codebook = map[string]string{"ana-token": "ana"}, lx
	l, err := net.Listen("tcp", "0.0.0.0:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.ListenAndServe(ctx, addr) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("ListenAndServe: %v", err)
		}
	}()
	// reach it as a client elsewhere would: by a non-loopback address of
	// this machine when it has one, else by a name that is not loopback
	_, port, _ := net.SplitHostPort(addr)
	host, url := "203.0.113.7:"+port, "http://127.0.0.1:"+port
	if ip := outwardIP(); ip != "" {
		host = net.JoinHostPort(ip, port)
		url = "http://" + host
	}
	var code int
	for i := 0; i < 50; i++ { // until it listens
		if code, _ = callHost(t, "GET", url+"/api/events", "", host); code != 0 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if code != 200 {
		t.Fatalf("GET beyond loopback: %d", code)
	}
	for _, path := range []string{"/api/judgements", "/api/documents"} {
		if code, env := callHost(t, "POST", url+path, `{"verdict":"add","text":"Russia condemned Japan."}`, host); code != http.StatusUnauthorized {
			t.Errorf("POST %s beyond loopback without a token: %d %+v, want 401", path, code, env.Error)
		}
	}
	if code, env := callHost(t, "POST", url+"/api/documents", `{"text":"Russia condemned Japan."}`, host, "Authorization", "Bearer ana-token"); code != 200 {
		t.Errorf("POST with the token: %d %+v", code, env.Error)
	}
}

// outwardIP returns a non-loopback IPv4 address of this machine, or "".
func outwardIP() string {
	addrs, _ := net.InterfaceAddrs()
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok && !n.IP.IsLoopback() && n.IP.To4() != nil {
			return n.IP.String()
		}
	}
	return ""
}

// callHost is call with the Host header host; status 0 when the server
// does not answer.
func callHost(t *testing.T, method, url, body, host string, header ...string) (int, envelope) {
	t.Helper()
	req, _ := http.NewRequest(method, url, strings.NewReader(body))
	req.Host = host
	if method == "POST" {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, envelope{}
	}
	defer res.Body.Close()
	var env envelope
	json.NewDecoder(res.Body).Decode(&env)
	return res.StatusCode, env
}
