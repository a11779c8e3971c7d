package coder

import "github.com/dyadhq/dyad/text"

// calibre reports whether the number that ends before token j gives the
// bore of a gun or a shell rather than an amount: "155 mm", "155-mm",
// "122 millimetre", "7.62 calibre". "Sent 12,000 rounds of 155 mm
// shells" counts 12,000 rounds, and the 155 is no count of anything
// (qty8); "155mm" written as one word is no number already.
func calibre(toks []text.Token, j int) bool {
	if isWord(toks, j, "-") {
		j++
	}
	if j >= len(toks) {
		return false
	}
	switch toks[j].Lower {
	case "mm", "millimetre", "millimeter", "calibre", "caliber":
		return true
	}
	return false
}
