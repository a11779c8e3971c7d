package coder

import (
	"sync"

	"github.com/dyadhq/dyad/text"
)

// Word classes: the word lists that rules test at every token of a
// sentence, marked on each token once (text.Token.Marks) when its word's
// facts are looked up (wordfacts.go), so that a rule's test reads a bit
// rather than hashing the word into a map, for every token, in every pass
// that scans the sentence. A list becomes a class by wordClass, and is
// tested by marked; a token whose marks were never set (one a rule built,
// or one lemmatized without prepare) is looked up in the list itself, so
// marked always answers as the list does.

// wordClass is one bit of text.Token.Marks: the class of a word list.
type wordClass uint64

// marksKnown is set in the marks of every token whose marks were worked
// out, so that a token with none of the classes tells itself apart from
// one never marked.
const marksKnown = 1 << 63

// classLists are the word lists of the classes, by bit number, and
// lemmaClass the bits of those tested by the token's lemma rather than its
// word as written.
var (
	classLists []map[string]bool
	lemmaClass uint64
)

// newWordClass returns the class of list, a set tested by the word as written
// in lower case (text.Token.Lower). It is called while the package's
// variables are initialized; at most 63 lists can be classes.
func newWordClass(list map[string]bool) wordClass {
	if len(classLists) >= 63 {
		panic("coder: more than 63 word classes")
	}
	classLists = append(classLists, list)
	return 1 << (len(classLists) - 1)
}

// newLemmaClass returns the class of list, a set tested by a token's
// lemma (text.Token.Lemma).
func newLemmaClass(list map[string]bool) wordClass {
	c := newWordClass(list)
	lemmaClass |= uint64(c)
	return c
}

// marksOf returns the marks of a token whose lower-case form is w and
// whose lemma is lemma: two look-ups, of the classes of every word of the
// lists, by the word as written and by lemma (classIndex).
func marksOf(w, lemma string) uint64 {
	ix := classIndex()
	return marksKnown | ix.lower[w] | ix.lemma[lemma]
}

// classIndex is, for every word of the classes' lists, the bits of the
// classes whose lists hold it, apart for the lists tested by the word as
// written and those tested by lemma; made once, at the first word marked,
// when every list is complete.
var classIndex = sync.OnceValue(func() (ix struct{ lower, lemma map[string]uint64 }) {
	ix.lower, ix.lemma = map[string]uint64{}, map[string]uint64{}
	for i, l := range classLists {
		m := ix.lower
		if lemmaClass&(1<<i) != 0 {
			m = ix.lemma
		}
		for w, in := range l {
			if in {
				m[w] |= 1 << i
			}
		}
	}
	return ix
})

// marked reports whether t's word, as written in lower case (or its lemma,
// for a lemma class), is in the list of class c (or of one of the classes
// c holds).
func marked(t *text.Token, c wordClass) bool {
	m := t.Marks
	if m == 0 {
		m = unmarked(t) // a token never marked: the lists say
	}
	return m&uint64(c) != 0
}

// unmarked returns the marks of a token never marked, kept out of marked
// so that marked is inlined where it is called.
//
//go:noinline
func unmarked(t *text.Token) uint64 { return marksOf(t.Lower, t.Lemma) }

// The classes: lists tested at every token by the passes that set up a
// sentence and by rules that scan it.
var (
	cDeterminer  = newWordClass(determiners)
	cPreposition = newWordClass(prepositions)
	cReport      = newWordClass(reportWords)
	cReportPart  = newWordClass(reportParticiples)
	cClause      = newWordClass(clauseWords)
	cSubord      = newWordClass(subordinators)
	cDate        = newWordClass(dateWords)
	cThatTime    = newWordClass(thatTimes)
	cNaming      = newWordClass(namingVerbs)
	cRoleVerb    = newWordClass(roleVerbs)
	cQuantifier  = newWordClass(quantifiers)
	cFrozen      = newWordClass(frozenWords)
	cMediator    = newWordClass(mediatorNouns)
	cPartNoun    = newWordClass(partNouns)
	cCityNoun    = newWordClass(cityNouns)
	cRegionRef   = newWordClass(regionRefNouns)
	cProtesting  = newWordClass(protestParticiples)
	cHarming     = newWordClass(harmWords)
	cPartWord    = newWordClass(partWords)
	cStruckHarm  = newWordClass(struckHarmWords)
	cCompass     = newWordClass(compassWord)
	cStance      = newWordClass(stanceWords)
	cChargePart  = newWordClass(chargeParticiples)
	cSelfNoun    = newWordClass(selfNouns)
	cNumberStart = newWordClass(numberStarts)
	cBodyNoun    = newWordClass(bodyNouns)
	cRegionHead  = newWordClass(regionHeads)
)

// The lemma classes: lists tested by a token's lemma (text.Token.Lemma).
var (
	cDenyVerb   = newLemmaClass(denyVerbs)
	cRejectVerb = newLemmaClass(rejectVerbs)
	cLocked     = newLemmaClass(lockedLemmas)
	cCarriedTo  = newLemmaClass(carriedToLemmas)
)
