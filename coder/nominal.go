package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// nominalAfterPrep reports whether action a is a noun in a prepositional
// phrase ("despite weeks of deadly protests", "a hub of the 2018
// anti-government protests"): between the preposition and the action's first
// word stand only determiners, numbers and modifiers. Such a noun names an
// action, but the clause's subject is not its actor.
func (s *sentence) nominalAfterPrep(a match) bool {
	first := a.trig
	for _, w := range a.words {
		first = min(first, w)
	}
	for k := first - 1; k >= 0 && k >= first-4; k-- {
		t := &s.toks[k]
		switch {
		case nounPreps[t.Lower]:
			return true
		case t.Kind == text.Number || determiners[t.Lower]:
		case t.Kind == text.Word && !t.Cap && s.in[k] < 0 && !clauseWords[t.Lower] && !strings.HasSuffix(t.Lower, "ed") && t.Lower == t.Lemma:
		default:
			return false
		}
	}
	return false
}
