package coder

import (
	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// Force told as part of drills is a show of force: "Chinese warships
// encircled the island in large-scale drills", "bombers flew simulated
// strikes on Japanese targets during exercises" demonstrate military power
// (150) to the side they are aimed at; they strike and blockade no one
// (19x). The drills are named after "in", "during" or "as part of" in the
// act's own clause, or the act is "simulated" or "mock".

// drillForce recodes force (19x) whose clause tells it as drills as 150.
func drillForce(s *sentence, ps []proto) []proto {
	for i, p := range ps {
		if p.code.Root() != "19" || len(p.words) == 0 {
			continue
		}
		if s.inDrills(p.words[0]) {
			ps[i].code = dyad.EventCode("150")
		}
	}
	return ps
}

// drillNouns name exercises of armed forces.
var drillNouns = set(`drill drills exercise exercises wargames manoeuvres maneuvers games`)

// inDrills reports whether the act whose first word is token t is told
// as drills: "simulated" or "mock" right before it, or "in", "during" or
// "as part of" a drills noun after it in its clause.
func (s *sentence) inDrills(t int) bool {
	for j := t - 1; j >= 0 && j >= t-2; j-- {
		if w := s.toks[j].Lower; w == "simulated" || w == "simulating" || w == "mock" {
			return true
		}
	}
	for k := t + 1; k < len(s.toks) && k <= t+14; k++ {
		if s.boundary[k] || s.toks[k].Lower == "," {
			return false
		}
		if w := s.toks[k].Lower; w != "in" && w != "during" && !(w == "part" && isWord(s.toks, k-1, "as")) {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+5; j++ {
			w := s.toks[j].Lower
			if drillNouns[w] && (w != "games" || isWord(s.toks, j-1, "war")) && s.phraseEnds(j) {
				return true // not "during the exercise season"
			}
			if s.boundary[j] || prepositions[w] && w != "of" || s.toks[j].Lower == "," {
				break
			}
		}
	}
	return false
}

// phraseEnds reports whether the noun at token j ends its phrase: what
// follows is no word, or a preposition, a conjunction, a relative word, a
// time phrase or a verb's "it", not another noun it modifies nor "of" ("in
// an exercise of its right to self-defence").
func (s *sentence) phraseEnds(j int) bool {
	k := j + 1
	if k >= len(s.toks) || s.toks[k].Kind != text.Word || s.boundary[k] || s.time[k] {
		return true
	}
	w := s.toks[k].Lower
	return prepositions[w] && w != "of" || w == "and" || w == "or" || w == "that" || w == "which" || w == "it" || w == "they"
}
