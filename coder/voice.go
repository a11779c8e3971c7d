package coder

import (
	"strings"

	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// passive reports whether the trigger of a is a past participle after a form
// of "be" ("was attacked"), or directly followed by "by" ("attacked by").
func (s *sentence) passive(a match) bool {
	if len(a.p.Elems) > 1 && a.p.Elems[1].Kind != lexicon.ETarget && !(a.p.Solo && beForms[s.toks[max(a.trig-1, 0)].Lower]) {
		return false // "were killed in clashes between police and students": the people are not the killers
	}
	t := s.toks[a.trig]
	if t.Lower == t.Lemma && !s.unchangedParticiple(a.trig) || len(t.Lower) < 3 || t.Lower[len(t.Lower)-3:] == "ing" {
		return false
	}
	if stativeTo[t.Lower] && isWord(s.toks, a.trig+1, "to") {
		return false // "Tashkent is committed to reforms": its own commitment, not a passive
	}
	if feltParticiples[t.Lemma] {
		return false // precision7: "Poland was angered by Russia's expulsion of its consul" is Poland's anger at Russia
	}
	for k := a.trig - 1; k >= 0 && k >= a.trig-3; k-- {
		if beForms[s.toks[k].Lower] {
			return true
		}
		if s.toks[k].Kind != text.Word || s.in[k] >= 0 || strings.HasSuffix(s.toks[k].Lower, "ing") {
			break // "is investigating alleged abuses by police": the verb between is the clause's, active
		}
	}
	return isWord(s.toks, a.trig+1, "by")
}

// stativeTo holds the participles that, after a form of "be" and before
// "to", say how the subject stands towards an act ("is committed to", "was
// determined to"), not what was done to it.
var stativeTo = map[string]bool{"committed": true, "determined": true, "prepared": true, "resolved": true}

// feltParticiples are the verbs of a feeling whose participle after "be"
// says what its subject feels, and whose "by" names the cause, not an
// agent who acted on it: "Japan was alarmed by China's launch" is Japan's
// disapproval of China (precision7).
var feltParticiples = set(`anger alarm dismay outrage upset frustrate disappoint trouble irritate annoy incense infuriate enrage concern worry disturb shock anger`)

// eachOther reports whether "each other" or "one another" follows token t
// in its clause: "Canada and India expelled each other's diplomats" goes
// both ways.
func (s *sentence) eachOther(t int) bool {
	for k := t + 1; k+1 < len(s.toks) && k < t+10; k++ {
		if s.boundary[k] {
			return false
		}
		if (s.toks[k].Lower == "each" || s.toks[k].Lower == "one") && s.toks[k+1].Lower == "other" ||
			s.toks[k].Lower == "one" && s.toks[k+1].Lower == "another" || s.toks[k].Lower == "the" && s.toks[k+1].Lower == "other" && eachBefore(s.toks, k) {
			return true
		}
	}
	return false
}

// participle reports whether token t is a past participle after a form of
// "be": "was welcomed", "has been condemned".
func (s *sentence) participle(t int) bool {
	if t < 0 || t >= len(s.toks) {
		return false // the end of the sentence (subject asks there for the last clause's)
	}
	w := s.toks[t]
	if w.Lower == w.Lemma && !s.unchangedParticiple(t) || len(w.Lower) < 3 || strings.HasSuffix(w.Lower, "ing") {
		return false
	}
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if beForms[s.toks[k].Lower] {
			return true
		}
		if s.toks[k].Kind != text.Word || s.in[k] >= 0 || strings.HasSuffix(s.toks[k].Lower, "ing") {
			break
		}
	}
	return false
}

