package coder

import "slices"

// A dual national ("British-Iranian aid worker", "an Iranian-American
// businessman") is named by two adjectives, and the coder reads one target
// for each. What a state does to such a person is news for the other
// state: "Iran freed a Swedish-Iranian dual national" is Iran's release of a
// Swede, as the team's sets code it, not Iran's act on its own people too.

// dualNationals drops the event whose target is the source's own country
// read from one half of a hyphenated pair of nationalities, when the same
// act's event on the other half stands beside it.
func dualNationals(s *sentence, ps []proto) []proto {
	var drop []bool
	for i, p := range ps {
		if !p.hasTgt || p.src.country == "" || p.tgt.country != p.src.country {
			continue
		}
		for j, q := range ps {
			if j != i && q.hasTgt && q.code == p.code && q.src.code == p.src.code && q.tgt.country != "" && q.tgt.country != p.src.country &&
				slices.Equal(q.words, p.words) && s.hyphenPair(p.tgt, q.tgt) {
				if drop == nil {
					drop = make([]bool, len(ps))
				}
				drop[i] = true
				break
			}
		}
	}
	if drop == nil {
		return ps
	}
	out := ps[:0:0]
	for i, p := range ps {
		if !drop[i] {
			out = append(out, p)
		}
	}
	return out
}

// hyphenPair reports whether members a and b are the two halves of one
// "X-Y" pair of nationalities: their names start two words apart with a
// hyphen between them.
func (s *sentence) hyphenPair(a, b member) bool {
	lo, hi := min(a.start, b.start), max(a.start, b.start)
	return hi-lo == 2 && hi-1 < len(s.toks) && s.toks[hi-1].Text == "-"
}
