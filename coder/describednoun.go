package coder

import "github.com/dyadhq/dyad/text"

// describesNoun tells that the participle at k ("intended", "expected")
// describes the noun an indefinite article opened just before it: "signed a
// peace agreement intended to end the conflict on Friday" tells what the
// agreement is for, not that the signing lies ahead, so it marks no time
// of the clause as future. "Russia intended to", "a deal is expected to"
// still do.
func describesNoun(toks []text.Token, k int) bool {
	if toks[k].Lower != "intended" && toks[k].Lower != "expected" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		t := &toks[j]
		if t.Kind != text.Word || t.Cap || auxiliaries[t.Lower] {
			return false
		}
		if t.Lower == "a" || t.Lower == "an" {
			return j < k-1
		}
	}
	return false
}
