package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// What may stand between the words of a pattern: a qualifier ("what it
// called"), a hyphenated modifier, a backer, an own possessive, and the
// words skippable gives way to.

// calledBy returns how many tokens the qualifier starting at token k spans
// ("what they called", "what Moscow described as", "what it said were"), or
// 0: "what", an actor and a verb of naming.
func (s *sentence) calledBy(k int) int {
	if k < 0 || s.toks[k].Lower != "what" || k+2 >= len(s.toks) {
		return 0
	}
	mi := s.at[k+1]
	if mi < 0 {
		return 0
	}
	e := s.ms[mi].end
	if e >= len(s.toks) || !namingVerbs[s.toks[e].Lower] {
		return 0
	}
	if isWord(s.toks, e+1, "as") || s.toks[e].Lower == "said" && e+1 < len(s.toks) && beForms[s.toks[e+1].Lower] {
		e++ // "what Moscow described as", "what it said were"
	}
	return e + 1 - k
}

// namingVerbs are the past forms with which a speaker names something
// in its own terms.
var namingVerbs = set(`called termed described dubbed labelled labeled branded said`)

// compound returns how many tokens the hyphenated modifier starting at
// token k spans ("pro - democracy", "anti - war"), or 0: words
// joined by hyphens with no space, all lower-case, none of them an actor's;
// or a backer's participle before the forces it backs, which are the actor.
func (s *sentence) compound(k int) int {
	j := k
	for j+2 < len(s.toks) && s.toks[j+1].Lower == "-" && s.toks[j+1].Start == s.toks[j].End && s.toks[j+2].Start == s.toks[j+1].End &&
		s.toks[j].Kind != text.Punct && s.toks[j+2].Kind == text.Word {
		j += 2
	}
	if j == k {
		return 0
	}
	if s.backerOf(j) {
		return j - k + 1 // "US-backed militias in Syria", "Kurdish-led forces": the forces, not their backer
	}
	for i := k; i <= j; i++ {
		if s.toks[i].Cap {
			return 0 // "Russia-Ukraine", "a Jesuit-run university": names, which may be the actor's own
		}
		if mi := s.in[i]; mi >= 0 && len(s.ms[mi].members) > 0 {
			if i == j && i > k && s.ms[mi].start == j {
				// "to agri-businesses in Nigeria", "ex-soldiers": the words
				// before the hyphen qualify the actor's own noun
				return j - k
			}
			return 0 // "the rebel-held town": whose it is names the target
		}
	}
	return j - k + 1
}

// backers are the participles that say who stands behind a force.
var backers = set(`backed led supported sponsored armed funded allied aligned`) // new13a: allied aligned

// backedNotOwned are the backers' participles whose backer is not whose the
// backed thing is: "Russian-backed regions" are no more Russia's than
// "Iran-backed militants" are Iran's, while "the Saudi-led coalition" is
// Saudi Arabia's.
var backedNotOwned = set(`backed supported sponsored armed funded allied aligned`) // new13a: allied aligned

// backedActor reports whether actor raws[r] is a backer before such a
// participle and the actor it backs ("Iran-backed militants",
// "Russian-backed separatists"), whose acts the backer does not do. Before
// words no dictionary holds ("US-backed SDF headquarters") the backer stays
// a weak actor, the only one they name.
func backedActor(toks []text.Token, raws []raw, r int) bool {
	e := raws[r].end
	if !isWord(toks, e, "-") || e+1 >= len(toks) || !backedNotOwned[toks[e+1].Lower] {
		return false
	}
	if r+1 >= len(raws) || raws[r+1].kind == rPlace {
		return false
	}
	j := e + 2
	if raws[r+1].start == j {
		return true
	}
	if toks[e+1].Lower == "allied" || toks[e+1].Lower == "aligned" {
		// new13a: "the U.S.-allied, Kurdish-led Syrian Democratic Forces":
		// a comma and another hyphened modifier may stand between
		if isWord(toks, j, ",") {
			j++
		}
		if raws[r+1].start == j {
			return true
		}
		if j+2 < len(toks) && isWord(toks, j+1, "-") && toks[j+2].Kind == text.Word && !toks[j+2].Cap {
			j += 3
		}
		return raws[r+1].start == j
	}
	return false
}

