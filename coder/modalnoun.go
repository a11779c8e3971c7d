package coder

import "github.com/dyadhq/dyad/text"

// A possibility governs the noun of an act as it governs a verb: "Russia
// could launch a full-scale invasion of Ukraine within weeks", "agents of
// the Indian government may have been behind the killing of" report no
// invasion and no killing (doc/POLICY.md §1). hypothetical looks three
// words back, which a verb and an article before the noun already fill.

// modalNoun reports whether "may", "might" or "could" governs the action at
// token t across the verb and the modifiers of its noun phrase: up to eight
// words, none a past verb (what was done), an actor, a comma or a clause
// boundary.
func (s *sentence) modalNoun(t int) bool {
	for k := t - 1; k >= 0 && k >= t-8; k-- {
		w := &s.toks[k]
		if s.in[k] >= 0 || s.boundary[k] || w.Text == "," {
			return false
		}
		if w.Kind != text.Word {
			if w.Text == "-" {
				continue // "a full-scale invasion"
			}
			return false
		}
		if (w.Lower == "may" || w.Lower == "might" || w.Lower == "could") && !(w.Lower == "may" && w.Cap) {
			return true
		}
		if pastForm(w) && w.Lower != "been" {
			return false
		}
	}
	return false
}
