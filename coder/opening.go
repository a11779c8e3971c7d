package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// Times of opening phrases and of modifiers: "Following the attack on October 7,
// ...", "students who were protesting against the Oct. 26 election".

// dayParts after a day are still its time: "the Monday night".
var dayParts = set(`morning afternoon evening night`)

// modifierTimed returns the past participle that the time expression at
// token pos dates when that participle modifies the noun before it ("a
// contract signed last year", "drones launched overnight"), or -1.
func modifierTimed(toks []text.Token, pos int) int {
	v := pos - 1
	if isWord(toks, v, "on") || isWord(toks, v, "in") {
		v-- // "signed on Monday", when the time starts at its noun
	}
	if v < 1 || toks[v].Kind != text.Word || toks[v].Cap || !(strings.HasSuffix(toks[v].Lower, "ed") || irregularPast(&toks[v])) ||
		toks[v].Lower == toks[v].Lemma {
		return -1
	}
	n := &toks[v-1]
	if n.Kind != text.Word || n.Cap || auxWords[n.Lower] || itemStops[n.Lower] || prepositions[n.Lower] || clauseWords[n.Lower] ||
		strings.HasSuffix(n.Lower, "ed") || strings.HasSuffix(n.Lower, "ly") {
		return -1 // "were handed over on", "which was signed in", "has since signed"
	}
	return v
}

// participleTimed returns the participle that the relative time whose last
// word is at token rel dates when the parse hangs that participle on a noun
// ("a sale approved by the State Department a day earlier"), or -1.
func (s *sentence) participleTimed(rel int) int {
	if rel <= 0 {
		return -1 // no relative time: no need to parse
	}
	tr := s.parse()
	if tr == nil || rel >= len(tr.Heads) {
		return -1
	}
	h := tr.Heads[rel]
	if h < 0 || h >= len(tr.Heads) || tr.UPOS[h] != "VERB" || tr.Labels[h] != "acl" || tr.XPOS[h] != "VBN" {
		return -1
	}
	return h
}

// farParticiple returns the past participle that the time expression at
// token pos dates when it stands in the phrase of a participle with its
// agent that modifies a noun after the action ending at token last ("ended
// the siege of a train seized by separatists in the Bolan Pass on Tuesday":
// the seizure's day; "released 252 migrants deported there by the United
// States in March", with the participle right after the action's noun and
// an adverb of place before its agent), or -1. The sentence is parsed only when such a
// participle ("seized by", right after a noun) stands between them, and the
// time must hang on it in the parse, through the phrases after it; a main
// verb the parse takes for a participle ("trucks carrying tents crossed
// into Syria on Thursday") has no agent.
func (s *sentence) farParticiple(pos, last int) int {
	v := -1
	for k := pos - 1; k > last && v < 0; k-- {
		if s.toks[k].Lower == "," || s.boundary[k] {
			return -1
		}
		n := &s.toks[k-1]
		if pastForm(&s.toks[k]) && !s.toks[k].Cap && (isWord(s.toks, k+1, "by") || awayWords[s.toks[k+1].Lower] && isWord(s.toks, k+2, "by")) && n.Kind == text.Word && !n.Cap && !auxWords[n.Lower] &&
			!prepositions[n.Lower] && !closedClass(n.Lower) && !strings.HasSuffix(n.Lower, "ed") && !strings.HasSuffix(n.Lower, "ly") {
			v = k
		}
	}
	if v < 0 {
		return -1
	}
	tr := s.parse()
	if tr == nil || pos >= len(tr.Heads) {
		return -1
	}
	h := pos
	for step := 0; step < 8; step++ {
		h = tr.Heads[h]
		if h == v {
			return v
		}
		if h <= last || h >= len(tr.Heads) {
			break
		}
	}
	return -1
}

// datesVerb reports whether the relative time whose last word is at token
// rel ("later" of "six hours later") may date the action with the token
// indexes words: not when the parse attaches it to a verb in a phrase set
// off after them ("accusing the opposition, only to lift it six hours
// later" dates the lifting). Without a parse, it may.
func (s *sentence) datesVerb(rel int, words []int) bool {
	tr := s.parse()
	if tr == nil || rel >= len(tr.Heads) {
		return true
	}
	h := tr.Heads[rel]
	if s.toks[rel].Lower == "day" && h >= 0 && h < len(tr.Heads) && tr.UPOS[h] != "VERB" {
		h = tr.Heads[h] // "the next day" may hang on the verb's object
	}
	if h < 0 || h >= len(tr.UPOS) || tr.UPOS[h] != "VERB" || h <= words[len(words)-1] {
		return true
	}
	for k := words[len(words)-1] + 1; k < h; k++ {
		if s.toks[k].Lower == "," {
			return false // a verb phrase of its own
		}
	}
	return true
}

// dayTimes are times of a day: "After midnight on Friday, ..." is a time.
var dayTimes = set(`midnight noon dawn daybreak nightfall dusk sunrise sunset hours`)

// relationalOpeners open a phrase that places the main clause's event
// before or after another one, or in spite of it: "Following the attack on
// October 7, ...", "Despite sanctions by the EU, ..."; so does "in" with a
// noun of answering ("In retaliation for the attack"). "Since" is left
// out: "Since the invasion in 2022, Russia has ..." dates a period that the
// main clause's event fills.
var relationalOpeners = set(`after following before despite`)

// relationalOpening returns the preposition and the comma that close a
// sentence's opening phrase when that phrase relates the main clause to an
// event of its own ("Hours after the talks in Geneva on Monday, Russia
// struck Kyiv"), or -1, -1.
func relationalOpening(toks []text.Token) (int, int) {
	k := 0
	for k < len(toks) && k < 6 && !openers[toks[k].Lower] {
		k++
	}
	answer := isWord(toks, k, "in") && k+1 < len(toks) && answerNouns[toks[k+1].Lower] // "In response to the attack on Monday, ..."
	if k >= len(toks) || !relationalOpeners[toks[k].Lower] && !answer || !opensWithPhrase(toks) {
		return -1, -1
	}
	timed := timeTokens(toks)
	event := false // "After Monday," is a time alone, which dates the main clause
	for c := k + 1; c < len(toks); c++ {
		if toks[c].Lower == "," {
			if !event {
				break
			}
			return k, c
		}
		if toks[c].Kind == text.Word && !timed[c] && !toks[c].Cap && !closedClass(toks[c].Lower) && !dayTimes[toks[c].Lower] && !dayParts[toks[c].Lower] {
			event = true
		}
	}
	return -1, -1
}

// openingTime reports whether the time expression at token pos is the
// opening phrase's own event's and the action at token t is the main
// clause's: "Following the attack on October 7, Israel launched an
// offensive" dates the attack, not the offensive. The span of time before
// the preposition ("A day after the vote on Sunday") dates the main clause.
func (s *sentence) openingTime(pos, t int) bool {
	k, c := relationalOpening(s.toks)
	return c >= 0 && pos > k && pos < c && t > c
}

// awayWords are adverbs of place that may stand between a participle and
// its agent: "deported there by", "sent back by", "flown home by".
var awayWords = set(`there back home abroad away out`)
