package coder

import "github.com/dyadhq/dyad/text"

// A release done by conveying the freed to where they are handed over
// ("freed two Americans, flying them from Moscow to Ankara for a swap",
// "handed back the pilot, driving him from Lahore to the Wagah border
// crossing") happened where they were taken to, not where the trip began;
// "freed 90 prisoners from a jail near Ramallah" (no trip) stays at the jail.

// conveyVerbs carry the freed on a trip: "flying them", "driving him".
var conveyVerbs = set(`fly drive take bring escort transfer ferry`)

// handedAt returns the place a release (0841) took the freed to, from a
// place named before it with "from", right after a verb of conveying and a
// pronoun for them; nil when the sentence tells no such trip.
func (s *sentence) handedAt(sites []site, a int) *site {
	for i := range sites {
		from := &sites[i]
		if from.prep != "from" || from.start <= a || !conveyedFrom(s.toks, from.start) {
			continue
		}
		for j := range sites {
			to := &sites[j]
			if to.prep == "to" && !to.within && to.start > from.end && to.start <= from.end+5 && to.g.Country != "" {
				return to
			}
		}
	}
	return nil
}

// conveyedFrom reports whether the place at token i follows "VERBing
// PRONOUN from": "flying them from", "driving him from".
func conveyedFrom(toks []text.Token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].Lower == "the" {
		k--
	}
	return k >= 2 && toks[k].Lower == "from" && objectPronouns[toks[k-1].Lower] && conveyVerbs[toks[k-2].Lemma]
}
