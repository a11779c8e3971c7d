package coder

import "github.com/dyadhq/dyad/text"

// whereempty8: a town named after "of" as the town of a part or a building
// of it.
//
// "in the centre of Kyiv", "in the heart of Paris", "outside the main
// stadium of Conakry", "at the gates of the University of Nairobi", "outside
// the Abbey Gate of Kabul airport": the town is where, as the preposition
// before the noun of its part or building says, as "the town of" and "the
// coast of" are read (sitePrep). Other nouns before "of" ("at the request
// of", "in the killing of") say nothing of where.

// townPartNouns name a part of a town or a building in it that "of" can join
// to the town's name.
var townPartNouns = set(`centre center heart middle downtown front vicinity gate gates entrance doors walls stadium square market
	prison jail mosque church cathedral temple shrine hospital school university college campus headquarters
	hall parliament palace courthouse embassy consulate compound north south east west northeast northwest southeast southwest`)

// ofPartPrep returns the preposition that governs the part or building
// that "of" at token of joins to a place ("outside" of "outside the main
// stadium of Conakry"), across the determiners and the words describing it
// and a chain of such phrases ("at the main gate of the University of
// Nairobi"), or "" when the noun before "of" names no such part.
func ofPartPrep(toks []text.Token, of int) string {
	for depth := 0; depth < 3 && of >= 2 && (townPartNouns[toks[of-1].Lower] || isPlaceNoun(&toks[of-1]) && !toks[of-1].Cap); depth++ {
		k := of - 2
		plain := 0 // lower-case words describing it: "the restive northern Nigerian state of"
		for n := 0; k >= 0 && n < 6; n++ {
			t := &toks[k]
			w := t.Lower
			if determiners[w] || w == "'s" || regionWords[w] || t.Kind == text.Word && t.Cap && !prepositions[w] && !clauseWords[w] {
				k--
				continue
			}
			if t.Kind == text.Word && !prepositions[w] && !clauseWords[w] && !itemStops[w] && w != "and" && w != "or" && plain < 2 {
				plain++
				k--
				continue
			}
			break
		}
		if k < 0 {
			return ""
		}
		w := toks[k].Lower
		if w == "of" {
			of = k // "the main gate of the University of Nairobi"
			continue
		}
		if eventPreps[w] {
			return w
		}
		return ""
	}
	return ""
}

// whereempty8: a country named as "the island of", "the Gulf state of" or
// "the tiny nation of" it is a country its clause is set in as "in" it
// would be: "held talks on the Caribbean island of St. Vincent", "met in
// the Gulf state of Qatar". (Talks "on Ukraine" are about it, and only the
// noun of a country's kind makes "on" a place's.)

// countryKinds are nouns a country's name follows with "of".
var countryKinds = set(`island islands nation state kingdom emirate republic country archipelago`)

// countryOfPrep returns "in" when the country whose words start at token
// start is named after "of" and a noun of countryKinds that "in", "on" or
// "at" governs, else "".
func countryOfPrep(toks []text.Token, start int) string {
	if start < 3 || !isWord(toks, start-1, "of") || !countryKinds[toks[start-2].Lower] {
		return ""
	}
	switch phrasePrep(toks, start-2) {
	case "in", "on", "at":
		return "in"
	}
	return ""
}
