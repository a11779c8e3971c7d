package coder

import "github.com/dyadhq/dyad/text"

// A place that qualifies the target's noun says whose the target is when
// the target is people ("struck Gaza militants near Khan Younis"), but where
// it is when the noun is a site: "raided the Jenin refugee camp after a
// shooting near Nablus" raided Jenin. locate takes a town that qualifies a
// site's noun as a place of the act's own, not one that only says whose.

// namesSite reports whether the words from token end, those that qualify
// the place before them up to their noun, name a site: "refugee camp", "air
// base".
func namesSite(toks []text.Token, end int) bool {
	for k := end; k < len(toks) && k < end+3 && modifies(&toks[k]); k++ {
		if isPlaceNoun(&toks[k]) {
			return true
		}
	}
	return false
}
