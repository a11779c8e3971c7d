package coder

import (
	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// homesBurned reports whether the action a destroys the property of the
// people of the place mention tgt (1712): "burned hundreds of homes in
// Sagaing region", "torched houses and shops in a village in Borno state",
// "razed the village of Kpagbo". A state's military or police that destroy
// the homes of a town of their own country destroy its people's property,
// as ownPlace reads force used on such a town (POLICY §5): the target is
// the people there, not the state, which cannot act on itself.
func (s *sentence) homesBurned(a match, tgt int, code dyad.EventCode) bool {
	m := &s.ms[tgt]
	if code != "1712" || !s.placeLike(tgt) || m.start <= a.trig+1 { // coerce11: a capital or a country too ("homes in a Nairobi slum")
		return false
	}
	switch m.prep {
	case "of":
		// "torched the village of Kpagbo": the village is the property
		return m.start >= 2 && s.toks[m.start-2].Lemma == "village" && s.dwellingsBetween(a.trig, m.start-1)
	case "in":
		return s.dwellingsBetween(a.trig, m.start-1)
	}
	return false
}

// dwellingsBetween reports whether the words after the trigger and before
// k name people's dwellings or goods, with no actor among them: "hundreds
// of homes", "houses and shops in a village" (but not "the army's base").
func (s *sentence) dwellingsBetween(trig, k int) bool {
	found := false
	for j := trig + 1; j < k; j++ {
		t := &s.toks[j]
		if s.in[j] >= 0 && len(s.ms[s.in[j]].members) > 0 {
			return false
		}
		if t.Kind == text.Word && !t.Cap && (dwellingNouns[t.Lemma] || civilianSites[t.Lemma]) { // coerce11: "bulldozed a mosque in Xinjiang"
			found = true
		}
	}
	return found
}

// dwellingNouns are what a town's people live in, trade from and own.
var dwellingNouns = set(`home house hut dwelling tent shelter shop store stall village property
	apartment farm crop granary car vehicle market`)
