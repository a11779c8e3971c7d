package coder

import (
	"strconv"
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// Explain shows the parse of each sentence it explains: every word in
// order with its tag, its head (one root) and its relation.
func TestExplainParse(t *testing.T) {
	var b strings.Builder
	testCoder(t).Explain(&b, dyad.Document{ID: "p", Date: "2024-03-01",
		Text: "Police arrested the protesters in Cairo. Egypt condemned the attack."})
	var parses []string
	for _, line := range strings.Split(b.String(), "\n") {
		if rest, ok := strings.CutPrefix(line, "  parse   "); ok {
			parses = append(parses, rest)
		}
	}
	if len(parses) != 2 {
		t.Fatalf("%d parse lines, want one for each of 2 sentences:\n%s", len(parses), b.String())
	}
	tests := []struct {
		words []string
		want  []string // arcs the parse must have
	}{
		{[]string{"Police", "arrested", "the", "protesters", "in", "Cairo", "."},
			[]string{"1:Police/NOUN/2/nsubj", "2:arrested/VERB/0/root", "4:protesters/NOUN/2/obj"}},
		{[]string{"Egypt", "condemned", "the", "attack", "."},
			[]string{"1:Egypt/PROPN/2/nsubj", "2:condemned/VERB/0/root", "4:attack/NOUN/2/obj"}},
	}
	for i, tc := range tests {
		fields := strings.Fields(parses[i])
		if len(fields) != len(tc.words) {
			t.Errorf("sentence %d: %d words in %q, want %d", i, len(fields), parses[i], len(tc.words))
			continue
		}
		roots := 0
		for k, f := range fields {
			parts := strings.Split(f, "/")
			if len(parts) != 4 || parts[0] != strconv.Itoa(k+1)+":"+tc.words[k] {
				t.Errorf("sentence %d word %d: %q, want %d:%s/UPOS/head/relation", i, k+1, f, k+1, tc.words[k])
			}
			if len(parts) == 4 && parts[2] == "0" {
				roots++
			}
		}
		if roots != 1 {
			t.Errorf("sentence %d: %d roots in %q", i, roots, parses[i])
		}
		for _, arc := range tc.want {
			if !strings.Contains(" "+parses[i]+" ", " "+arc+" ") {
				t.Errorf("sentence %d: %q lacks %s", i, parses[i], arc)
			}
		}
	}
}

// bound codes sentence sent up to its events and returns it, with its
// parse if a rule asked for one.
func bound(c *Coder, sent string) *sentence {
	toks := text.Tokenize(sent, 0)
	c.lx.Lemmatize(toks)
	c.recase(toks)
	s := newSentence(c.lx, toks, c.mentions(toks, lex(toks), "2024-11-15", newDocCtx(dyad.Document{Date: "2024-11-15"})), lex(toks))
	acts, frames := s.matches(c.lx)
	c.bind(s, acts, frames)
	return s
}

// A sentence is parsed at most once however many rules ask, and only
// when one asks: a sentence with no frame word before a phrase and no
// reporting verb after an actor is coded without the parse.
func TestParseOnce(t *testing.T) {
	c := testCoder(t)
	if s := bound(c, "Egypt condemned the attack on Israel."); s.tree != nil {
		t.Error("a plain sentence was parsed")
	}
	s := bound(c, "Japan promised in Brussels on Tuesday to consult South Korea, Chinese officials said.")
	if s.tree == nil {
		t.Fatal("a frame split by a phrase was not parsed")
	}
	if tr := s.tree; s.parse() != tr {
		t.Error("the sentence was parsed again")
	}
}

// A frame word followed by a phrase and a "to" is parsed only when one of
// its frames matches with the phrase passed over: the parse can only
// confirm that match, never make one.
func TestParseAcrossPhrase(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		sent   string
		parsed bool
	}{
		{"Japan promised in Brussels on Tuesday to consult South Korea.", true},
		{"Kenya agreed at the summit in Addis Ababa to send troops.", true},
		// "look forward to", the only frame of "look", needs "forward"
		{"Iran looked at the proposal to expand trade with Iraq.", false},
		// "appeal to $T to" needs a second "to" after the addressee
		{"Chad appealed in a statement to Niger for calm.", false},
	}
	for _, tc := range tests {
		if s := bound(c, tc.sent); (s.tree != nil) != tc.parsed {
			t.Errorf("%q: parsed %v, want %v", tc.sent, s.tree != nil, tc.parsed)
		}
	}
}

// Explain says each event's date, place (and how sure its point is), amount
// and route under it.
func TestExplainAttributes(t *testing.T) {
	var b strings.Builder
	testCoder(t).Explain(&b, dyad.Document{ID: "a", Date: "2025-04-10",
		Text: "Tanzanian police arrested 47 people in the southern town of Mbingaro on Wednesday."})
	want := "          date 2025-04-09; place Mbingaro (TZA), event, not in the gazetteer: at its country's point; amount 47 people"
	if !strings.Contains(b.String(), want+"\n") {
		t.Errorf("no line %q in:\n%s", want, b.String())
	}
}