// backerOf reports whether token j, the last word of a hyphenated
// modifier, is a backer's participle right before an actor of a known
// country: "US-backed militias in Syria" are the militias. A backed thing
// no role word names ("the Saudi-led coalition") is its backer's.
func (s *sentence) backerOf(j int) bool {
	if !backers[s.toks[j].Lower] || j+1 >= len(s.toks) {
		return false
	}
	mi := s.at[j+1]
	return mi >= 0 && s.ms[mi].kind != mWeak && len(s.ms[mi].members) > 0 && s.ms[mi].members[0].country != ""
}

// ownCounterpart reports whether token k is a possessive pronoun before a
// country's adjective or a word for a counterpart: "shared evidence with
// their Pakistani counterparts" is addressed to Pakistan, not to the
// sharers, "a rebuke from his Czech counterpart" comes from the Czech, and
// "talks with their counterparts" are with others than the speakers.
func (s *sentence) ownCounterpart(k int) bool {
	mi := s.at[k]
	if mi < 0 || s.ms[mi].kind != mPronoun || !pronouns[s.toks[k].Lower] || s.ms[mi].end != k+1 {
		return false
	}
	if k+1 < len(s.toks) && counterpartWords[s.toks[k+1].Lower] {
		return true // "talks with their counterparts": others than the speakers, whoever they are
	}
	n := s.at[k+1]
	return n >= 0 && s.ms[n].kind == mWeak && len(s.ms[n].members) > 0 && s.ms[n].members[0].country != ""
}

// skippable reports whether token k may stand between a pattern and its
// actor slot: a determiner or a modifier ("the", "neighbouring"), not
// punctuation, a preposition, another actor or a word that starts an action
// ("threatened to attack Iran" is no threat against Iran).
func (s *sentence) skippable(k int) bool {
	t := &s.toks[k]
	if (t.Kind == text.Number || t.Text == "$" || t.Text == "€" || t.Text == "£" || t.Text == "¥") && s.in[k] < 0 {
		return true // "tariffs on $120 billion of China's exports"
	}
	if s.rangeWord(k) || s.hedgeWord(k) {
		return true // attrs7: "between 40 and 50 protesters", "over 100 people", "one hundred" (numberrange.go)
	}
	if t.Lower == "'s" && theCountry(s.toks, k) || k+1 < len(s.toks) && s.toks[k+1].Lower == "'s" && theCountry(s.toks, k+1) {
		return true // "detained the country's opposition leader": the role word after it
	}
	if t.Kind != text.Word || s.boundary[k] || s.in[k] >= 0 {
		return false
	}
	if marked(t, cDeterminer|cQuantifier) || t.Lower == "by" || t.Kind == text.Number { // speed9: word classes (wordclass.go)
		return true // "by": the agent of a passive; "on more than 20 Chinese companies"
	}
	if s.boundQuantifier(k) {
		return true // "killed at least 20 civilians", "up to 300 soldiers"
	}
	if tenureWords[t.Lower] && k+1 < len(s.toks) && s.in[k+1] >= 0 && s.ms[s.in[k+1]].start == k+1 {
		return true // "hope that the new government in Greece will", "accused the interim government of Mali": whose it is
	}
	if counterpartWords[t.Lower] && k > 0 && pronouns[s.toks[k-1].Lower] {
		return true // "with his counterpart Wang Yi": the one named after it
	}
	if t.Lower == "of" && k > 0 && (partitives[s.toks[k-1].Lower] || s.toks[k-1].Lower == "number" || isPlaceNoun(&s.toks[k-1]) ||
		scales[s.toks[k-1].Lower] > 0 ||
		k > 1 && s.plainNoun(k-1) && (determiners[s.toks[k-2].Lower] || k > 2 && determiners[s.toks[k-3].Lower] && s.indexedModifier(k-2))) {
		// "on a number of Iranian websites", "to thousands of Syrians"; "the
		// propeller of a U.S. drone", "the main square of Kherson": what the
		// action reaches is the owner's
		return true
	}
	if s.countOf(k) {
		return true // bind8: "killed two of its fighters": a part of whom it reaches (countof.go)
	}
	if k+1 < len(s.toks) && s.toks[k+1].Lower == "of" && isPlaceNoun(t) {
		return true // "to the port of Ust-Luga": the name after "of" is the place
	}
	if k+2 < len(s.toks) && s.toks[k+2].Lower == "of" && isPlaceNoun(t) && isPlaceNoun(&s.toks[k+1]) {
		return true // "the border town of Ras al-Ain", "the port city of Aden": one place noun
	}
	if s.participleAdjective(k) {
		return true // a participle as an adjective: "killed five suspected rebels", "asylum to ousted President Assad"
	}
	if strings.HasSuffix(t.Lower, "ed") && s.adverbModifier(k) {
		return true // "backs the internationally recognised government of Yemen"
	}
	if strings.HasSuffix(t.Lower, "ed") && s.adjectival(k) && s.personAt(k+1) {
		return true // "arrested impeached President Yoon"
	}
	if t.Cap && (s.namedPersonAt(k+1) || k+2 < len(s.toks) && s.toks[k+1].Cap && s.in[k+1] < 0 && s.namedPersonAt(k+2)) {
		return true // a title no dictionary holds before a person it knows: "detained State Counsellor Aung San Suu Kyi"
	}
	if strings.HasSuffix(t.Lower, "ing") && k > 0 && prepositions[s.toks[k-1].Lower] && s.adjectival(k) {
		return true // "a lawsuit against visiting Saudi Crown Prince Mohammed bin Salman"
	}
	if strings.HasSuffix(t.Lower, "ing") && k > 0 && determiners[s.toks[k-1].Lower] && k+1 < len(s.toks) && s.toks[k+1].Cap && s.at[k+1] >= 0 &&
		s.ms[s.at[k+1]].usable() && s.adjectival(k) {
		// "accused the ruling All Progressives Congress": a participle
		// before a name modifies it, whatever verb it spells ("the striking
		// doctors" is left to the patterns: a role word may be its noun)
		return true
	}
	return !prepositions[t.Lower] && (len(s.facts[k].patterns) == 0 && len(s.facts[k].frames) == 0 || s.plainModifier(k))
}

