package main

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dyadhq/dyad"
)

// TestExitCodes pins the exit status of each kind of error, end to end.
func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	text := write(t, dir, "a.txt", []byte("Russia condemned Japan on Monday."))
	tests := []struct {
		name  string
		args  []string
		want  int
		words string // in stderr
	}{
		{"success", []string{"code", "--date", "2024-06-20", text}, 0, ""},
		{"unknown command", []string{"frobnicate"}, 2, "unknown command"},
		{"unknown flag", []string{"code", "--frobnicate"}, 2, "unknown flag"},
		{"missing argument", []string{"ingest"}, 2, "requires at least 1 arg"},
		{"bad flag value", []string{"code", "--date", "2024-13-45", text}, 2, "--date"},
		{"bad dictionary format", []string{"code", "--dict-format", "tabari", text}, 2, "--dict-format"},
		{"hazard out of range", []string{"changes", "--series", text, "--hazard", "2"}, 2, "--hazard"},
		{"hazard not a number", []string{"changes", "--series", text, "--hazard", "NaN"}, 2, "--hazard"},
		{"nothing readable", []string{"code", filepath.Join(dir, "absent.txt")}, 2, "no document could be read"},
		{"store that does not exist", []string{"query", "--db", filepath.Join(dir, "typo.db")}, 3, "no store at"},
		{"gold file that does not exist", []string{"eval", filepath.Join(dir, "absent.jsonl")}, 3, "absent.jsonl"},
		{"store that cannot be created", []string{"ingest", "--db", filepath.Join(text, "x.db"), text}, 1, "x.db"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errOut, code := run(t, "", tt.args...)
			if code != tt.want {
				t.Errorf("exit %d, want %d; stderr %q", code, tt.want, errOut)
			}
			if !strings.Contains(errOut, tt.words) {
				t.Errorf("stderr %q does not say %q", errOut, tt.words)
			}
		})
	}
	// every code of the one table, including those no command above returns
	for code, want := range map[string]int{dyad.EINTERNAL: 1, dyad.EINVALID: 2, dyad.ENOTFOUND: 3, dyad.ECONFLICT: 4, dyad.EUNAUTHORIZED: 5} {
		if got := exitCode(dyad.Errorf(code, "x")); got != want {
			t.Errorf("exitCode(%s) = %d, want %d", code, got, want)
		}
	}
	if exitCode(nil) != 0 || exitCode(errors.New("x")) != 1 || exitCode(dyad.Errorf("unheard-of", "x")) != 1 {
		t.Error("exit codes of nil, a foreign error and an unknown code")
	}
}

