// How a word is used where it stands: a noun in a prepositional phrase, a
// plural subject, a past verb, the participle that opens a clause.

package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// nominalAfterPrep reports whether action a is a noun in a prepositional
// phrase ("despite weeks of deadly protests", "a hub of the 2018
// anti-government protests"): between the preposition and the action's first
// word stand only determiners, numbers and modifiers. Such a noun names an
// action, but the clause's subject is not its actor.
func (s *sentence) nominalAfterPrep(a match) bool {
	first := a.trig
	for _, w := range a.words {
		first = min(first, w)
	}
	for k := first - 1; k >= 0 && k >= first-4; k-- {
		t := &s.toks[k]
		switch {
		case nounPreps[t.Lower]:
			return true
		case t.Kind == text.Number || determiners[t.Lower]:
		case t.Kind == text.Word && !t.Cap && s.in[k] < 0 && !clauseWords[t.Lower] && !strings.HasSuffix(t.Lower, "ed") && t.Lower == t.Lemma:
		default:
			return false
		}
	}
	return false
}

// during reports whether action a is a noun after "during" ("proposed
// drills during his visit to Pyongyang"). A visit or a meeting so named is an
// event of its own that the clause's action happened in, not its complement
// (a fight or an ambush so named is background).
func (s *sentence) during(a match) bool {
	for k := a.trig - 1; k >= 0 && k >= a.trig-6; k-- { // visits11: six, for "during his two-day state"
		t := &s.toks[k]
		switch {
		case t.Lower == "during":
			return true
		case determiners[t.Lower] || s.in[k] >= 0 && s.ms[s.in[k]].poss || t.Kind == text.Word && !t.Cap && modifierWords[t.Lower]:
		case spanWord(t): // visits11: "during his two-day trip", "during a 48-hour visit"
		default:
			return false
		}
	}
	return false
}

// spanWord reports whether t is part of a length of time told before a
// visit's noun: the number, the hyphen and the unit of "two-day", "48-hour",
// "three-nation" (visits11).
func spanWord(t *text.Token) bool {
	_, n := numberWords[t.Lower]
	return t.Kind == text.Number || t.Lower == "-" || n && t.Lower != "a" && t.Lower != "an" || visitSpans[t.Lower]
}

// visitSpans are the units of a visit's length or reach (visits11).
var visitSpans = set(`day hour week month nation country`)

// prompted reports whether the action at token t is done by the object of
// a participle clause that the clause's event caused: ", prompting
// President Trump to order tariffs", ", forcing government troops to pull
// out": an event of its own, not a complement of the clause's.
func (s *sentence) prompted(t int) bool {
	for k := t - 1; k >= 0 && k >= t-12; k-- {
		if s.boundary[k] {
			return false
		}
		if s.participleClause(k) && causeVerbs[s.toks[k+1].Lower] && s.agentOfTo(k+2, t) {
			return true
		}
	}
	return false
}

// agentOfTo reports whether an actor right before a "to" between tokens a
// and t does what follows it: "prompting President Trump to order".
func (s *sentence) agentOfTo(a, t int) bool {
	for k := a; k < t; k++ {
		if isWord(s.toks, k, "to") && k > 0 && s.in[k-1] >= 0 && s.ms[s.in[k-1]].usable() {
			return true
		}
	}
	return false
}

// causeVerbs open a participle clause whose object does what follows "to".
var causeVerbs = set(`prompting forcing leading causing pushing spurring compelling driving`)

// participleClause reports whether a participle clause starts at token k:
// ", telling pilgrims", ", saying that".
func (s *sentence) participleClause(k int) bool {
	if k+1 >= len(s.toks) || s.toks[k].Lower != "," {
		return false
	}
	t := &s.toks[k+1]
	return t.Kind == text.Word && !t.Cap && len(t.Lower) > 5 && strings.HasSuffix(t.Lower, "ing") && !prepositions[t.Lower] && !ingPreps[t.Lower]
}

// ingPreps look like participles and work as prepositions: ", including
// opposition figure Siarhei Tsikhanouski".
var ingPreps = set(`including according following regarding concerning excluding notwithstanding`)

// pluralSubject reports whether the word at t, which could be a verb's
// third person ("ships", "arms"), is a plural noun before its verb: "coast
// guard ships fired water cannon", "the talks collapsed".
func (s *sentence) pluralSubject(t int) bool {
	w := s.toks[t].Lower
	if len(w) < 4 || !strings.HasSuffix(w, "s") || t+1 >= len(s.toks) {
		return false
	}
	n := &s.toks[t+1]
	return n.Kind == text.Word && !n.Cap && !closedClass(n.Lower) && pastForm(n)
}

// pastVerb reports whether the word at t is a verb's past form ("struck",
// "attacked").
func (s *sentence) pastVerb(t int) bool { return pastForm(&s.toks[t]) }

// pastForm reports whether t is a past form: a word ending in -ed, or an
// irregular past, that the lemmatizer took back to another word.
func pastForm(t *text.Token) bool {
	if t.Lemma == t.Lower {
		return false
	}
	_, irregular := text.Irregular(t.Lower)
	return irregular || strings.HasSuffix(t.Lower, "ed")
}

// recalled reports whether action a stands in a clause or phrase opened by
// "after" or "before" that only recalls when something earlier happened
// (doc/POLICY.md, section 7): one that dates a relative clause on a noun,
// itself a recollection ("an arms order Warsaw placed after Russia invaded
// Ukraine", "sanctions that Japan first imposed after the invasion of
// Ukraine"). A clause that dates the sentence's own event is one more event,
// however long before ("a month after Beijing signed a pact with Honiara").
func (s *sentence) recalled(a match) bool {
	k := a.trig - 1
	for k >= 0 && k >= a.trig-8 && (s.in[k] >= 0 || determiners[s.toks[k].Lower] || auxAdverbs[s.toks[k].Lower] ||
		modifierWords[s.toks[k].Lower] || s.toks[k].Lower == "had" || s.toks[k].Lower == "-") {
		k--
	}
	if k < 1 || s.toks[k].Lower != "after" && s.toks[k].Lower != "before" {
		return false
	}
	j := k - 1
	if s.in[j] >= 0 || s.toks[j].Kind != text.Word || !pastForm(&s.toks[j]) {
		return false
	}
	for j--; j >= 0 && s.in[j] < 0 && (auxAdverbs[s.toks[j].Lower] || recallAdverbs[s.toks[j].Lower]); j-- {
	}
	if j < 1 || s.in[j] < 0 || s.ms[s.in[j]].end != j+1 {
		return false // the verb's subject is an actor: "Warsaw placed", "Japan first imposed"
	}
	n := s.ms[s.in[j]].start - 1
	if n >= 1 && (s.toks[n].Lower == "that" || s.toks[n].Lower == "which") {
		n--
	}
	t := &s.toks[n]
	return n >= 0 && s.in[n] < 0 && t.Kind == text.Word && !t.Cap && !closedClass(t.Lower) && !pastForm(t) &&
		!reportVerbs[t.Lower] && !strings.HasSuffix(t.Lower, "ing")
}

// recallAdverbs stand between a recollection's subject and its verb:
// "sanctions Japan first imposed".
var recallAdverbs = set(`first initially originally later previously earlier`)

// manner reports whether the action at token t is a participle set off by a
// comma after the clause it describes (", defying a court order"): the way
// the clause's event was done, not a second one.
func (s *sentence) manner(t int) bool {
	return t > 0 && s.toks[t-1].Lower == "," && strings.HasSuffix(s.toks[t].Lower, "ing") && s.toks[t].Lemma != s.toks[t].Lower
}