// weaponAgent returns the agent of the weapon that is the subject of the
// action at token t ("the missiles fired by the Israeli military struck"):
// a weapon noun, a participle of firing and "by" an actor, in t's clause
// before it; or -1.
func (s *sentence) weaponAgent(t int) int {
	for k := t - 1; k >= 2; k-- {
		if s.boundary[k] {
			return -1
		}
		if s.toks[k].Lower != "by" || !firedWords[s.toks[k-1].Lower] || !weaponWords[s.toks[k-2].Lemma] {
			continue
		}
		if mi := s.at[k+1]; mi >= 0 && s.ms[mi].usable() {
			return mi
		}
		if k+2 < t {
			if mi := s.at[k+2]; mi >= 0 && s.ms[mi].usable() && determiners[s.toks[k+1].Lower] {
				return mi
			}
		}
	}
	return -1
}

// sameParticiples are past participles spelled as their verb, which a
// hyphen makes adjectives as it does "-ed" words: "drought-hit", "cost-cut".
var sameParticiples = set(`hit cut shut set put hurt`)

// adjectival reports whether the -ing word at t modifies a noun rather than
// acting: "Beijing's increasing business interests", "the growing ties"; but
// "the signing of a treaty" names an action.
func (s *sentence) adjectival(t int) bool {
	w := s.toks[t].Lower
	if t >= 2 && s.toks[t-1].Lower == "-" && s.toks[t-1].Start == s.toks[t-2].End && s.toks[t].Start == s.toks[t-1].End &&
		s.toks[t-2].Kind == text.Word && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || w != s.toks[t].Lemma || sameParticiples[w]) {
		return true // "Iran-backed militias", "a Saudi-led coalition", "peace-making", "drought-hit Ethiopia": one adjective
	}
	if strings.HasSuffix(w, "ed") && (t == 0 || prepositions[s.toks[t-1].Lower]) && t+1 < len(s.toks) &&
		s.toks[t+1].Kind == text.Word && !s.toks[t+1].Cap && s.in[t+1] >= 0 && (s.ms[s.in[t+1]].kind == mAgent || s.ms[s.in[t+1]].kind == mImplied) {
		return true // "Armed gangs attacked", "clashed with armed men": a participle before a role word
	}
	ing := len(w) >= 5 && w[len(w)-3:] == "ing"
	ed := len(w) >= 5 && w[len(w)-2:] == "ed" // "the occupied West Bank", "the besieged town"
	if !(ing || ed) || t == 0 || isWord(s.toks, t+1, "of") || isWord(s.toks, t+1, "by") ||
		ing && isWord(s.toks, t-1, "'s") && isWord(s.toks, t+1, "with") {
		// "Zelensky's meeting with Biden": a noun whose owner and partner
		// it names, not a participle that modifies ("a meeting between"
		// alone is left to the patterns that span it: "host a meeting
		// between" is the host's)
		return false
	}
	if ing && t+1 < len(s.toks) && prepositions[s.toks[t+1].Lower] {
		return false // "the meeting between Putin and Xi", "Putin's meeting with Xi": a participle modifies the noun after it, a noun takes a preposition
	}
	p := s.toks[t-1].Lower
	if ed && p == "-" && t >= 2 && s.toks[t-2].Kind == text.Word {
		return true // "a UN-brokered ceasefire", "US-backed forces": compounds that modify
	}
	if ed && prepositions[p] && p != "by" && t+1 < len(s.toks) && (s.toks[t+1].Cap || s.in[t+1] >= 0) {
		return true // "a request from jailed former President Lula": a participle after a preposition modifies
	}
	if ed && strings.HasSuffix(p, "ed") && len(s.facts[t-1].patterns) > 0 && s.personAt(t+1) {
		return true // "arrested impeached President Yoon": between an action and a person, a participle is a title's
	}
	if ing && (p == "with" || p == "against" || p == "for") && t+1 < len(s.toks) && s.at[t+1] >= 0 {
		// "filed a lawsuit against visiting Saudi Crown Prince Mohammed bin
		// Salman": a person's title is no object of a gerund ("warned
		// against attacking Iran" acts)
		if s.personAt(t + 1) {
			return true
		}
	}
	if ing && violenceNouns[w] {
		return false // "Israel's bombing campaign in Lebanon", "the fighting in Khartoum": the act itself
	}
	if ed && s.adverbModifier(t) {
		return true // "Yemen's internationally recognised government", "the newly signed pact"
	}
	return p == "'s" || p == "the" || p == "a" || p == "an" || p == "its" || p == "their" || p == "his" || p == "her" || p == "this" || p == "these" ||
		ed && (s.toks[t-1].Kind == text.Number && !s.yearBefore(t) || quantifiers[p]) // "29 alleged drug cartel figures"
}