// participleAdjective reports whether token k is a participle in -ed that
// modifies the word after it, after a number, a determiner, a quantifier or
// a preposition ("killed five suspected rebels", "asylum to ousted President
// Assad"), or after another such participle: "released some 200 jailed
// suspected jihadists".
func (s *sentence) participleAdjective(k int) bool {
	for j := k; j > 0 && j > k-3; j-- {
		t := &s.toks[j]
		if !strings.HasSuffix(t.Lower, "ed") || t.Kind != text.Word || s.boundary[j] || s.in[j] >= 0 ||
			j+1 >= len(s.toks) || !(s.in[j+1] >= 0 || s.toks[j+1].Kind == text.Word && !prepositions[s.toks[j+1].Lower]) {
			return false
		}
		if p := &s.toks[j-1]; p.Kind == text.Number || determiners[p.Lower] || quantifiers[p.Lower] || prepositions[p.Lower] {
			return true
		}
	}
	return false
}

// boundQuantifier reports whether token k is a word of the two-word bounds
// "at least", "at most" or "up to" right before a number: a quantifier, not
// the preposition it is spelled with.
func (s *sentence) boundQuantifier(k int) bool {
	w := func(i int) string {
		if i < 0 || i >= len(s.toks) {
			return ""
		}
		return s.toks[i].Lower
	}
	num := func(i int) bool {
		if i >= len(s.toks) {
			return false
		}
		_, word := smallNumbers[s.toks[i].Lower]
		return s.toks[i].Kind == text.Number || word || s.toks[i].Text == "$"
	}
	switch w(k) {
	case "at":
		return (w(k+1) == "least" || w(k+1) == "most") && num(k+2)
	case "least", "most":
		return w(k-1) == "at" && num(k+1)
	case "up":
		return w(k+1) == "to" && num(k+2)
	case "to":
		return w(k-1) == "up" && num(k+1)
	}
	return false
}
