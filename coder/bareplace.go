package coder

import "github.com/dyadhq/dyad/text"

// A name no dictionary knows after "in", "near", "outside" or "at" is
// most often a place the gazetteer lacks: a town, a village, a district
// ("police arrested 40 people in Zorvik on Monday"). placedBy (placedby.go)
// takes such a name for a place only when the words after it say where it
// lies, so a town the gazetteer lacks that the text does not situate was
// no place at all and its act had none, or the region or country named
// elsewhere in the sentence. bareLocative takes it for a place in the
// country the text gives it (describedCountry: a possessive, an adjective,
// a region after it, else the sentence's one country); where no country is
// sure, described.go leaves it alone.

// bareLocative reports whether the unknown name toks[a:b] of one or two
// words stands right after a locative preposition (across a compass word
// or "central": "in northern Zorvik") and is no time, language or part of
// a longer capitalised name.
func bareLocative(toks []text.Token, a, b int) bool {
	if b-a > 2 || notPlaceName(&toks[a]) || seasons[toks[a].Lower] || b < len(toks) && toks[b].Cap && toks[b].Kind == text.Word {
		return false
	}
	p := a - 1
	if p >= 1 && (compass(toks[p].Lower) || toks[p].Lower == "central") {
		p--
	}
	return p >= 0 && bareLocativePreps[toks[p].Lower]
}

// seasons are feasts and seasons "in" may govern: "in Ramadan".
var seasons = set(`ramadan eid christmas easter lent advent hanukkah passover diwali`)

// bareLocativePreps put an act at the place they govern.
var bareLocativePreps = set(`in near outside at`)
