package coder

import (
	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// The role of a place named before: "Ukrainian forces crossed into the
// Belgorod region of Russia, and the region's governor imposed martial
// law": "the region's" refers back to the Belgorod region, and its
// governor is Russia's (RUSGOV), not a role word with no country. A wire
// report names the place once and then calls it "the region", "the
// province" or "the city".

// placeBefore returns the country of the place that "the region's" (or
// "the province's", "the city's", ...) right before the role word at raws[r]
// refers back to, the latest place the sentence names before it, or "".
func placeBefore(toks []text.Token, raws []raw, r int) string {
	s := raws[r].start
	k := s - 1
	for k > 0 && toks[k].Kind == text.Word && !toks[k].Cap && k >= s-2 && !isWord(toks, k, "'s") {
		k-- // "the region's acting governor": the role word's own modifiers
	}
	if !isWord(toks, k, "'s") || !isWord(toks, k-2, "the") || !placeNouns[toks[k-1].Lower] {
		return ""
	}
	for j := r - 1; j >= 0; j-- {
		if raws[j].end > k-2 {
			continue
		}
		if raws[j].kind == rPlace && len(raws[j].places) > 0 && !raws[j].places[0].Unowned() {
			return raws[j].places[0].Country
		}
	}
	return ""
}

// ownMeasure reports whether code is an administrative measure (172x): one
// a state takes in answer to another's act, with no target named, is still
// imposed on its own people, as POLICY §5 has it (a governor's martial law
// after an incursion is no measure on the invader).
func ownMeasure(code dyad.EventCode) bool {
	return len(code) >= 3 && code[:3] == "172"
}
