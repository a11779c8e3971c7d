package coder

import (
	"testing"

	"github.com/dyadhq/dyad/text"
)

// TestPluralPeople pins what a plural pronoun stands for where no event
// shows it: people no dictionary names, a possessive that is its own
// clause's subject's, and an object "them" that is not.
func TestPluralPeople(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct{ text, pronoun, want string }{
		// a possessive may be its clause's subject's
		{"Pakistani police said supporters of the Afghan cleric burned their tents in Quetta.", "their", "AFGCVL"},
		// an object "them" is not the subject of its clause
		{"Pakistani police said supporters of the Afghan cleric burned tents before riot police detained dozens of them.", "them", "AFGCVL"},
		{"Afghan supporters of the cleric said Pakistani riot police beat them.", "them", "AFGCVL"},
		// nor the noun a relative clause on the subject follows
		{"Egyptian soldiers beat Sudanese supporters of the army who threw stones at them.", "them", "EGYMIL"},
		// a role word that gets its country from the sentence's place
		{"Police fired tear gas at students in Dhaka before they arrested 20 of them.", "they", "BGDCOP"},
		{"Police fired tear gas at students in Dhaka before they arrested 20 of them.", "them", "BGDEDU"},
	} {
		if got := pronounCode(c, tc.text, tc.pronoun); got != tc.want {
			t.Errorf("%q: %q is %s, want %s", tc.text, tc.pronoun, got, tc.want)
		}
	}
}

// pronounCode returns the code of the first member of the last mention of
// the pronoun word in sentence, read on 10 March 2025, or "none".
func pronounCode(c *Coder, sentence, word string) string {
	toks := text.Tokenize(sentence, 0)
	c.lx.Lemmatize(toks)
	ctx := &docCtx{dated: map[string]when{}, text: sentence}
	got := "none"
	for _, m := range c.mentions(toks, lex(toks), "2025-03-10", ctx) {
		if m.kind == mPronoun && toks[m.start].Lower == word && len(m.members) > 0 {
			got = m.members[0].code
		}
	}
	return got
}
