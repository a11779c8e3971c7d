package coder

import "github.com/dyadhq/dyad/text"

// "To" after a word of belonging says whose a thing is, not where anything
// goes: "attacks on vessels linked to Israel", "ships tied to Iran",
// "firms affiliated to the Kremlin". Such a place or country is no end of a
// route.

// tiedTo reports whether the "to" that governs the place at token i
// follows a word of belonging (tieWords, ties.go): "vessels linked to
// Israel".
func tiedTo(toks []text.Token, i int) bool {
	p := phraseHead(toks, i)
	if p < 1 || toks[p].Lower != "to" {
		return false
	}
	return tieWords[toks[p-1].Lower]
}
