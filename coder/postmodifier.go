package coder

import "github.com/dyadhq/dyad/text"

// postModified reports whether the words from k, right after a subordinate
// clause's subject, are a phrase on that subject followed by the clause's
// own past verb: "a day after protesters angry over a rise in metro fares
// set fire to stations", "after students furious at tuition fees set fire
// to a government building". Without it the "after" opens no clause of its
// own, and the subordinate act is read as a complement of the main clause's
// act and dropped. The phrase opens with a preposition or an adjective of
// feeling, names no actor (the verb would take it for its subject: "gang
// members loyal to a former policeman set fire"), and ends within eight
// words at the first past verb; a comma or another clause before it rules
// it out.
func (s *sentence) postModified(k int) bool {
	if k >= len(s.toks) || !prepositions[s.toks[k].Lower] && !feelingWords[s.toks[k].Lower] || postBlocks[s.toks[k].Lower] {
		return false
	}
	j := s.verbAfterPhrase(k+1, min(k+9, len(s.toks)))
	for v := k + 2; j < 0 && v < len(s.toks) && v <= k+8; v++ {
		p := &s.toks[v-1]
		if s.boundary[v-1] || p.Kind != text.Word {
			return false
		}
		if samePasts[s.toks[v].Lower] && v+1 < len(s.toks) && s.toks[v+1].Kind == text.Word && !prepositions[s.toks[v+1].Lower] && s.in[v] < 0 &&
			!auxWords[p.Lower] && !determiners[p.Lower] && !prepositions[p.Lower] && p.Lower != "and" {
			j = v // "set", "hit", "put": a verb whose past is its present
		}
	}
	if j < 0 {
		return false
	}
	for x := k; x < j; x++ {
		if s.in[x] >= 0 {
			return false
		}
	}
	return true
}

// feelingWords open an adjective phrase on a subject: "protesters angry
// over", "crowds furious at".
var feelingWords = set(`angry furious enraged incensed outraged frustrated upset unhappy opposed`)

// postBlocks are the prepositions that open no phrase on a subject: "to"
// may be an infinitive's, "after" and "before" a time, "by" an agent's.
var postBlocks = set(`to after before by since`)
