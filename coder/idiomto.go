package coder

import "github.com/dyadhq/dyad/text"

// The "to" of "set fire to" and "laid siege to" marks what is burned or
// besieged, not where something goes: "demonstrators set fire to a police
// station in Kisumu" burned it in Kisumu, while "sent aid to the port at
// Rason" sent it to Rason. A place after "in" or "at" past a place noun
// keeps its own preposition when the noun's phrase is such an object.

// idiomTo are the nouns whose "to" after them marks an object: "set fire
// to", "laid siege to", "put a torch to".
var idiomTo = set(`fire siege torch`)

// objectTo reports whether the noun phrase ending at token i is the object
// of an idiom of idiomTo: "to a police station" after "set fire".
func objectTo(toks []text.Token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if toks[k].Lower == "to" {
			return idiomTo[toks[k-1].Lower]
		}
	}
	return false
}
