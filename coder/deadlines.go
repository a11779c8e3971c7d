package coder

import "slices"

// A deadline to leave given to people the sentence expels is the
// expulsion's term, no ultimatum of its own: "declaring 20 embassy staff
// personae non gratae and giving them until Monday to leave" is one
// expulsion (161), not also an ultimatum (139). An ultimatum to leave with
// no expulsion beside it ("gave the rebels 48 hours to leave the town")
// stays one.

// leaveDeadlines drops an ultimatum to leave whose target the sentence
// expels in another event of the same source.
func (s *sentence) leaveDeadlines(ps []proto) []proto {
	if !s.words["leave"] && !s.words["depart"] && !s.words["quit"] {
		return ps
	}
	return slices.DeleteFunc(ps, func(p proto) bool {
		if p.code != "139" || !p.hasTgt || len(p.words) == 0 {
			return false
		}
		last := p.words[len(p.words)-1]
		if !isWord(s.toks, last, "to") || last+1 >= len(s.toks) || !leaveVerbs[s.toks[last+1].Lemma] {
			return false
		}
		for _, q := range ps {
			if (q.code == "161" || q.code == "174" || q.code == "201") && q.hasTgt && q.src.country == p.src.country && q.tgt.country == p.tgt.country {
				return true
			}
		}
		return false
	})
}

var leaveVerbs = set(`leave depart quit`)
