package coder

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadhq/dyad/text"
)

// "Its" after an organisation. "Soldiers searched the offices of an
// opposition party and detained 12 of its members", "the government banned
// a trade union and jailed its leaders": the act's subject does not own what its
// own act reaches, so an "its" that follows an organisation named after
// that subject stands for the organisation, even one a preposition
// governs ("the offices of"), which antecedent passes over. Role words
// ("a rights group") have their country only after implied, so this runs
// then, as pluralAgain does. A ship is no organisation: "seized a tanker
// and detained its crew" keeps what antecedent found.

// orgHeads are the singular nouns, beside orgNouns, that head the name of
// an organisation described in words: a company, a party, an outlet ("an
// opposition party", "a mining company", "a newspaper").
var orgHeads = set(`party company firm corporation business conglomerate bank airline newspaper broadcaster agency charity
	ngo federation confederation council committee league coalition alliance front university church`)

// itsAgain resolves again each "its" of ms that stands for an actor named
// before an organisation that precedes the pronoun: to that organisation.
func itsAgain(toks []text.Token, ms []mention) {
	for i := range ms {
		p := &ms[i]
		if p.kind != mPronoun || p.ship || p.end != p.start+1 || toks[p.start].Lower != "its" || len(p.members) != 1 {
			continue
		}
		ante := -1 // the mention the pronoun stands for, the latest that names its actor
		for k := range ms {
			if k != i && ms[k].end <= p.start && slices.ContainsFunc(ms[k].members, func(mb member) bool { return mb.code == p.members[0].code }) {
				ante = k
			}
		}
		if ante < 0 || opensClause(toks, p.start) || forcesOfSubject(toks, ms, p.start) != nil {
			continue // ", and its shares fell": the subject's, as antecedent has it
		}
		// the latest organisation or place the act reaches between the
		// two, whatever words follow it ("the offices of a rights group in
		// Mombasa last week")
		org := -1
		for k := range ms {
			m := &ms[k]
			if m.start >= ms[ante].end && m.end <= p.start && len(m.members) == 1 && m.members[0].code != p.members[0].code &&
				m.members[0].code != "" && (organisation(toks, m) && orgPreps[m.prep] || placeObject(toks, m) && !stateRoleAfter(ms, p.end)) {
				org = k
			}
		}
		if org >= 0 && itsDoer(toks, p.start) == ms[org].end-1 {
			org = -1 // bind8: "Hezbollah fired rockets at its towns": the doer's own is no "its" (itsfar.go)
		}
		if org >= 0 {
			p.members = respan(ms[org].members, p.start, p.end)
		}
	}
}

// orgPreps are the prepositions (none: an object) under which an
// organisation is what the act reaches, whose people and goods follow
// ("the offices of", "sanctions on", "charges against"); not a partner's
// "with" ("a deal with the bank to restructure its debt") or a venue's "in".
var orgPreps = map[string]bool{"": true, "of": true, "on": true, "against": true, "by": true}

// organisation reports whether mention m names an organisation: a role
// word whose head is a noun of orgNouns or orgHeads ("a farmers'
// association in Nakuru"), or a group or organisation a dictionary names.
func organisation(toks []text.Token, m *mention) bool {
	switch m.kind {
	case mPronoun, mEvent, mGroup, mPlace, mWeak:
		return false
	}
	mb := m.members[0]
	if mb.person != nil {
		return false
	}
	if nonState(mb) || strings.HasPrefix(mb.code, "IGO") || strings.HasPrefix(mb.code, "NGO") {
		return true
	}
	// a role word's head in lower case as written (recase may have given
	// it a capital): "Export-Import Bank" is a name the dictionaries do not
	// know, and whose it is they cannot tell
	t := &toks[headEnd(toks, m)-1]
	one := strings.TrimSuffix(t.Lower, "s")
	return (writtenLower(t) || t.Upper) && (orgNouns[t.Lemma] || orgNouns[one] || orgHeads[t.Lemma] || orgHeads[one])
}

// placeObject reports whether m is a place named as what an act reaches,
// not where it happened: "shelled Gwoza", "shelled the town of Gwoza", not
// "in Mombasa". Its people and its buildings are the place's.
func placeObject(toks []text.Token, m *mention) bool {
	if m.kind != mPlace || m.prep != "" && m.prep != "of" {
		return false
	}
	if m.prep == "of" {
		// "the town of Gwoza", itself an object: not "off the coast of",
		// "in the region of"
		k := m.start - 2
		if k < 0 || !isPlaceNoun(&toks[k]) {
			return false
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if prepositions[toks[j].Lower] || toks[j].Lower == "off" {
				return false
			}
			if !determiners[toks[j].Lower] && (toks[j].Kind != text.Word || toks[j].Cap || closedClass(toks[j].Lower)) {
				break
			}
		}
		return true
	}
	return true
}

// stateRoleAfter reports whether a role of a state's own bodies follows the
// pronoun ending at token k: "struck Gaza, and its army said", the
// subject's army, not the place's.
func stateRoleAfter(ms []mention, k int) bool {
	for j := range ms {
		if ms[j].start == k {
			r := ms[j].role // "its army": a role word with no country yet
			if r == "" && len(ms[j].members) == 1 {
				r = role(ms[j].members[0])
			}
			return r != "CVL" && stateRoles[r]
		}
	}
	return false
}

// opensClause reports whether the word at k opens a clause of its own after
// a comma (", and its shares fell", ", its lawyer said"), where a
// possessive is as often the main subject's; a plain "and" joins two
// objects as often ("shelled the town and its people").
func opensClause(toks []text.Token, k int) bool {
	return isWord(toks, k-1, ",") || (isWord(toks, k-1, "and") || isWord(toks, k-1, "but")) && isWord(toks, k-2, ",")
}

// writtenLower reports whether word t starts in lower case as the text
// wrote it, whatever capital recase gave it.
func writtenLower(t *text.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return !unicode.IsUpper(r)
}
