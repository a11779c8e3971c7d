package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// People a sentence names by what they are, in words no dictionary holds,
// and tells as protesting: "police fired rubber bullets at pensioners
// protesting outside parliament", "water cannon against fans and retirees
// demonstrating in the capital". A crowd that protests is of civilians,
// whatever noun names them, and takes its country as a role word does
// (POLICY §5): the police repress it (175) and it protests (141), not the
// parliament it gathered at.

// protestParticiples tell that the people before them protest.
var protestParticiples = set(`protesting demonstrating rallying marching`)

// crowdPeople are plural nouns of people without a doer's ending.
var crowdPeople = set(`fans residents nurses youths women relatives parents families`)

// protestingPeople adds a civilians' mention for the plural nouns of
// people, joined by "and", right before a participle of protest that no
// mention covers.
func protestingPeople(toks []text.Token, ms []mention) []mention {
	covered := func(k int) bool {
		for i := range ms {
			if k >= ms[i].start && k < ms[i].end {
				return true
			}
		}
		return false
	}
	for v := 1; v < len(toks); v++ {
		if !marked(&toks[v], cProtesting) || covered(v-1) || !crowdNoun(&toks[v-1]) { // speed9: a word class (wordclass.go)
			continue
		}
		start := v - 1
		for j := v - 2; j >= 0; j-- {
			w := &toks[j]
			if covered(j) || w.Kind != text.Word || w.Cap || prepositions[w.Lower] || closedClass(w.Lower) && w.Lower != "and" {
				break
			}
			if w.Lower == "and" && (j == 0 || !crowdNoun(&toks[j-1]) && !(j >= 2 && crowdNoun(&toks[j-2]))) {
				break
			}
			start = j
		}
		if toks[start].Lower == "and" {
			start++
		}
		ms = insertMention(ms, mention{start: start, end: v, kind: mAgent, role: "CVL"})
	}
	return ms
}

// crowdNoun reports whether t is a plural noun of people in lower case:
// "pensioners", "fans".
func crowdNoun(t *text.Token) bool {
	if t.Kind != text.Word || t.Cap || !strings.HasSuffix(t.Lower, "s") {
		return false
	}
	return crowdPeople[t.Lower] || personNoun(t.Lower)
}
