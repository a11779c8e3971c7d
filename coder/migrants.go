package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// People who left their country (POLICY §22): migrants, refugees and asylum
// seekers whose nationality the text does not name are no country's people.
// The place they are in, the document's country and the acting side's
// country all say where they are, not whose they are: "Polish border guards
// fired tear gas at migrants at the Kuznica crossing" is POLCOP 175 with no
// target, not POLCOP → POLREF. Their own words still say it ("Afghan
// migrants", "refugees from Syria"), and internally displaced people and
// evacuees, who never left, stay their own country's.

// uprootedHeads are the heads of the role words for people who left their
// country; "displaced people" and "evacuees" are not among them.
var uprootedHeads = set(`refugee refugees migrant migrants seeker seekers`)

// uprooted reports whether the REF role word ms[i] names people who left
// their country and whose people no word before it names: not a thing
// named for them ("refugee camps", "a migrant detention centre": a singular
// that modifies the noun after it), and not "Chechen refugees" spelled as
// no dictionary has it (a capitalised word right before names a people).
func uprooted(toks []text.Token, role string, start, end int) bool {
	if role != "REF" || end < 1 || !uprootedHeads[toks[end-1].Lower] {
		return false
	}
	if start > 1 && toks[start-1].Cap && toks[start-1].Kind == text.Word && !closedClass(toks[start-1].Lower) {
		return false
	}
	if strings.HasSuffix(toks[end-1].Lower, "s") || end >= len(toks) {
		return true
	}
	t := &toks[end]
	w := t.Lower
	return t.Kind != text.Word || t.Cap || closedClass(w) || strings.HasSuffix(w, "ed")
}

// originOf gives role word ms[i] the country the words right after it say
// it comes from ("refugees from Syria", "migrants fleeing Venezuela",
// "refugees fleeing the civil war in Liberia"), or "".
func originOf(toks []text.Token, ms []mention, i int) (country, name string) {
	k := ms[i].end
	if isWord(toks, k, "who") {
		k++
	}
	if !isWord(toks, k, "from") && !fleeWords[toks[min(k, len(toks)-1)].Lower] {
		return "", ""
	}
	for j := k + 1; j < len(toks) && j <= k+originReach; j++ {
		if clauseWords[toks[j].Lower] || toks[j].Lower == "," || toks[j].Lower == "to" {
			break
		}
		for _, p := range ms {
			if p.start == j && len(p.members) == 1 && p.members[0].country != "" &&
				(p.kind == mFull && len(p.members[0].code) == 3 || p.kind == mPlace) {
				return p.members[0].country, p.members[0].name
			}
		}
	}
	return "", ""
}

// fleeWords tell where people fled from; originReach is how many words
// after them the country may stand ("fleeing the civil war in Liberia").
var fleeWords = set(`fleeing fled escaping`)

const originReach = 6

// clauseNoun reports whether a's trigger is the noun of a phrase that opens
// its clause ("as a crackdown on migrants gathered pace", "while the
// expulsion of refugees went on"): a campaign told in the background, whose
// noun names no one acting, not an act the sentence's subject did
// ("Tunisia launched a crackdown on migrants").
func (s *sentence) clauseNoun(a match) bool {
	k, noun := s.nounStart(a)
	if !noun {
		return false
	}
	for k > 0 && determiners[s.toks[k-1].Lower] {
		k--
	}
	w := s.toks[max(k-1, 0)].Lower
	return k == 0 || clauseWords[w] || clauseOpeners[w] || w == ","
}
