package coder

import "github.com/dyadhq/dyad/lexicon"

// People held where they were taken. "The United States flew 238
// Venezuelan men to El Salvador, where they were locked up in a
// maximum-security prison" tells two acts: the deportation, and the
// detention by the state they were taken to (173), which a passive with no
// agent leaves to its place. So do "Britain sent 50 Albanian migrants to
// Tirana, where they were detained on arrival" and "arrived in El Salvador
// and were taken to a prison in Tecoluca". The place says who holds them:
// the place a ", where" relative hangs on, or the place of the prison
// the people were taken to or put in. No dictionary pattern reads these:
// the passive names no agent, and "jailed in Dubai" (which the dictionary
// reads) is not among them.

// lockedLemmas are the participles of holding people.
var lockedLemmas = set(`lock hold jail imprison detain incarcerate intern arrest`)

// carriedToLemmas are the participles of taking people to a prison.
var carriedToLemmas = set(`take send transfer move bring fly`)

// lockedPattern is the rule's pattern, for explanations.
var lockedPattern = &lexicon.Pattern{Code: "173", Text: "$S, where $T be held|jailed|locked up; $T be taken to a prison in $S"}

// lockedAt returns the detention whose passive participle is token t,
// held by the state of the place its words name, or false.
func (s *sentence) lockedAt(t int) (match, bool) {
	l := s.toks[t].Lemma
	if !marked(&s.toks[t], cLocked|cCarriedTo) || s.toks[t].Lower == l || t < 2 { // speed9: lemma classes (wordclass.go)
		return match{}, false
	}
	be := t - 1
	if isWord(s.toks, be, "up") || isWord(s.toks, be, "also") {
		be-- // "were also held"
	}
	if !beForms[s.toks[be].Lower] || s.toks[be].Lower == "be" || s.byAgent(t+1) >= 0 {
		return match{}, false // "will be held" is still to come; "held by Hamas" names who (heldAt)
	}
	src := -1
	if lockedLemmas[l] {
		src = s.whereHolder(be)
	}
	if src < 0 {
		src = s.prisonPlace(t)
	}
	if src < 0 {
		return match{}, false
	}
	tgt, _ := s.subject(t, src)
	if tgt < 0 || tgt == src || s.ms[tgt].kind == mPlace || !heldPeople(s.ms[tgt].members) {
		return match{}, false
	}
	return match{p: lockedPattern, trig: t, end: t + 1, words: []int{t}, target: tgt, source: src, weight: 3}, true
}

// whereHolder returns the place that a ", where" relative before the be
// form at token be hangs on ("to El Salvador, where they were held"), or
// -1: the relative's subject lies between "where" and be.
func (s *sentence) whereHolder(be int) int {
	for k := be - 1; k >= 2 && k >= be-4; k-- {
		if s.toks[k].Lower != "where" {
			continue
		}
		if !isWord(s.toks, k-1, ",") {
			return -1
		}
		end := k - 1
		for timed := false; end > 0 && s.in[end-1] < 0; end-- {
			// "to San Salvador on Saturday, where", "over the weekend, where"
			w := s.toks[end-1].Lower
			if !s.time[end-1] && !spanUnits[w] && !(timed && spanLeaders[w]) {
				break
			}
			timed = true
		}
		return s.holdingPlace(s.at2end(end))
	}
	return -1
}

// spanUnits end a time phrase that timeTokens leaves unmarked ("over the
// weekend", "earlier this month"), and spanLeaders open it.
var (
	spanUnits   = set(`weekend week month year night morning evening afternoon`)
	spanLeaders = set(`over the this last on at in during early late earlier later`)
)

// at2end returns the mention that ends at token end, or -1.
func (s *sentence) at2end(end int) int {
	if end <= 0 {
		return -1
	}
	mi := s.in[end-1]
	if mi < 0 || s.ms[mi].end != end {
		return -1
	}
	return mi
}

// holdingPlace returns mi when it is a place or a state of one country
// that can hold people, else -1.
func (s *sentence) holdingPlace(mi int) int {
	if mi < 0 || s.ms[mi].kind != mFull && s.ms[mi].kind != mPlace || s.stateOf(mi) == "" {
		return -1
	}
	return mi
}

// prisonPlace returns the place of the prison that the participle at
// token t puts its people in or takes them to ("locked up in the CECOT
// mega-prison in Tecoluca", "taken to a jail in Attock"), or -1.
func (s *sentence) prisonPlace(t int) int {
	k := t + 1
	if isWord(s.toks, k, "up") {
		k++
	}
	if !isWord(s.toks, k, "to") && !isWord(s.toks, k, "in") && !isWord(s.toks, k, "into") {
		return -1
	}
	for j := k + 1; j < len(s.toks) && j <= k+6; j++ {
		if s.boundary[j] || s.toks[j].Lower == "," {
			return -1
		}
		if !prisonWords[s.toks[j].Lower] && !prisonNouns[s.toks[j].Lower] {
			continue
		}
		if (isWord(s.toks, j+1, "in") || isWord(s.toks, j+1, "near") || isWord(s.toks, j+1, "outside")) && j+2 < len(s.toks) {
			return s.holdingPlace(s.at[j+2])
		}
		return -1
	}
	return -1
}

// prisonNouns are the other words of a place people are held in.
var prisonNouns = set(`mega-prison megaprison detention penal colony camp`)
