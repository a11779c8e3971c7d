package coder

import "github.com/dyadhq/dyad/text"

// Force told with a participle of striking after a comma says where it
// struck: "fired missiles at cities across Ukraine, hitting the centre of
// Kyiv" struck Kyiv, and "pounded southern Lebanon, hitting the outskirts of
// Tyre" Tyre, more exactly than the country or the part of it the main
// verb names.

// strikeParticiples are the participles of striking that may follow force.
var strikeParticiples = set(`hitting striking pounding shelling bombing targeting hammering`)

// struckByParticiple reports whether the place at token i ends the object of
// a participle of striking that a comma opens, within eight words of it:
// ", hitting the centre of Kyiv", ", striking a hospital in Dnipro".
func struckByParticiple(toks []text.Token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-8; k-- {
		w := toks[k].Lower
		if strikeParticiples[w] {
			return isWord(toks, k-1, ",")
		}
		if toks[k].Kind != text.Word || clauseWords[w] || w == "and" || prepositions[w] && w != "of" && w != "in" {
			return false
		}
	}
	return false
}
