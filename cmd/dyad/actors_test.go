package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadhq/dyad/internal/lexjson"
)

// lineOf returns the 1-based line of path that starts with prefix.
func lineOf(t *testing.T, path, prefix string) int {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, prefix) {
			return i + 1
		}
	}
	t.Fatalf("no line %q in %s", prefix, path)
	return 0
}

// TestActors: `dyad actors` finds entries by name or code, with the file
// and line they came from, in the embedded dictionaries and a user's;
// --count counts them; the exit status tells a bad call and no match apart.
func TestActors(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "actors"), 0o755)
	user := write(t, filepath.Join(dir, "actors"), "groups.txt", []byte("# a user's group\n\ngroup GBRREBXQZ Quizzical Front\n  country: GBR\n  names: Quizzical Front; QF\n"))
	boko := fmt.Sprintf("actors/groups.txt:%d", lineOf(t, "../../lexicon/data/actors/groups.txt", "group NGAREBBKH "))

	jsonl := func(out string) []lexjson.Entry {
		t.Helper()
		var es []lexjson.Entry
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			var e lexjson.Entry
			if err := json.Unmarshal([]byte(l), &e); err != nil {
				t.Fatalf("bad line %q: %v", l, err)
			}
			es = append(es, e)
		}
		return es
	}
	tests := []struct {
		name string
		args []string
		want string // "CODE KIND COUNTRY FILE:LINE" of the first entry
	}{
		{"name", []string{"actors", "Boko Haram"}, "NGAREBBKH group NGA " + boko},
		{"words without quotes", []string{"actors", "boko", "haram"}, "NGAREBBKH group NGA " + boko},
		{"code", []string{"actors", "ngarebbkh"}, "NGAREBBKH group NGA " + boko},
		{"country", []string{"actors", "Russia"}, "RUS country RUS actors/countries.txt:" + fmt.Sprint(lineOf(t, "../../lexicon/data/actors/countries.txt", "country RUS "))},
		{"a user's dictionary", []string{"actors", "--dict", dir, "Quizzical"}, "GBRREBXQZ group GBR " + user + ":3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := run(t, "", tt.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			e := jsonl(out)[0]
			if got := fmt.Sprintf("%s %s %s %s:%d", e.Code, e.Kind, e.Country, e.File, e.Line); got != tt.want {
				t.Errorf("first entry %s, want %s", got, tt.want)
			}
		})
	}

	// a table, and a person's dated roles
	out, _, code := run(t, "", "actors", "--format", "table", "Boko Haram")
	if code != 0 || !strings.HasPrefix(out, "NAME") || !strings.Contains(out, "NGAREBBKH") || !strings.Contains(out, boko) {
		t.Errorf("table: exit %d\n%s", code, out)
	}
	out, _, _ = run(t, "", "actors", "Vladimir Putin")
	if e := jsonl(out)[0]; e.Kind != "person" || len(e.Roles) < 2 || e.Roles[len(e.Roles)-1].Code != "RUSGOV" || e.Roles[len(e.Roles)-1].To != "" {
		t.Errorf("Putin: %+v", e)
	}
	// --limit, and a note that it cut the list
	out, errOut, _ := run(t, "", "actors", "--limit", "2", "Korea")
	if n := len(jsonl(out)); n != 2 || !strings.Contains(errOut, "--limit 0") {
		t.Errorf("--limit 2: %d entries, stderr %q", n, errOut)
	}

	out, _, code = run(t, "", "actors", "--count")
	var c lexjson.Counts
	if err := json.Unmarshal([]byte(out), &c); err != nil || code != 0 {
		t.Fatalf("--count: exit %d, %q: %v", code, out, err)
	}
	if c.Countries < 190 || c.Organisations < 20 || c.People < 500 || c.Groups < 3000 || c.Agents < 100 {
		t.Errorf("--count: %+v", c)
	}
	out, _, _ = run(t, "", "actors", "--count", "--dict", dir)
	var cu lexjson.Counts
	json.Unmarshal([]byte(out), &cu)
	if cu.Groups != c.Groups+1 {
		t.Errorf("--count with a user's group: %d groups, want %d", cu.Groups, c.Groups+1)
	}

	for _, tt := range []struct {
		name  string
		args  []string
		want  int
		words string
	}{
		{"no match", []string{"actors", "Zzyzx Quorble"}, 3, "no actor matches"},
		{"no query", []string{"actors"}, 2, "QUERY"},
		{"query and --count", []string{"actors", "--count", "Russia"}, 2, "--count"},
		{"bad limit", []string{"actors", "--limit", "-1", "Russia"}, 2, "--limit"},
		{"bad format", []string{"actors", "--format", "csv", "Russia"}, 2, "--format"},
		{"petrarch", []string{"actors", "--dict-format", "petrarch", "Russia"}, 2, "--dict-format"},
	} {
		_, errOut, code := run(t, "", tt.args...)
		if code != tt.want || !strings.Contains(errOut, tt.words) {
			t.Errorf("%s: exit %d, stderr %q; want %d and %q", tt.name, code, errOut, tt.want, tt.words)
		}
	}
}
