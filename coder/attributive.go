package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// Attributive participles: "planes carrying deported Colombian migrants",
// "300 deported Guatemalans", "the sanctioned tanker" name people or things
// by what someone once did to them; the participle is no act of the
// sentence's subject ("Colombia turned back planes carrying deported
// Colombian migrants" deports nobody).

// attributiveBefore holds the words after which a past participle modifies
// the noun that follows it.
var attributiveBefore = set(`the a an these those two three four five six seven eight nine ten several some many more carrying of with`)

// attributiveAdverbs qualify such a participle between its determiner and
// it: "four partly occupied regions", "the newly annexed territories".
var attributiveAdverbs = set(`partly partially newly recently formerly illegally fully previously temporarily jointly`)

// attributive reports whether match a's trigger is a past participle that
// modifies the noun after it: it stands after a determiner, a number or
// "carrying", and before a word that is no preposition or "by".
func (s *sentence) attributive(a match) bool {
	t := a.trig
	if t < 1 || t+1 >= len(s.toks) || !pastForm(&s.toks[t]) || !strings.HasSuffix(s.toks[t].Lower, "ed") {
		return false
	}
	prev, next := &s.toks[t-1], &s.toks[t+1]
	if attributiveAdverbs[prev.Lower] && t >= 2 {
		prev = &s.toks[t-2] // "four partly occupied Ukrainian regions"
	}
	if !attributiveBefore[prev.Lower] && prev.Kind != text.Number {
		return false
	}
	return next.Kind == text.Word && !prepositions[next.Lower] && !determiners[next.Lower] && next.Lower != "by"
}

// backedBy reports whether match a's trigger is a participle of backing
// right after an actor and before "by": "Syrian forces backed by Russian
// warplanes shelled...", "rebels supported by Turkey attacked...". The
// phrase says who stands behind the actor, as "Russian-backed" before it
// does (an adjective, see backers), not what anyone did: the sentence's act
// is its main verb's. "The rebels are backed by Turkey", a clause of its own,
// still reads as an endorsement.
func (s *sentence) backedBy(a match) bool {
	t := a.trig
	return t > 0 && t+1 < len(s.toks) && backers[s.toks[t].Lower] && s.toks[t+1].Lower == "by" && s.in[t-1] >= 0 &&
		s.ms[s.in[t-1]].end == t
}
