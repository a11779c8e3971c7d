package lexicon

import (
	"errors"
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
)

// The fuzz targets of the dictionary parsers: whatever a user's file
// holds, a parser does not panic, and every line it skips is a
// *ParseError naming the file and a line of it.

// checkWarnings returns a warn that fails t on a warning that is not a
// *ParseError at a line of src.
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
		parseActors("actors/f.txt", src, func(e *Entry) {
			if e == nil {
				t.Fatal("a nil entry")
			}
		}, checkWarnings(t, "actors/f.txt", src))
	})
}

func FuzzParseVerbs(f *testing.F) {
	codes := map[dyad.EventCode]CodeInfo{}
	parseCodes(codesFile, string(mustRead(f, "data/"+codesFile)), codes, func(err error) { f.Fatal(err) })
	f.Fuzz(func(t *testing.T, src string) {
		warn := checkWarnings(t, verbsFile, src)
		vs := &verbSet{classes: map[string][][]string{}, maps: map[string]*CodeMap{}, byFirst: map[string]map[string][][]string{}}
		vs.parse(verbsFile, src, codes, warn)
		vs.compile(warn)
		for _, p := range append(vs.patterns, vs.frames...) {
			if p == nil || len(p.Triggers()) == 0 && len(p.Elems) == 0 {
				t.Fatalf("an empty pattern from %q", src)
			}
		}
	})
}

// FuzzParseTables: the codebook, agents, places, units and countries
// files, the first byte choosing which.
func FuzzParseTables(f *testing.F) {
	f.Fuzz(func(t *testing.T, which byte, src string) {
		switch which % 5 {
		case 0:
			parseCodes(codesFile, src, map[dyad.EventCode]CodeInfo{}, checkWarnings(t, codesFile, src))
		case 1:
			parseAgents(agentsFile, src, func(string, string) {}, checkWarnings(t, agentsFile, src))
		case 2:
			parsePlaces(placesFile, src, func(string, *Gazetteer) {}, checkWarnings(t, placesFile, src))
		case 3:
			parseUnits(unitsFile, src, func(string, Unit) {}, checkWarnings(t, unitsFile, src))
		case 4:
			parseCountries(geoFile, src, map[string]*CountryInfo{}, checkWarnings(t, geoFile, src))
		}
	})
}

func mustRead(tb testing.TB, name string) []byte {
	b, err := embedded.ReadFile(name)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}
