package coder

import (
	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// accessNouns are the ways into a place that a blockade shuts: "blocked
// access to the airport", "blocked the roads to the capital", "sealed off
// the entrance to parliament".
var accessNouns = set(`access road roads entrance entrances approach approaches way gate gates`)

// accessTo reports whether the place at token i, after "to", is what a
// blockade (144) shut the way into: "protesters blocked access to
// Barcelona's El Prat airport" happened at the airport, as "blocked the
// airport" does. Only a determiner or a possessive town may stand between
// "to" and the place, and the way is the blockade's object, in its words or
// right after them.
func accessTo(toks []text.Token, i int, code dyad.EventCode, words []int) bool {
	if code != "144" || len(words) == 0 {
		return false
	}
	k := i - 1
	for k > 0 && (determiners[toks[k].Lower] || toks[k].Lower == "'s" || toks[k].Cap && toks[k].Lower != "to") && k >= i-4 {
		k--
	}
	// the way is the blockade's own object: "blocked access to", "blocked
	// the main roads to"
	return k >= 1 && toks[k].Lower == "to" && accessNouns[toks[k-1].Lower] &&
		k-1 > words[0] && k-1 <= words[len(words)-1]+3
}
