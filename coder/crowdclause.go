package coder

import "strings"

// complements8: demandingCrowd returns the actor that heads the subject of
// the past verb at token t in a clause joined by ", and" when a participle
// modifies that subject, or at the sentence's start: "declared a state of emergency, and thousands of
// protesters demanding that both men quit stormed his office" (the
// protesters), "protesters demanding that the premier resign stormed
// parliament". The participle's demand is the crowd's; so is the storming,
// an event of its own, neither a complement of the demand nor told through
// its frame (modifiedSubject reads such a shape only where the parse
// agrees). It returns -1 when the words have another shape.
func (s *sentence) demandingCrowd(t int) int {
	if t < 4 || t >= len(s.toks) || !pastForm(&s.toks[t]) || s.in[t] >= 0 || isWord(s.toks, t-1, "to") {
		return -1
	}
	for k := t - 3; k >= -1 && k >= t-14; k-- {
		if k >= 0 && !(k > 0 && isWord(s.toks, k, "and") && isWord(s.toks, k-1, ",")) {
			continue // the clause opens at ", and" or at the sentence's start
		}
		j := k + 1
		if j+1 < t && partitives[s.toks[j].Lower] && isWord(s.toks, j+1, "of") {
			j += 2 // "thousands of protesters"
		}
		mi := s.in[j]
		if mi < 0 || !s.ms[mi].usable() || s.ms[mi].start != j {
			return -1
		}
		p := s.ms[mi].end
		w := &s.toks[p]
		if p+1 >= t || s.in[p] >= 0 || !strings.HasSuffix(w.Lower, "ing") || w.Lemma == w.Lower {
			return -1
		}
		for q := p + 1; q < t; q++ {
			if pastForm(&s.toks[q]) && s.in[q] < 0 || s.toks[q].Text == "," {
				return -1 // a verb or an aside between: no single clause of the crowd's
			}
		}
		return mi
	}
	return -1
}
