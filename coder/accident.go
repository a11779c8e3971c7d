package coder

import "github.com/dyadhq/dyad/text"

// An accident kills no one by force: "a Boeing 737 of Ukraine International
// Airlines crashed after taking off from Tehran, killing all 176 people on
// board" tells a crash, whoever owns the plane, not an attack by its
// airline. A cause named after the crash ("was shot down") is coded where
// the words tell it.

// (accidentVerbs, the past verbs of a vehicle or a building lost by
// accident, are accidents.go's.)

// accidentParticiple reports whether the participle at token t (", killing
// all 176 people") follows, in its sentence, a clause whose verb is an
// accident's, with no other verb between.
func (s *sentence) accidentParticiple(t int) bool {
	if !isWord(s.toks, t-1, ",") || !presentParticiple(s.toks[t].Lower) {
		return false
	}
	for k := t - 2; k >= 0; k-- {
		w := &s.toks[k]
		if accidentVerbs[w.Lower] {
			// (not a relative clause's: "accused Russia of shooting at the
			// jet that crashed, killing 38 people, and demanded" keeps its
			// clauses as they are)
			return !isWord(s.toks, k-1, "that") && !isWord(s.toks, k-1, "which")
		}
		if w.Kind == text.Word && !w.Cap && pastForm(w) && s.in[k] < 0 && w.Lower != "bound" {
			return false // another verb's clause ("was shot down")
		}
	}
	return false
}

// presentParticiple reports whether w is a present participle, the form of a
// clause of result (", killing", ", wounding").
func presentParticiple(w string) bool {
	return len(w) > 4 && w[len(w)-3:] == "ing"
}
