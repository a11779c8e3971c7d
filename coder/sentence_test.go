package coder

import (
	"testing"

	"github.com/dyadhq/dyad/text"
)

// TestFlagsOf pins the word sets a token's flags stand for, which the gap
// loops test in place of the sets themselves.
func TestFlagsOf(t *testing.T) {
	c := testCoder(t)
	toks := text.Tokenize("The toll of the tariffs, which did not fall until May because of talks, were felt after all and never since.", 0)
	c.lx.Lemmatize(toks)
	want := map[string]wordFlag{
		"toll": fEffect, ",": fJoiner, "not": fNegation, "until": fJoiner, "because": fJoiner,
		"after": fJoiner, "and": fJoiner, "never": fNegation, ".": fJoiner,
	}
	for _, tk := range toks {
		if got := flagsOf(tk); got != want[tk.Lower] {
			t.Errorf("flagsOf(%q) = %b, want %b", tk.Lower, got, want[tk.Lower])
		}
	}
}
