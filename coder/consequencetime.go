package coder

// The day of a consequence told after a comma by a participle of causing:
// "raided the newspaper's offices on Tuesday and seized its computers,
// prompting journalists to march on Wednesday". Wednesday is the march's
// day; the seizure, whose own clause names no day, shares the raid's
// (conjunctTime), not the day of what it caused.

// causeParticiples open a phrase that tells what the act before them made
// someone do: "prompting X to", "forcing X to", "leading X to".
var causeParticiples = set(`prompting forcing sparking triggering leading causing provoking spurring pushing compelling
	driving prompted forced`)

// consequenceTime reports whether the time expression at token pos, after
// the action that ends at token last, stands in such a phrase: a comma, a
// participle of causing and, before the time, the "to" of the infinitive it
// governs.
func (s *sentence) consequenceTime(pos, last int) bool {
	for k := last + 1; k+1 < pos; k++ {
		if s.toks[k].Lower != "," || !causeParticiples[s.toks[k+1].Lower] {
			continue
		}
		for j := k + 2; j < pos; j++ {
			if s.toks[j].Lower == "to" {
				return true
			}
		}
	}
	return false
}
