package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// Where a pattern's gap, or a phrase an actor slot reads, stops: the
// heads of phrases of sequence, of nouns and of verb phrases of their own.

// sequelHead returns the head noun of the phrase a preposition of sequence
// at token j opens ("after the killing", "following the arrest", "during a
// drone attack": the fresh sets' "shot down drones ... during a Russian drone
// attack on western Ukraine" strikes no Ukraine), or -1 when
// token j is none or an actor follows it: the last word before the
// phrase's first preposition or punctuation.
func (s *sentence) sequelHead(j int) int {
	if w := s.toks[j].Lower; w != "after" && w != "before" && w != "following" && w != "during" || j+1 >= len(s.toks) || s.in[j+1] >= 0 {
		return -1
	}
	return s.nounHeadFrom(j + 1)
}

// sequelGapHead is sequelHead for a pattern's gap, which also stops at the
// head of a noun of another act whose doer a possessive names ("expelled 23
// British diplomats after Britain's expulsion of 23 Russian envoys") or
// that an answer phrase opens ("in retaliation for Berlin's expulsion of"):
// its words are the other act's. (An actor's slot may still take that doer,
// as whom a protest is against: objectAfter keeps sequelHead.)
func (s *sentence) sequelGapHead(j int) int {
	if h := s.sequelHead(j); h >= 0 {
		return h
	}
	w := s.toks[j].Lower
	if w != "after" && w != "before" && w != "following" && w != "during" && !(answerPhrase(s, j) && s.toks[j-1].Lemma != "respond") || j+1 >= len(s.toks) {
		return -1
	}
	from := j + 1
	if mi := s.in[from]; mi >= 0 {
		if !s.ms[mi].poss {
			return -1 // an actor with no possessive is a clause's subject, which the boundary rules keep
		}
		from = s.ms[mi].end
		if isWord(s.toks, from, "'s") || isWord(s.toks, from, "'") {
			from++
		}
	}
	return s.nounHeadFrom(from)
}

// nounHeadFrom returns the last word of the noun phrase that starts at
// token from, before a preposition, a boundary, a conjunction or an actor,
// or -1.
func (s *sentence) nounHeadFrom(from int) int {
	h := -1
	for k := from; k < len(s.toks); k++ {
		t := &s.toks[k]
		if t.Text == "-" && k > from && t.Start == s.toks[k-1].End {
			continue // "during a three-day visit": a hyphenated modifier is of the phrase
		}
		if t.Kind != text.Word && t.Kind != text.Number || prepositions[t.Lower] || s.boundary[k] || t.Lower == "and" || t.Lower == "or" || s.in[k] >= 0 {
			break
		}
		h = k
	}
	return h
}

// effectNouns name what an event does to someone ("the impact on", "its
// toll on").
var effectNouns = set(`impact effect toll`)

// verbPhraseAt reports whether token k is an "and" that joins a verb phrase
// of its own: a past verb ("and sent"), or a verb with a pronoun as its
// object ("and put them").
func (s *sentence) verbPhraseAt(k int) bool {
	if s.toks[k].Lower != "and" || k+2 >= len(s.toks) {
		return false
	}
	v := &s.toks[k+1]
	if v.Kind != text.Word || v.Cap || s.in[k+1] >= 0 || closedClass(v.Lower) {
		return false
	}
	return pastForm(v) || objectPronouns[s.toks[k+2].Lower]
}

// mainPredicate reports whether token k begins the sentence's own
// predicate after a participle at trigger t that names its agent ("freed
// by Iran") and so says more of the noun before it: a form of "be" before
// a past participle, as in "Americans released by Iran ... were flown", or
// before a present one ("the aid package proposed by the Commission is
// allocating €95 million": the package allocates, the Commission proposes
// nothing more).
func (s *sentence) mainPredicate(t, k int) bool {
	if k <= t+1 || !isWord(s.toks, t+1, "by") || s.toks[k].Lemma != "be" || k+1 >= len(s.toks) {
		return false
	}
	v := &s.toks[k+1]
	return (pastForm(v) || v.Kind == text.Word && len(v.Lower) > 5 && strings.HasSuffix(v.Lower, "ing")) && !v.Cap
}

// objectPronouns are the object forms of the personal pronouns.
var objectPronouns = set(`them it him her`)

// conjunctions join a clause of its own, which a pattern's gap does not
// enter.
var conjunctions = set(`but because while whereas although though when where`)
