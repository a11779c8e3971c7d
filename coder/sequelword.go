package coder

import "github.com/dyadhq/dyad/lexicon"

// A verb's gap does not end at the head noun of a phrase of sequence after
// it: "Kenya cut import duties after talks in Nairobi with Uganda" halts no
// talks, the duties are what it cut, and the talks are the phrase's, not
// the verb's object ("&HALT ... &TALKS"); nor does a pattern that reads on
// past that head ("... &TALKS ... with $T"). A pattern that a preposition
// or a noun opens may end at the head: "signed two accords in Lima, during
// a state visit by the Chilean president" is the president's visit ("in $T
// ... visit by $S").

// headNotOwn reports whether the element after gap e of a pattern may not
// match at the head of a phrase of sequence: the pattern's trigger is a
// class of verbs, or the pattern has another gap after that element.
func headNotOwn(elems []lexicon.Elem, e int) bool {
	if elems[0].Kind == lexicon.EClass && !elems[0].Nouns {
		return true
	}
	for _, el := range elems[min(e+2, len(elems)):] {
		if el.Kind == lexicon.EGap {
			return true
		}
	}
	return false
}
