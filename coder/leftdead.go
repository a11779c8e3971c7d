package coder

// leftDead drops an act read from "left" that tells a result, not a
// departure: "clashes between Armenian and Azerbaijani forces left 12
// soldiers dead" is no retreat of the forces from the soldiers (0874), and
// "the strike left 40 people wounded" no withdrawal. The result is the
// violence's, which its own words code.
func leftDead(s *sentence, ps []proto) []proto {
	return without(ps, func(p proto) bool {
		return p.hasTgt && s.leftIn(p.words) && s.resultAfter(p.tgt.end)
	})
}

// leftIn reports whether the words of an act include "left" or "leave":
// its trigger, or the verb after the actor of an actor's pattern ("forces
// left").
func (s *sentence) leftIn(words []int) bool {
	for _, k := range words {
		if s.toks[k].Lemma == "leave" {
			return true
		}
	}
	return false
}

// resultAfter reports whether a word of harm follows token k, within two
// words: "left 12 soldiers dead", "left 40 people badly wounded".
func (s *sentence) resultAfter(k int) bool {
	for j := k; j < len(s.toks) && j <= k+2; j++ {
		if harmResults[s.toks[j].Lower] {
			return true
		}
	}
	return false
}

// harmResults are the states violence leaves people in.
var harmResults = set(`dead wounded injured homeless stranded missing`)
