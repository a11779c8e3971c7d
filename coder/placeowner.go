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

// ownsThing reports whether the place that ends before token end only owns
// the thing its possessive names ("over Caracas's claim", "to Kyiv's
// request"): "'s" and words up to a preposition or a comma none of which
// names a place, a part of one or a site. The preposition before the place
// then governs the thing, and the place is no end or way of a movement; "to
// Russia's Kursk region", "to Ukraine's largest port" and "over Gaza's
// north" name places.
func ownsThing(toks []text.Token, end int) bool {
	if !isWord(toks, end, "'s") {
		return false
	}
	k := end + 1
	for ; k < len(toks) && k <= end+3; k++ {
		t := &toks[k]
		if t.Kind != text.Word || prepositions[t.Lower] || itemStops[t.Lower] {
			break
		}
		if t.Cap || isPlaceNoun(t) || regionWords[t.Lower] || compassWords[t.Lower] || settlementWords[t.Lower] || capitalKinds[t.Lower] {
			return false
		}
	}
	return k > end+1
}

// clauseBefore reports whether the "over" before the place at token i ends
// a clause of its own that a subordinator opens within four words before
// it ("as tension rose over", "while anger grew over"): a cause or a
// setting, not the way a movement took.
func clauseBefore(toks []text.Token, i int) bool {
	p := phraseHead(toks, i)
	for k := p - 1; k >= 0 && k >= p-4; k-- {
		switch w := toks[k].Lower; {
		case amountClauseWords[w] || w == "amid":
			return true
		case toks[k].Kind != text.Word:
			return false
		}
	}
	return false
}
