package coder

import "github.com/dyadhq/dyad/text"

// ownerBefore reports whether the target of p, a seizure told in the
// passive, is the owner of the property that is the passive's subject:
// "Venezuela's assets in the United States were seized by U.S.
// authorities", "the company's oil fields were confiscated" took property
// (1711), not the owner's territory (192) (coerce11).
func (s *sentence) ownerBefore(p proto) bool {
	if !p.hasTgt || p.tgt.end < 1 || p.tgt.end >= p.words[0] {
		return false
	}
	k0 := p.tgt.end
	if isWord(s.toks, k0, "'s") {
		k0++ // "Venezuela's assets"; or a noun its name modifies: "Russia's central bank reserves"
	}
	for k := k0; k < p.words[0] && k <= k0+2; k++ {
		t := &s.toks[k]
		if t.Kind != text.Word || s.boundary[k] {
			return false
		}
		if seizedGoods[t.Lemma] {
			return true
		}
	}
	return false
}

// seizedGoods are what a seizure of someone's takes as property.
var seizedGoods = set(`asset property fund account cargo reserve stake company business factory plant shipment
	equipment revenue deposit holding share estate oil gold`)
