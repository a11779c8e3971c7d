package coder

import "github.com/dyadhq/dyad/text"

// A country's adjective joined to unnamed partners (fresh training set 33:
// "Polish and allied aircraft shot down Russian drones", "U.S. and
// coalition aircraft evacuated civilians"). The partners name no state, so
// the shared noun is the named country's: its force acts, as in "Polish
// aircraft". Without this the "and" left the adjective with no noun, and the
// force no source.

// alliedEnd returns the end of the phrase "and allied" (or "coalition",
// "partner", "other") that follows a country's adjective ending at token e,
// when a noun follows it; else e.
func alliedEnd(toks []text.Token, e int) int {
	if !isWord(toks, e, "and") || e+2 >= len(toks) || !alliedWords[toks[e+1].Lower] {
		return e
	}
	if n := &toks[e+2]; n.Kind != text.Word || n.Cap || closedClass(n.Lower) || prepositions[n.Lower] {
		return e
	}
	return e + 2
}

// alliedWords name partners of no state: "and allied forces".
var alliedWords = set(`allied coalition partner other`)
