package petrarch

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, dir, name, src string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// A small dictionary set exercising dated codes, synonyms, agents with
// plurals and substitutions, multi-word verbs, synsets and paired codes,
// with malformed lines that must be reported by file and line and skipped.
func TestLoadAndCode(t *testing.T) {
	dir := t.TempDir()
	actors := write(t, dir, "a.txt", `<!-- test -->
NORTHLAND [NTL]
+NORTHLANDER
SOUTHLAND_ [STH]
NORTHLAND TELEVISION [NTLTV]
JANE_DOE  # a leader
	[NTLGOV 20100101-20141231]
	[NTLELI >20150101]
	[NTL]
BAD_ENTRY [XYZ 2010-2011]
`)
	agents := write(t, dir, "g.txt", `!PERSON! = MAN, WOMAN
CONGRESS!PERSON! [~LEG]
POLICE {} [~COP]
MINISTRY [~GOV]
NO_CODE_HERE
`)
	verbs := write(t, dir, "v.txt", `&GOODS
+GRAIN
+CRUDE OIL

--- MEET [031:031] ---
MEET {MET}
+SIT_DOWN {+SAT_DOWN}
- * ABOUT &GOODS [0311]

--- SEND [070] ---
SEND {SENT}
- * TROOPS TO + [0874]
- WITHOUT A CODE
`)
	d, warns, err := Load(Files{Actors: []string{actors}, Agents: agents, Verbs: verbs})
	if err != nil {
		t.Fatal(err)
	}
	wantLines := map[string]int{actors: 10, agents: 5, verbs: 13}
	if len(warns) != len(wantLines) {
		t.Fatalf("warnings %v, want one each at %v", warns, wantLines)
	}
	for _, w := range warns {
		var pe *ParseError
		if !errors.As(w, &pe) || wantLines[pe.File] != pe.Line {
			t.Errorf("warning %v: want file and line %v", w, wantLines)
		}
	}
	cases := []struct {
		text, date string
		want       []string
	}{
		{"Northland met Southland.", "20200101", []string{"NTL STH 031", "STH NTL 031"}},
		{"Jane Doe met Southland officials about crude oil.", "20120505", []string{"NTLGOV STH 0311"}},
		{"Jane Doe sat down with Southland.", "20160505", []string{"NTLELI STH 031", "STH NTLELI 031"}},
		{"Jane Doe sat down with Southland.", "20000505", []string{"NTL STH 031", "STH NTL 031"}},
		{"A Southland congresswoman sent troops to Northland.", "", []string{"STHLEG NTL 0874"}},
		{"The Southland police sent a letter to the Northlander ministry.", "", []string{"STHCOP NTLGOV 070"}},
		{"Southland polices sent a letter to Northland.", "", []string{"STH NTL 070"}},
		// a blank in a phrase lets words come between its parts, "_" does not
		{"Northland state-run television met Southland.", "", []string{"NTLTV STH 031", "STH NTLTV 031"}},
		{"Southland met Northland public television.", "", []string{"STH NTLTV 031", "NTLTV STH 031"}},
		{"Southland met Northland on television.", "", []string{"STH NTL 031", "NTL STH 031"}},
	}
	for _, c := range cases {
		got := d.Code(c.text, c.date, DefaultOptions())
		var keys []Triple
		for _, w := range c.want {
			f := strings.Fields(w)
			keys = append(keys, Triple{Source: f[0], Target: f[1], Code: f[2]})
		}
		if !sameSet(got.Events, keys) {
			t.Errorf("%q (%s): got %s, want %v", c.text, c.date, describe(got.Events, false, ""), c.want)
		}
	}
}

// ReadActors gives each entry once, in file order, with every phrase as
// written, its default and dated codes and the line of its first phrase.
func TestReadActors(t *testing.T) {
	dir := t.TempDir()
	path := write(t, dir, "a.txt", `# groups
ARMY_OF_GONDOR_(AOG)_ [GNDMIL]  # kkl
+GONDOR_ARMY

JANE_DOE
+J._DOE
	[NTLGOV 20100101-20141231]
	[NTL]
ORCS [MOR/ISE]
`)
	es, warns, err := ReadActors(path)
	if err != nil || len(warns) != 0 {
		t.Fatalf("err %v, warnings %v", err, warns)
	}
	want := []Actor{
		{Phrases: []string{"ARMY_OF_GONDOR_(AOG)_", "GONDOR_ARMY"}, Codes: []string{"GNDMIL"}, Line: 2},
		{Phrases: []string{"JANE_DOE", "J._DOE"}, Codes: []string{"NTL"}, Line: 5,
			Dated: []DatedCode{{Codes: []string{"NTLGOV"}, From: "20100101", To: "20141231"}}},
		{Phrases: []string{"ORCS"}, Codes: []string{"MOR", "ISE"}, Line: 9},
	}
	if fmt.Sprint(es) != fmt.Sprint(want) {
		t.Errorf("ReadActors:\n got %v\nwant %v", es, want)
	}
	if _, _, err := ReadActors(filepath.Join(dir, "missing.txt")); err == nil {
		t.Error("a missing file: no error")
	}
}