// TestServePetrarch: serve codes its demo with the coder the flags choose.
// Without PETRARCH dictionaries it refuses to start; with the team's tiny
// test dictionaries (six states, "visit" and "meet") every event it serves
// is one that only they can give.
func TestServePetrarch(t *testing.T) {
	if _, errOut, code := run(t, "", "serve", "--dict-format", "petrarch"); code != 2 || !strings.Contains(errOut, "--actors") {
		t.Fatalf("serve --dict-format petrarch without dictionaries: exit %d, %q", code, errOut)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	p := "testdata/petrarch/"
	go func() {
		var out, errb strings.Builder
		done <- Main(ctx, []string{"serve", "--addr", addr, "--dict-format", "petrarch", "--actors", p + "actors.txt",
			"--agents", p + "agents.txt", "--verbs", p + "verbs.txt"}, strings.NewReader(""), &out, &errb)
	}()
	defer func() {
		cancel()
		if code := <-done; code != 0 {
			t.Errorf("serve exited %d", code)
		}
	}()
	var body struct {
		Data []dyad.Event `json:"data"`
	}
	for start := time.Now(); ; time.Sleep(100 * time.Millisecond) {
		resp, err := http.Get("http://" + addr + "/api/events?limit=1000")
		if err == nil {
			err = json.NewDecoder(resp.Body).Decode(&body)
			resp.Body.Close()
			break
		}
		if time.Since(start) > 20*time.Second {
			t.Fatalf("server not up: %v", err)
		}
	}
	if len(body.Data) == 0 {
		t.Fatal("no events served")
	}
	known := func(a *dyad.Actor) bool {
		return a == nil || strings.HasPrefix(a.Key(), "---") || strings.Contains(" RUS PRK CHN JPN KOR USA ", " "+a.Key()+" ")
	}
	// PETRARCH's actors are not dyad's lexicon: there is nothing to look up
	if resp, err := http.Get("http://" + addr + "/api/actors?q=Russia"); err != nil {
		t.Error(err)
	} else if resp.Body.Close(); resp.StatusCode != 404 {
		t.Errorf("/api/actors with PETRARCH dictionaries: %s, want 404", resp.Status)
	}
	for _, e := range body.Data {
		if e.Action.Code != "040" && e.Action.Code != "042" || !known(e.Source) || !known(e.Target) {
			t.Errorf("event %s %q is not one the test dictionaries give", e.String(), e.Text)
		}
	}
}

// failing is standard output on a full disk.
type failing struct{}

func (failing) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestWriteErrors: a command whose output cannot be written fails, whether
// it buffers its output or prints straight to standard output.
func TestWriteErrors(t *testing.T) {
	dir := t.TempDir()
	text := write(t, dir, "a.txt", []byte("Russia condemned Japan on Monday."))
	series := write(t, dir, "s.csv", []byte("period,value\n2020,1\n2021,2\n2022,5\n2023,1\n"))
	db := filepath.Join(dir, "dyad.db")
	if _, errs, code := run(t, "", "ingest", "--db", db, "--date", "2024-06-20", text); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	for _, args := range [][]string{
		{"query", "--db", db},
		{"export", "--db", db, "--format", "csv"},
		{"export", "--db", db, "--format", "gdelt"},
		{"code", "--date", "2024-06-20", text},
		{"eval", "--brief", "../../eval/testdata/gold.jsonl"},
		{"changes", "--series", series},
		{"actors", "Russia"},
	} {
		var errb strings.Builder
		if code := Main(context.Background(), args, strings.NewReader(""), failing{}, &errb); code == 0 || !strings.Contains(errb.String(), "no space") {
			t.Errorf("%v to a full disk: exit %d, stderr %q", args, code, errb.String())
		}
	}
}

// TestReadTokens: the tokens come from a file, else the flag, else the
// environment; a file's line is "name token" or a bare token (the owner's);
// an empty or missing file, a malformed line and a token given twice are
// refused.
func TestReadTokens(t *testing.T) {
	dir := t.TempDir()
	file := write(t, dir, "token", []byte("  s3cret\n"))
	named := write(t, dir, "named", []byte("# reviewers\nana  ana-token\n\nbo bo-token\nowner-token\n"))
	empty := write(t, dir, "empty", []byte("\n# nothing\n"))
	bad := write(t, dir, "bad", []byte("ana ana-token extra\n"))
	twice := write(t, dir, "twice", []byte("ana t\nbo t\n"))
	t.Setenv("DYAD_TOKEN", "from-env")
	for _, tt := range []struct {
		flag, file string
		want       map[string]string
	}{
		{"", file, map[string]string{"s3cret": "owner"}},
		{"flag", file, map[string]string{"s3cret": "owner"}},
		{"flag", "", map[string]string{"flag": "owner"}},
		{"", "", map[string]string{"from-env": "owner"}},
		{"", named, map[string]string{"ana-token": "ana", "bo-token": "bo", "owner-token": "owner"}},
	} {
		if got, err := readTokens(tt.flag, tt.file); err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("readTokens(%q, %q) = %v, %v; want %v", tt.flag, tt.file, got, err, tt.want)
		}
	}
	for _, f := range []string{empty, bad, twice, filepath.Join(dir, "absent")} {
		if _, err := readTokens("", f); dyad.ErrorCode(err) != dyad.EINVALID {
			t.Errorf("readTokens of %s: %v, want invalid", f, err)
		}
	}
	t.Setenv("DYAD_TOKEN", "")
	if got, err := readTokens("", ""); got != nil || err != nil {
		t.Errorf("no token anywhere: %v %v", got, err)
	}
}

// TestServeBeyondLoopback: dyad serve does not start beyond loopback
// without a token.
func TestServeBeyondLoopback(t *testing.T) {
	t.Setenv("DYAD_TOKEN", "")
	db := filepath.Join(t.TempDir(), "dyad.db")
	if _, errs, code := run(t, "", "ingest", "--db", db, "--date", "2024-06-20", "../../examples/treaty.txt"); code != 0 {
		t.Fatalf("ingest: %s", errs)
	}
	for _, addr := range []string{"0.0.0.0:0", ":0", "[::]:0"} {
		_, errs, code := run(t, "", "serve", "--db", db, "--addr", addr)
		if code != 2 || !strings.Contains(errs, "needs a token") {
			t.Errorf("serve --addr %s without a token: exit %d, %s", addr, code, errs)
		}
	}
}

// TestChangesAmounts: a series of amounts is read as a change in level, not
// as Poisson counts.
func TestChangesAmounts(t *testing.T) {
	series := write(t, t.TempDir(), "s.csv", []byte("period,value\n2024-01,900\n2024-02,1100\n2024-03,1000\n2024-04,9800\n2024-05,10200\n2024-06,10000\n"))
	out, errs, code := run(t, "", "changes", "--series", series, "--amounts", "--permutations", "99")
	if code != 0 || !strings.Contains(out, "mean shift after: 2024-03") || strings.Contains(out, "poisson") {
		t.Errorf("exit %d, %s\n%s", code, errs, out)
	}
}

// TestLexiconCoverage: every code of the codebook is listed with its
// patterns, and only the 20 family headings have none.
func TestLexiconCoverage(t *testing.T) {
	out, errs, code := run(t, "", "lexicon", "--coverage")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 311 || !strings.Contains(errs, "311 codes, 20 without a pattern") {
		t.Errorf("%d codes listed; stderr %q", len(lines), errs)
	}
	if !strings.Contains(out, `{"code":"042","label":"Make a visit","patterns":`) {
		t.Errorf("no line for 042 in:\n%s", lines[:5])
	}
}
