package petrarch

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// The fuzz targets of the TABARI/PETRARCH dictionary parsers and of the
// validation-suite reader: whatever a file holds, no panic, and every line
// skipped is a *ParseError at a line of the file.

func checkWarnings(t *testing.T, file, src string) func(error) {
	lines := strings.Count(src, "\n") + 1
	return func(err error) {
		var pe *ParseError
		if !errors.As(err, &pe) || pe.File != file || pe.Line < 0 || pe.Line > lines {
			t.Fatalf("warning %v: want a ParseError at a line of %s (%d lines)", err, file, lines)
		}
	}
}

func FuzzParseActors(f *testing.F) {
	f.Fuzz(func(t *testing.T, src string) {
		parseActors("a.txt", splitLines(src), func(string, *actorEntry) {}, checkWarnings(t, "a.txt", src))
	})
}

func FuzzParseAgents(f *testing.F) {
	f.Fuzz(func(t *testing.T, src string) {
		parseAgents("g.txt", splitLines(src), func(string, *agent) {}, checkWarnings(t, "g.txt", src))
	})
}

func FuzzParseVerbs(f *testing.F) {
	f.Fuzz(func(t *testing.T, src string) {
		if v := parseVerbs("v.txt", splitLines(src), checkWarnings(t, "v.txt", src)); v == nil {
			t.Fatal("no verbs")
		}
	})
}

// FuzzReadSuite: a malformed validation file is an error, not a panic; the
// records read have ids.
func FuzzReadSuite(f *testing.F) {
	f.Fuzz(func(t *testing.T, b []byte) {
		recs, err := ReadSuite(bytes.NewReader(b))
		if err != nil {
			return
		}
		for _, r := range recs {
			if r.ID == "" {
				t.Fatalf("a record without an id: %+v", r)
			}
		}
	})
}

// TestSubstitutionLoops: a set that names itself, found by FuzzParseAgents,
// overflowed the stack; a line whose sets multiply past maxForms phrases
// is reported, not expanded.
func TestSubstitutionLoops(t *testing.T) {
	src := "!A! = B, !A!\n!A!!A! [~MIL]\n!C! = 1,2,3,4,5,6,7,8,9,10\n!C!!C!!C!!C!!C! [~GOV]\n"
	var phrases []string
	var warns []string
	parseAgents("g.txt", splitLines(src), func(p string, _ *agent) { phrases = append(phrases, p) }, func(err error) { warns = append(warns, err.Error()) })
	if strings.Join(phrases, " ") != "BB B!A! !A!B !A!!A!" {
		t.Errorf("phrases %q", phrases)
	}
	if len(warns) != 1 || !strings.HasPrefix(warns[0], "g.txt:4:") {
		t.Errorf("warnings %q, want line 4's 100,000 phrases", warns)
	}
}
