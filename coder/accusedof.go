package coder

import "strings"

// What an accuser charges another with is the charge, not an act the
// sentence reports: in "Hanoi accused Chinese officers of beating its
// fishermen and seizing their catch" the seizing, joined by "and" to the
// first gerund of the charge, is as much the charge's as the beating.

// chargeOfVerbs are the lemmas of a charge whose "of" + gerund says what it
// charges.
var chargeOfVerbs = set(`accuse charge suspect`)

// chargedGerund reports whether action a is a gerund joined by "and" to the
// gerund after "of" of a charge in its clause: "accused X of beating ...
// and seizing".
func (s *sentence) chargedGerund(a match) bool {
	t := a.trig
	if t < 4 || !strings.HasSuffix(s.toks[t].Lower, "ing") || s.toks[t-1].Lower != "and" {
		return false
	}
	for k := t - 2; k >= 2 && k >= t-15; k-- {
		if s.boundary[k] && s.toks[k].Lower != "and" || s.toks[k].Text == "," {
			return false
		}
		if s.toks[k].Lower != "of" || !strings.HasSuffix(s.toks[k+1].Lower, "ing") {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-8; j-- {
			if chargeOfVerbs[s.toks[j].Lemma] {
				return true
			}
			if s.boundary[j] {
				break
			}
		}
		return false
	}
	return false
}
