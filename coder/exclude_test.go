package coder

import (
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// classMatched reports whether any pattern that names &class matches
// sentence sent with the first token spelled word among its words: every
// pattern at every trigger, before the coder picks the heaviest, so that
// an exclusion is seen where a longer match or a recoder would hide it.
func classMatched(c *Coder, sent, class, word string) bool {
	toks := text.Tokenize(sent, 0)
	c.lx.Lemmatize(toks)
	c.recase(toks)
	pre := lex(toks)
	s := newSentence(c.lx, toks, c.mentions(toks, pre, "2024-06-01", newDocCtx(dyad.Document{Date: "2024-06-01"})), pre)
	at := -1
	for k, t := range toks {
		if t.Lower == word {
			at = k
			break
		}
	}
	if at < 0 {
		return false
	}
	for t := range toks {
		for _, lemma := range []string{toks[t].Lemma, toks[t].Lower} {
			for _, p := range c.lx.PatternsAt(lemma) {
				if !strings.Contains(p.Text, "&"+class+" ") && !strings.HasSuffix(p.Text, "&"+class) {
					continue
				}
				if m, ok := s.matchAt(p, t); ok && contains(m.words, at) {
					return true
				}
			}
		}
	}
	return false
}

// TestExclusions checks the "not" lines of verbs.txt where the words lie
// inside their phrases, and guards where the same words are the act.
func TestExclusions(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct {
		sent, class, word string
		want              bool
	}{
		// rounds fired are no rounding on anyone (not CRITICIZE)
		{"Police fired bean bag rounds on protesters in Hong Kong.", "CRITICIZE", "rounds", false},
		{"Iraqi troops fired live rounds on demonstrators in Basra.", "CRITICIZE", "rounds", false},
		{"Erdogan rounded on Sweden over the burnings.", "CRITICIZE", "rounded", true},
		// a strike of workers is no attack (not ATTACKN)
		{"Teachers in Kenya continued a nationwide strike against the government.", "ATTACKN", "strike", false},
		{"Unions in Peru began a general strike against Boluarte.", "ATTACKN", "strike", false},
		{"Israel continued a strike against Hezbollah in Lebanon.", "ATTACKN", "strike", true},
		// war games are no war (not: war game)
		{"China launched war games against Taiwan.", "ATTACKN", "war", false},
		{"Russia launched a war against Ukraine.", "ATTACKN", "war", true},
		// a suicide bomber is no aircraft (not AIRWEAPON)
		{"Two suicide bombers attacked a police post in Peshawar.", "AIRWEAPON", "bombers", false},
		{"Russian bombers attacked Ukrainian positions near Bakhmut.", "AIRWEAPON", "bombers", true},
		// "in protest" is why an act was done (not MEDIA)
		{"Kenyan police shut down Nairobi's main road in protest at the ruling.", "MEDIA", "protest", false},
		{"Ethiopia banned all protest in Tigray.", "MEDIA", "protest", true},
	} {
		if got := classMatched(c, tc.sent, tc.class, tc.word); got != tc.want {
			t.Errorf("%s: &%s takes %q: %v, want %v", tc.sent, tc.class, tc.word, got, tc.want)
		}
	}
}
