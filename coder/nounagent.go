package coder

import (
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// Wire reports tell many acts with a noun rather than a verb, and the noun
// phrase names its own actors: "the shelling of Kharkiv by Russian forces",
// "Putin's visit to Pyongyang", "the arrest of 12 activists by police". Such
// a phrase says who acted whatever clause it stands in ("Residents fled after
// the shelling of Kharkiv by Russian forces": the forces shelled, not the
// residents), and the act it tells happened (doc/POLICY.md, section 1): it is
// an event of its own when it names its actor, unless a word of the phrase
// says the act is only to come or might be ("Putin's planned visit", "a
// possible invasion of Taiwan").

// nounStart returns the first token of the noun phrase headed by the
// trigger of a, past its modifiers ("the", "Russia 's", "deadly"), and
// whether the trigger is a noun there: a determiner, a possessive, a
// preposition or the start of the sentence stands before the phrase, and
// the trigger is no past form of a verb.
func (s *sentence) nounStart(a match) (int, bool) {
	t := a.trig
	if t >= len(s.toks) || s.pastVerb(t) || s.samePastVerb(t) {
		return t, false // "Croatian police beat migrants": no noun "beat"
	}
	if p := &s.toks[max(t-1, 0)]; t > 0 && strings.HasSuffix(s.toks[t].Lower, "ing") && s.in[t-1] < 0 && p.Kind == text.Word && !p.Cap &&
		p.Lower != "'s" && strings.HasSuffix(p.Lower, "s") && !closedClass(p.Lower) {
		return t, false // "its gunboats intercepting a ship": a participle on a noun
	}
	k, poss := t-1, false
	for ; k >= 0 && k >= t-5; k-- {
		w := &s.toks[k]
		switch {
		case w.Lower == "'s" || s.in[k] >= 0 && s.ms[s.in[k]].poss:
			poss = true // "condemned Israel's killing of": a possessive opens a noun phrase
			continue
		case determiners[w.Lower]:
			return k, true
		case prepositions[w.Lower] && w.Lower != "to" || w.Lower == "," || w.Lower == "amid" || w.Lower == "following":
			return k + 1, true
		case s.in[k] >= 0 || w.Kind == text.Number || unrealNouns[w.Lower]:
			continue // "Israeli shelling", "the 2014 annexation"
		case w.Kind == text.Word && !w.Cap && !closedClass(w.Lower) && !pastForm(w) && !strings.HasSuffix(w.Lower, "ing") && !auxAdverbs[w.Lower]:
			continue // a modifier: "deadly", "cross-border"
		default:
			return k + 1, poss
		}
	}
	return k + 1, poss || k < 0
}

// nounPossessor returns the mention whose possessive opens the noun phrase
// of a's trigger ("Russia's invasion", "Hamas's attack"), or -1.
func (s *sentence) nounPossessor(a match) int {
	start, ok := s.nounStart(a)
	if !ok {
		return -1
	}
	for k := start; k < a.trig; k++ {
		if mi := s.in[k]; mi >= 0 && s.ms[mi].poss && s.ms[mi].usable() {
			return mi
		}
	}
	return -1
}

// nounAgent returns the actor after "by" that ends the noun phrase of a's
// trigger ("the shelling of Kharkiv by Russian forces", "the arrest of
// Navalny in January by police"), or -1. Between the action's words and
// "by" stand only actors, times, places and nouns: a verb or a clause
// boundary would make the agent another act's.
func (s *sentence) nounAgent(a match) int {
	if _, ok := s.nounStart(a); !ok {
		return -1
	}
	if mi := s.innerAgent(a); mi >= 0 {
		return mi // "Friday's missile strike by Russian forces on the station": the agent inside the match
	}
	from := a.end
	if a.trig+1 < a.end && s.toks[a.trig+1].Lower == "by" && a.p.Code.Root() == "14" {
		from = a.trig + 1 // "a strike by police over a pay dispute": the pattern spans its agent
	}
	for k := from; k < len(s.toks) && k <= from+6; k++ {
		w := &s.toks[k]
		if w.Lower == "by" {
			for j := k + 1; j <= k+3 && j < len(s.toks); j++ {
				if mi := s.at[j]; mi >= 0 && len(s.ms[mi].members) > 0 {
					if n := s.countrysOwn(mi); n >= 0 {
						return n
					}
					return mi
				}
			}
			return -1
		}
		switch {
		case s.boundary[k] || w.Kind == text.Punct:
			return -1
		case s.in[k] >= 0 || s.time[k] || w.Kind == text.Number || determiners[w.Lower] || nounAgentPreps[w.Lower]:
		case w.Kind == text.Word && !closedClass(w.Lower) && !pastForm(w) && !strings.HasSuffix(w.Lower, "ing"):
		default:
			return -1
		}
	}
	return -1
}

// nounAgentPreps may stand inside the noun phrase before its "by": "the
// arrest of two Canadians in China by", "attacks on ships near Yemen by";
// not "of" or "at", which open another noun's phrase ("in protest at the
// harassment of aid workers by the Taliban": the harassment's agent).
var nounAgentPreps = set(`in on near off from against to`)

// unrealNouns say that the act a noun names is not done: planned, hoped
// for, feared or denied ("Putin's planned visit to Turkey", "a possible
// invasion of Taiwan", "an alleged attack"): no event (POLICY sections 1
// and 2).
var unrealNouns = set(`planned proposed possible potential prospective expected upcoming forthcoming future intended
	hypothetical alleged rumoured rumored mooted would-be imminent threatened feared contemplated envisaged impending`)

// unrealNoun reports whether a word of the noun phrase before a's trigger
// says its act is not done, or the word that governs the phrase does: a
// verb of asking, threatening or weighing ("threatened a suspension of aid
// to Niger", "called for a halt of arms deliveries to Israel") or a noun of
// prospect ("the prospect of talks between Israel and Hamas").
func (s *sentence) unrealNoun(a match) bool {
	start, ok := s.nounStart(a)
	if !ok {
		return false
	}
	for k := start; k < a.trig; k++ {
		if unrealNouns[s.toks[k].Lower] {
			return true
		}
	}
	p := start - 1
	if p >= 1 && unrealPreps[s.toks[p].Lower] && s.in[p-1] < 0 {
		w := &s.toks[p-1]
		return unrealHeads[w.Lower] || s.toks[p].Lower == "for" && (unrealVerbs[w.Lemma] || unrealForVerbs[w.Lemma])
	}
	return p >= 0 && s.in[p] < 0 && (unrealVerbs[s.toks[p].Lemma] || unrealNouns[s.toks[p].Lower])
}

// anyAct reports whether a's act is a noun phrase opened by "any" ("would
// respond firmly to any attack by Ethiopia", "warned that any incursion
// into its airspace would be met with force"): a kind of act the clause
// speaks of, none done, whatever frame the clause has.
func (s *sentence) anyAct(a match) bool {
	for k := a.trig - 1; k >= 0 && k >= a.trig-3; k-- {
		t := &s.toks[k]
		if t.Lower == "any" {
			return true
		}
		if t.Kind != text.Word || s.in[k] >= 0 || s.boundary[k] || prepositions[t.Lower] || determiners[t.Lower] {
			return false // "any further attack", "any Russian drone"; not "attacked any"
		}
	}
	return false
}

// unrealVerbs take as object an act not (yet) done: "threatened a
// suspension", "proposed talks", "demanded a halt".
var unrealVerbs = set(`threaten demand urge propose seek consider discuss debate plan weigh mull request want oppose
	await expect fear risk`)

// unrealForVerbs do so with "for": "called for a halt", "pressed for
// talks" ("pressed its offensive" goes on with it).
var unrealForVerbs = set(`call press push ask appeal pray hope prepare wait`)

// unrealHeads are nouns whose "of", "for" or "on" phrase is an act not
// (yet) done: "the prospect of talks", "calls for a halt".
var unrealHeads = set(`prospect prospects possibility threat threats risk fear fears hope hopes chance chances plan plans
	proposal proposals idea call calls demand demands request requests appeal appeals bid push talk talks negotiations
	option options scenario`)

// unrealPreps join such a head to its act.
var unrealPreps = set(`of for on about`)

// ownNoun reports whether a is a noun phrase that names its own actor, by a
// possessive or "by" ("Putin's visit to Pyongyang", "the shelling of
// Kharkiv by Russian forces"), in a phrase that tells a done act the
// clause reacts to or is dated by: after "after", "following", "amid",
// "during" or "in the wake of", or as the object of a reaction (praise,
// criticism, protest, condolences) that takes the act as done.
func (s *sentence) ownNoun(a match, code dyad.EventCode, clauseCode string) bool {
	if len(clauseCode) >= 2 && string(code.Root()) == clauseCode[:2] {
		return false // "meets Pena Nieto during their bilateral meeting": the clause's own event retold
	}
	start, _ := s.nounStart(a)
	if p := s.nounPossessor(a); (p < 0 || s.ms[p].kind == mPronoun) && s.nounAgent(a) < 0 {
		if s.doneForceDoer(a, code) < 0 {
			return false // "their meeting": whose, a pronoun leaves to the clause
		}
	}
	if p := start - 1; p >= 0 && (ownNounPreps[s.toks[p].Lower] || s.toks[p].Lower == "of" && isWord(s.toks, p-1, "wake")) {
		return true
	}
	return reactionCodes[clauseCode] || len(clauseCode) > 2 && reactionCodes[clauseCode[:2]]
}

// ownNounPreps open a phrase that dates or sets a clause by a done act.
var ownNounPreps = set(`after following amid amidst during`)

// reactionCodes are the events whose object is an act taken as done:
// praise (05x), criticism (111), protest (14x), condolences (018).
var reactionCodes = set(`05 111 14 018`)

// frontedNoun reports whether a is a noun in a phrase that opens the
// sentence ("Hours after Zelensky's meeting with Biden, ...", "In the wake
// of the coup, ..."): it dates the clause that follows, whose own verb
// still tells its event.
func (s *sentence) frontedNoun(a match) bool {
	start, ok := s.nounStart(a)
	if !ok || start == a.trig && strings.HasSuffix(s.toks[a.trig].Lower, "ing") {
		return false // ", after blaming Russia for": a gerund's clause, whose verb it is
	}
	p := start - 1
	if p < 0 || !(ownNounPreps[s.toks[p].Lower] || s.toks[p].Lower == "of" && isWord(s.toks, p-1, "wake")) {
		return false
	}
	return p <= 3 || isWord(s.toks, p-1, ",")
}

// possibleAct reports, as unrealNoun does for the words before a noun,
// whether match a is an act told as an indefinite noun that a modal of
// possibility makes the subject of what might follow: "warned that a North
// Korean nuclear attack on its allies would result in the end of the
// regime" reports no attack.
func (s *sentence) possibleAct(a match) bool {
	modal := false
	for k := a.end; k < len(s.toks) && k < a.end+6 && !modal; k++ {
		if t := &s.toks[k]; t.Kind == text.Punct || s.boundary[k] || clauseWords[t.Lower] {
			break // the phrase the noun heads ends here: "an attack on its allies would"
		}
		modal = possibleModals[s.toks[k].Lower]
	}
	if !modal {
		return false
	}
	for k := a.trig - 1; k >= 0 && k >= a.trig-4; k-- {
		switch w := s.toks[k].Lower; {
		case w == "a" || w == "an" || w == "any":
			return true
		case s.toks[k].Kind != text.Word || s.boundary[k] || clauseWords[w] || prepositions[w] || determiners[w]:
			return false
		}
	}
	return false
}

// possibleModals say that what stands before them might happen.
var possibleModals = set(`would could might`)