// yearBefore reports whether the number right before token t is a year that
// dates the clause ("Biden in 2022 failed to reach a deal", "in March 2019
// signed"), not a count of what the participle modifies ("in 2000 displaced
// families" counts none: no preposition or month stands before a count).
func (s *sentence) yearBefore(t int) bool {
	if t < 2 || !isYear(s.toks[t-1]) {
		return false
	}
	_, month := monthNames[s.toks[t-2].Lower]
	return month || s.toks[t-2].Lower == "in"
}

// adverbModifier reports whether the -ed word at t is a participle that,
// with the adverb in -ly before it, modifies the noun after it: the adverb
// follows a determiner or a possessive, and a word that is no preposition or
// determiner follows. A verb has its subject, an auxiliary or a relative
// pronoun there instead ("Russia formally recognised the republics", "a
// resolution that strongly condemned Russia").
func (s *sentence) adverbModifier(t int) bool {
	if t < 2 || t+1 >= len(s.toks) {
		return false
	}
	adv := s.toks[t-1]
	if adv.Kind != text.Word || len(adv.Lower) <= 4 || !strings.HasSuffix(adv.Lower, "ly") || s.in[t-1] >= 0 {
		return false
	}
	before := s.toks[t-2].Lower
	if !determiners[before] && before != "'s" || before == "that" {
		return false
	}
	next := &s.toks[t+1]
	return next.Kind == text.Word && !prepositions[next.Lower] && !determiners[next.Lower]
}

// violenceNouns are the words in -ing that news uses as nouns of a violent
// act after a determiner or a possessive ("the shelling", "Russia's
// bombing"), never as a participle that modifies ("the ruling party").
var violenceNouns = set(`bombing bombings shelling shellings fighting killing killings shooting shootings kidnapping kidnappings hijacking hijackings stabbing stabbings rioting looting lynching`)

// auxiliary reports whether the word at t is "have", "be" or "do" helping
// the verb after it ("had suspended", "was attacked"), not acting itself.
func (s *sentence) auxiliary(t int) bool {
	switch s.toks[t].Lemma {
	case "have", "be", "do", "get":
	default:
		return false
	}
	for k := t + 1; k < len(s.toks) && k <= t+4; k++ {
		w := s.toks[k]
		if auxAdverbs[w.Lower] || len(w.Lower) > 4 && strings.HasSuffix(w.Lower, "ly") && s.in[k] < 0 {
			continue // "have long supported", "has so far refused", "had previously agreed"
		}
		if w.Lower == "to" && isWord(s.toks, k-1, "yet") {
			return true // "have yet to hold talks": not done (see negated)
		}
		if w.Kind != text.Word {
			return false
		}
		if _, irr := text.Irregular(w.Lower); irr && w.Lower != w.Lemma {
			return true
		}
		return strings.HasSuffix(w.Lower, "ed") || strings.HasSuffix(w.Lower, "en") || strings.HasSuffix(w.Lower, "ing")
	}
	return false
}

// unchangedForms are verbs whose past participle is their base form.
var unchangedForms = set(`hit cut shut set put`)

// unchangedParticiple reports whether token t is one of unchangedForms
// right after a form of "be": "was hit by a missile", a participle the
// lemma does not tell from the base form.
func (s *sentence) unchangedParticiple(t int) bool {
	return t > 0 && unchangedForms[s.toks[t].Lower] && beForms[s.toks[t-1].Lower]
}
