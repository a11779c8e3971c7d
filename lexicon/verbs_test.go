package lexicon

import (
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
)

// phraseBook is the multi-word phrases of a verbs file's classes, with the
// classes that list each phrase or word.
type phraseBook map[string][]string

func newPhraseBook(classes map[string][][]string) phraseBook {
	b := phraseBook{}
	for name, phs := range classes {
		for _, ph := range phs {
			w := strings.Join(ph, " ")
			b[w] = append(b[w], name)
		}
	}
	return b
}

// mates reports whether one class lists both a and b.
func (b phraseBook) mates(a, b2 string) bool {
	for _, x := range b[a] {
		for _, y := range b[b2] {
			if x == y {
				return true
			}
		}
	}
	return false
}

// misread returns why a pattern's body looks written with a multi-word
// alternative split at its space, which the parser reads as alternatives of
// one word beside other words, or "" when it does not. Two neighbouring word
// elements are suspect when
//   - they share an alternative: "camp|refugee camp|village" reads as
//     "camp|refugee" then "camp|village";
//   - the last alternative of the first and the word after it form a phrase
//     of a class ("call off"), no other alternative forms a phrase with that
//     word ("end off"), and another alternative is listed with the phrase in
//     a class: "end|suspend|call off" meant "call off" beside "end" and
//     "suspend". A phrase at the start of the second element ("emergency
//     rule|law") is the language's own idiom, a word then its alternatives,
//     and is not suspect by itself.
func misread(body string, book phraseBook) string {
	var elems [][]string // nil for what is not a word element
	for _, f := range strings.Fields(body) {
		if f == "..." || strings.HasPrefix(f, "$") || strings.HasPrefix(f, "&") || strings.HasPrefix(f, "+") {
			elems = append(elems, nil)
			continue
		}
		var alts []string
		for _, w := range strings.Split(strings.TrimSuffix(strings.ToLower(f), "?"), "|") {
			alts = append(alts, strings.ReplaceAll(w, "_", " "))
		}
		elems = append(elems, alts)
	}
	for i := 0; i+1 < len(elems); i++ {
		a, b := elems[i], elems[i+1]
		if a == nil || b == nil {
			continue
		}
		for _, x := range a {
			for _, y := range b {
				if x == y {
					return "neighbouring elements share " + x
				}
			}
		}
		last := len(a) - 1
		edge := a[last] + " " + b[0]
		if last == 0 || book[edge] == nil {
			continue
		}
		mate := ""
		for _, x := range a[:last] {
			if book[x+" "+b[0]] != nil {
				mate = ""
				break
			}
			if mate == "" && book.mates(edge, x) {
				mate = x
			}
		}
		if mate != "" {
			return "\"" + edge + "\" is a phrase listed with " + mate
		}
	}
	return ""
}

func TestMisread(t *testing.T) {
	book := newPhraseBook(map[string][][]string{
		"HALT":   {{"halt"}, {"suspend"}, {"call", "off"}, {"cut", "off"}},
		"PLACE":  {{"camp"}, {"refugee", "camp"}, {"village"}},
		"APPEAL": {{"call", "for"}, {"appeal", "for"}, {"request"}},
		"RULE":   {{"emergency", "rule"}, {"curfew"}},
	})
	for _, tc := range []struct {
		body    string
		suspect bool
	}{
		{"&PROTESTACT ... halt|suspend|call off +solo", true},
		{"&PROTESTACT ... halt|suspend|call_off +solo", false},
		{"raid ... camp|refugee camp|village ... in $T", true},
		{"raid ... camp|refugee_camp|village ... in $T", false},
		{"put $T under ... arrest|house arrest", true},
		{"call|appeal|request for $T to", false}, // "call for" is a phrase too
		{"impose ... emergency rule|curfew +solo", false},
		{"switch|cut off ... power", false}, // "switch" is no mate of "cut off"
		{"stand by|with $T", false},
	} {
		if got := misread(tc.body, book); (got != "") != tc.suspect {
			t.Errorf("%q: misread %q, want suspect %v", tc.body, got, tc.suspect)
		}
	}
}

// TestAlternativesReadAsWritten: no line of the embedded verbs file reads a
// phrase meant as one alternative as separate words (see misread).
func TestAlternativesReadAsWritten(t *testing.T) {
	codes := map[dyad.EventCode]CodeInfo{}
	parseCodes(codesFile, string(mustRead(t, "data/"+codesFile)), codes, func(err error) { t.Fatal(err) })
	vs := &verbSet{classes: map[string][][]string{}, maps: map[string]*CodeMap{}, byFirst: map[string]map[string][][]string{}}
	vs.parse(verbsFile, string(mustRead(t, "data/"+verbsFile)), codes, func(err error) { t.Fatal(err) })
	book := newPhraseBook(vs.classes)
	for _, pl := range vs.pending {
		if why := misread(pl.body, book); why != "" {
			t.Errorf("%s:%d: %s: %s", pl.file, pl.line, strings.TrimSpace(pl.body), why)
		}
	}
}

// TestMayStart checks that a class element's signature admits the first
// word of each of its phrases: a matcher skips ClassAt when it does not.
func TestMayStart(t *testing.T) {
	lx, _, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range append(lx.patterns, lx.frames...) {
		for i := range p.Elems {
			e := &p.Elems[i]
			if e.Kind == ENot {
				continue // a negative element is matched phrase by phrase (notAt), not by its signature
			}
			for _, ph := range e.Class {
				if !e.MayStart(Bit(ph[0])) {
					t.Errorf("%s:%d: class phrase %q: MayStart is false", p.File, p.Line, ph)
				}
			}
		}
	}
}
