package coder

import "github.com/dyadhq/dyad/text"

// appositeSite reports whether the place at token i names, after a comma,
// the places that the words of force before it struck ("fired missiles at
// two Iraqi bases housing U.S. troops, Ain al-Asad in Anbar and another
// near Erbil"): a place noun within eight words before the comma, after
// the action's first word at a, with no other comma or clause between. The
// place named first is where the force struck, as "at Ain al-Asad" would
// say; a place after "near" in the list says where another of them was.
// The place ends its words at token end: a list or a phrase of place goes
// on after it, not a noun it qualifies.
func appositeSite(s *sentence, i, end, a int) bool {
	if i < 2 || !isWord(s.toks, i-1, ",") || end < len(s.toks) && s.toks[end].Kind == text.Word && !listEnds[s.toks[end].Lower] {
		return false // not "struck two camps, Gaza health officials said"
	}
	for k := i - 2; k > a && k >= i-9; k-- {
		t := &s.toks[k]
		if t.Kind == text.Punct || s.boundary[k] {
			return false
		}
		if isPlaceNoun(t) && !t.Cap {
			return true
		}
	}
	return false
}

// listEnds are the words that may follow a place named in a list of sites.
var listEnds = set(`and or in near on at outside north south east west`)
