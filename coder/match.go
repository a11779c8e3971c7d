package coder

import (
	"slices"

	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// match is one pattern matched at a trigger.
type match struct {
	p        *lexicon.Pattern
	trig     int // token index of the trigger
	end      int // just past the last matched token
	words    []int
	target   int // mention index bound by $T, or -1
	source   int // mention index bound by $S, or -1
	weight   int
	frameEnd int     // for frames: the index just past the frame's last word
	alts     []match // lighter matches at the same trigger, heaviest first
	own      bool    // it begins with the words of the actor that acts, words[0]; trig is its verb (own.go)
	taken    bool    // its target slot holds people of no country: the act has none (migrants.go)
}

// matchAt tries pattern p with its trigger at token t.
func (s *sentence) matchAt(p *lexicon.Pattern, t int) (match, bool) {
	if !s.mayMatch(p, t) {
		return match{}, false
	}
	return s.tryAt(p, t)
}

// matchAll appends to all the matches of patterns ps with their trigger at
// token t, and returns it. pres are the patterns' Prefilters, which lie
// side by side apart from them (lexicon.PrefiltersAt): the tests of
// mayMatch that reject most of them are made on those first, without
// reading a pattern from memory, which costs more than the tests.
func (s *sentence) matchAll(ps []*lexicon.Pattern, pres []lexicon.Prefilter, t int, all []match) []match {
	rest := &s.after[min(t+1, len(s.toks))]
	for k, p := range ps {
		if !pres[k].May(rest) || !s.hasNeeds(p, rest) {
			continue // as mayMatch would reject it
		}
		if m, ok := s.tryAt(p, t); ok {
			all = append(all, m)
		}
	}
	return all
}

// tryAt matches pattern p with its trigger at token t.
func (s *sentence) tryAt(p *lexicon.Pattern, t int) (match, bool) {
	for i := range p.Before {
		if s.notAt(&p.Before[i], t) {
			return match{}, false // "!in protest": the word before the trigger excludes it
		}
	}
	// the words grow in a buffer kept for the next pattern, most of which
	// fail; only a match keeps a copy
	m := match{p: p, trig: t, target: -1, source: -1, words: s.wordBuf[:0]}
	ok := s.elem(p.Elems, 0, t, &m)
	s.wordBuf = m.words[:0]
	if !ok {
		return match{}, false
	}
	m.words = slices.Clone(m.words)
	m.weight = p.Weight()
	return m, true
}

// elem matches elems[e:] from token pos, filling m; it backtracks over gaps
// and optional elements.
func (s *sentence) elem(elems []lexicon.Elem, e, pos int, m *match) bool {
	if e == len(elems) {
		if len(s.notSpans) > 0 && s.partOfNot(m.words) {
			return false // "protest" of "in protest" (exclude.go): backtrack for another reading
		}
		m.end = pos
		return true
	}
	el := elems[e]
	if el.Kind == lexicon.ENot {
		// words that may not stand here: "leave $T !&HARMSTATE" (exclude.go)
		return !s.notAt(&elems[e], pos) && s.elem(elems, e+1, pos, m)
	}
	nw := len(m.words)
	if e > 0 && pos < len(s.toks) && s.time[pos] && el.Kind != lexicon.EGap {
		// a time phrase is transparent: "urged Georgia on Wednesday to withdraw"
		end := pos
		for end < len(s.toks) && s.time[end] {
			end++
		}
		if s.elem(elems, e, end, m) {
			return true
		}
	}
	if e > 0 && s.sharedObject(pos) && verbWords(elems[:e]) {
		// "stormed and ransacked the residence", "arrested and
		// interrogated dozens": a verb right before "and" and a second
		// verb shares that verb's object
		if s.elem(elems, e, pos+2, m) {
			return true
		}
	}
	if e > 0 && (el.Kind == lexicon.ETarget || el.Kind == lexicon.ESource) && s.strandedObject(pos) {
		// "fired on and seized three vessels": the preposition's object
		// is the second verb's (stranded.go)
		if s.elem(elems, e, pos+2+s.thenAfter(pos), m) { // lost9: past "and then" (vanish.go)
			return true
		}
	}
	switch el.Kind {
	case lexicon.EWords:
		if pos < len(s.toks) && s.wordIs(pos, el.Words) {
			m.words = append(m.words, pos)
			if s.elem(elems, e+1, pos+1, m) {
				return true
			}
			m.words = m.words[:nw]
		}
		if el.Optional {
			return s.elem(elems, e+1, pos, m)
		}
	case lexicon.EClass:
		if pos < len(s.toks) && !(e > 0 && s.infinitiveAt(pos)) {
			// the phrases that begin with the lemma, then those that begin
			// with the word as written, looked up apart so as not to
			// allocate their concatenation, and only when the class has
			// phrases whose first word may be it
			t, b := &s.toks[pos], s.bits[pos].sig
			if el.MayStart(b[0]) && s.classAt(elems, e, pos, el.ClassAt(t.Lemma), m) ||
				t.Lower != t.Lemma && el.MayStart(b[1]) && s.classAt(elems, e, pos, el.ClassAt(t.Lower), m) {
				return true
			}
		}
		if el.Optional {
			return s.elem(elems, e+1, pos, m)
		}
	case lexicon.EGap:
		// a gap right before the pattern's actor slot may not pass over an
		// actor: the slot takes the first one
		slot := e+1 < len(elems) && (elems[e+1].Kind == lexicon.ETarget || elems[e+1].Kind == lexicon.ESource)
		head := -1      // the last word a gap may reach inside a phrase of another event
		effect := false // the gap has passed "the impact" (effectNouns)
		for k := 0; k <= lexicon.MaxGap && pos+k <= len(s.toks); k++ {
			if k > 0 && head < 0 {
				head = s.sequelGapHead(pos + k - 1)
			}
			if head >= 0 && (pos+k > head || pos+k == head && headNotOwn(elems, e)) {
				// rootpick7: or at it, for a verb's gap (sequelword.go)
				// "expelled Russian diplomats after the killing of a
				// journalist": what follows the event that came before or
				// after is that event's, not the pattern's; its head noun
				// may still be the pattern's word
				break
			}
			if k > 0 && s.asideAt(pos+k-1) {
				// "seized the tanker, which was carrying Iraqi crude",
				// "boarded the tanker, suspecting it of": a relative or
				// participle clause set off by a comma says more of what
				// the pattern has passed and holds none of its words; the
				// gap goes on past its closing comma ("demanding that
				// Bouteflika, who has ruled for 20 years, step down")
				c := s.asideEnd(pos + k - 1)
				if c < 0 {
					break
				}
				k = c + 1 - pos
				if k > lexicon.MaxGap || pos+k > len(s.toks) {
					break
				}
			}
			if k > 0 && s.boundary[pos+k-1] && s.bits[pos+k-1].flags&fJoiner != 0 {
				// nor into a clause of its own: "freed prisoners hours after
				// Hamas handed hostages to the Red Cross", "expressed support
				// because Iraq signed a treaty with Syria"
				break
			}
			if k > 0 && s.toks[pos+k-1].Lower == "as" && s.boundary[pos+k-1] && countedClause(s.toks, pos+k-1) && s.namedBefore(pos, pos+k-1) {
				// "detained the opposition leader on Sunday as tens of thousands
				// of people protested": "as" before a counted subject and its
				// verb opens another act's clause, as "while" does, once the
				// gap has passed the act's own object (people unnamed, "detained
				// 500 people as thousands of protesters marched", are the
				// protesters)
				break
			}
			if k > 0 && len(s.mainAt) > 0 && slices.Contains(s.mainAt, pos+k-1) {
				break // "the rebels that captured Goma in January seized Bukavu": the main verb's words
			}
			if k > 0 && s.stanceEnd(m.trig, pos+k-1) {
				break // "angry at the killing of a student attacked": the phrase of stance ends before the main verb (stance.go)
			}
			if k > 0 && s.joinedVerb(pos+k) {
				break // "arrested 40 students and fired tear gas at hundreds of traders": the next verb's words
			}
			if k > 0 && s.bits[pos+k-1].flags&fEffect != 0 {
				effect = true
			}
			if effect && isWord(s.toks, pos+k, "on") {
				// "expressed concern about the impact on allies such as
				// South Korea", "the effect of the tariffs on Japan": whom
				// an effect falls on suffers it, and is no party to what
				// the pattern says
				break
			}
			if k > 0 && s.toks[pos+k-1].Lower == "," && s.inRelative(m.trig) && s.relativeAside(m.trig) {
				break // "Hamas, which had rejected earlier proposals, accepted the plan": the relative clause ends at its comma
			}
			if k > 0 && s.toks[pos+k-1].Lower == "according" {
				break // "wheat exports, according to UN data": who says so, not where the exports go
			}
			if k > 0 && s.bits[pos+k-1].flags&fNegation != 0 {
				break // "announced that it will not lift the ban" pledges no lifting
			}
			if k > 0 && s.othersDone(m.trig, pos+k-1) {
				break // "announced that Israel and Hamas had agreed to a ceasefire" declares no truce of its own (othersdone.go)
			}
			if k > 0 && s.othersDuty(m.trig, pos+k-1) {
				break // "announced that Uganda must release the prisoners" pledges no release (othersduty.go)
			}
			if k > 0 && s.mainPredicate(m.trig, pos+k-1) {
				break // "Americans released by Iran in a swap were flown to Doha": the release was not to Doha
			}
			if k > 0 && e >= 1 && s.verbPhraseAt(pos+k-1) {
				break // "freed 135 prisoners and put them on a flight to Guatemala": the prisoners were not freed to Guatemala
			}
			if slot && k > 0 && s.in[pos+k-1] >= 0 && s.ms[s.in[pos+k-1]].usable() && s.calledBy(s.ms[s.in[pos+k-1]].start-1) == 0 {
				break // the slot takes the first actor, not one beyond it
			}
			if s.elem(elems, e+1, pos+k, m) {
				return true
			}
			if m.taken {
				break
			}
		}
	case lexicon.ETarget, lexicon.ESource:
		if n := eachOtherAt(s.toks, pos); n > 0 && el.Kind == lexicon.ETarget && e > 0 {
			// "cut tariffs on each other's goods", "lifted sanctions on one
			// another": the slot is the subject's other members, which
			// bind reads from "each other" after the act (eachOther)
			if s.elem(elems, e+1, pos+n, m) {
				return true
			}
		}
		claimed := false // after "what they called": the speaker's words for the target
		for j := pos - 1; j >= 0 && j >= pos-8 && !claimed; j-- {
			if n := s.calledBy(j); n > 0 {
				e := j + n
				for e < pos && s.skippable(e) {
					e++
				}
				claimed = e == pos // the gap passed over it: "at what they called an Israeli..."
			}
		}
		for k, limit := pos, pos+4; k < len(s.toks) && k <= limit; k++ {
			if mi := s.at[k]; mi >= 0 && s.ms[mi].uprooted && el.Kind == lexicon.ETarget {
				// "fired tear gas at migrants on Lesbos": at the migrants,
				// who are no country's; the act has no target, and no actor
				// further on is one
				m.taken = true
				if s.elem(elems, e+1, s.ms[mi].end, m) {
					return true
				}
				break
			}
			if k > pos && s.toks[k].Lower == "of" && isPlaceNoun(&s.toks[k-1]) {
				// "at the Baltic Sea port of Ust-Luga", "the outskirts of
				// the capital Bangui": the place the phrase names
				limit = k + 3
			}
			if n := s.examples(k); n > 0 && k > pos {
				// "on countries including Iran and Syria", "partners
				// such as Japan": the named ones are whom
				limit = k + n + 2
				k += n - 1
				continue
			}
			if k == pos && k > 0 && s.calledBy(k-1) > 0 {
				k-- // the gap stopped inside "what they called"
			}
			if n := s.calledBy(k); n > 0 {
				// "fired missiles at what they called an Israeli spy
				// centre in Erbil": the speaker qualifies the target, it
				// is not one, and whose the speaker says the target is
				// is a claim, not where it struck
				limit += n + 3
				k += n - 1
				claimed = true
				continue
			}
			if mi := s.appositive(k); mi >= 0 {
				// "killed Abu Khalil, a senior Hamas commander,": a person
				// the dictionaries do not know is whom the title names
				save := m.target
				m.target = mi
				if el.Kind == lexicon.ETarget && s.elem(elems, e+1, s.ms[mi].end, m) {
					return true
				}
				m.target = save
			}
			if n := s.compound(k); n > 0 {
				// "with pro-democracy protesters": a hyphenated modifier
				// is one word
				limit += n - 1
				k += n - 1
				continue
			}
			// a modifier is a source only of the noun it modifies: "struck by
			// Ukrainian drones" ($S &AIRWEAPON); "his Czech counterpart"
			weakOK := el.Kind == lexicon.ETarget && !claimed || e+1 < len(elems) && elems[e+1].Kind == lexicon.EClass ||
				k > 0 && s.ownCounterpart(k-1)
			// "received shipments of Iranian Fath-360 ballistic missiles"
			// ($S ... &WEAPON): the actor is whose the goods are only when
			// a few words of their name stand between them ("received
			// Putin for talks on missiles" is no gift of missiles)
			near := !weakOK && e+2 < len(elems) && elems[e+1].Kind == lexicon.EGap && elems[e+2].Kind == lexicon.EClass
			weakOK = weakOK || near
			if mi := s.at[k]; mi >= 0 && (s.ms[mi].kind != mWeak || weakOK) && len(s.ms[mi].members) > 0 && !s.ownCounterpart(k) {
				if m := &s.ms[mi]; m.kind == mPronoun && m.poss && m.end == k+1 && m.end < len(s.toks) && !s.ownCounterpart(m.end) {
					if n := s.at[m.end]; n >= 0 && (s.ms[n].kind == mFull || s.ms[n].kind == mWeak) && len(s.ms[n].members) > 0 && s.ms[n].members[0].country != "" {
						mi = n // "took its New Zealand pilot hostage": the pilot's country, not the pronoun's
					}
				}
				if n := s.at[s.ms[mi].end]; s.ms[mi].kind == mPlace && n >= 0 && (s.ms[n].kind == mAgent || s.ms[n].kind == mImplied) &&
					len(s.ms[n].members) > 0 && s.ms[n].members[0].country != "" {
					mi = n // "accused Darfur rebels": the rebels, not the place
				}
				if e := s.ms[mi].end; (s.ms[mi].members[0].country == "" || s.ms[mi].kind == mImplied) && e < len(s.toks) {
					// "Western partners such as Japan", "exporters including
					// China": the countries named, not the group they stand
					// for or a role the document gives a country
					j := s.examplesAfter(e)
					if n := exampleWords(s.toks, e); n > 0 {
						j = e + n
					}
					if j >= 0 && s.at[j] >= 0 && s.ms[s.at[j]].usable() && s.ms[s.at[j]].members[0].country != "" {
						mi = s.at[j]
					}
				}
				save := m.target
				saveS := m.source
				if el.Kind == lexicon.ETarget {
					m.target = mi
				} else {
					m.source = mi
				}
				nm := len(m.words)
				if s.elem(elems, e+1, s.ms[mi].end, m) {
					if !near || s.nameOf(s.ms[mi].end, m.words[nm]) {
						return true
					}
					m.words = m.words[:nm]
				}
				if el.Kind == lexicon.ETarget && !near && e+1 < len(elems) && elems[e+1].Kind == lexicon.EClass && s.nounTail(mi) && s.elem(elems, e+1, s.ms[mi].end-1, m) {
					// "repatriated a South Korean fisherman" ($T &PERSONS),
					// "holding dozens of Israeli hostages" ($T &HOSTAGES): the
					// actor's own role noun is the class the pattern names
					// right after it (not a word past a gap: "killed the
					// Hamas commander" is no "$T ... commander")
					return true
				}
				m.words = m.words[:nm]
				m.target, m.source = save, saveS
			}
			if k < len(s.toks) && !s.skippable(k) && !s.ownCounterpart(k) && !(claimed && locatives[s.toks[k].Lower]) && s.examplesAfter(k) < 0 {
				break
			}
		}
		if el.Kind == lexicon.ETarget && e >= 1 && verbLead(elems[:e]) {
			// "Georgia, which Russia invaded in 2008": the object stands
			// before the relative pronoun (objectgap.go)
			if mi := s.gappedObject(m.trig, pos); mi >= 0 {
				save := m.target
				m.target = mi
				if s.elem(elems, e+1, pos, m) {
					return true
				}
				m.target = save
			}
		}
		if el.Kind == lexicon.ETarget && e >= 1 && verbWords(elems[:e]) && s.participle(m.trig) && s.byAgent(pos) >= 0 {
			// "was sentenced on Tuesday to 15 months in prison by the
			// Constitutional Court": a passive's object is its subject, so
			// the slot right after the verb is empty and the agent is
			// further on than a slot reaches
			return s.elem(elems, e+1, pos, m)
		}
	}
	return false
}

// classAt matches one of the phrases cands of the class element elems[e]
// at token pos and the elements after it, filling m.
func (s *sentence) classAt(elems []lexicon.Elem, e, pos int, cands [][]string, m *match) bool {
	nw := len(m.words)
	for _, ph := range cands {
		if n := s.phraseAt(pos, ph); n > 0 {
			if elems[e].Nouns && s.verbFormIn(pos, ph) {
				continue // "granted" is no grant, "funded" no fund
			}
			if len(s.notSpans) > 0 && s.excluded(pos, pos+n, elems[e].ClassID()) {
				continue // "war" of "war games" (exclude.go)
			}
			if s.describedGoods(elems, e, pos, pos+n, m) {
				continue
			}
			for k := 0; k < n; k++ {
				m.words = append(m.words, pos+k)
			}
			if s.elem(elems, e+1, pos+n, m) {
				return true
			}
			m.words = m.words[:nw]
		}
	}
	return false
}

// verbFormIn reports whether the head of phrase ph, its last word, read
// from token i, is a verb's form of the phrase's word (text.VerbForm): what
// a class of nouns does not match ("granted" is no grant). Its modifiers
// may be participles ("a negotiated settlement").
func (s *sentence) verbFormIn(i int, ph []string) bool {
	k := len(ph) - 1
	t := &s.toks[i+k]
	return t.Lower != ph[k] && text.VerbForm(t.Lower, ph[k])
}

// infinitiveAt reports whether token k is a verb after the infinitive's
// "to" with its object after it ("to help the Andean country", "to arm
// the rebels"): a class of things given names no such word ("sent
// engineers to Laos to help officials build a dam for Thailand" gives no
// help to Thailand).
func (s *sentence) infinitiveAt(k int) bool {
	if k < 1 || k+1 >= len(s.toks) || s.toks[k-1].Lower != "to" || s.in[k] >= 0 {
		return false
	}
	next := s.toks[k+1].Lower
	return determiners[next] || s.at[k+1] >= 0 && s.ms[s.at[k+1]].usable()
}

// verbWords reports whether elems are words with no gap: the verb of a
// pattern and its particles ("shot dead").
func verbWords(elems []lexicon.Elem) bool {
	for _, el := range elems {
		if el.Kind != lexicon.EWords {
			return false
		}
	}
	return true
}

func (s *sentence) wordIs(i int, words []string) bool {
	if s.inPlace(i) {
		return false
	}
	t := &s.toks[i]
	for _, w := range words {
		if t.Lemma == w || t.Lower == w {
			return true
		}
	}
	return false
}

// inPlace reports whether token i is a word of a place's name, which is no
// word of a pattern ("hope" in "around the Cape of Good Hope to Qingdao"),
// unless it says what kind of place it is ("took 1,000 square kilometres of
// Russia's Kursk region").
func (s *sentence) inPlace(i int) bool {
	return s.in[i] >= 0 && s.ms[s.in[i]].kind == mPlace && !isPlaceNoun(&s.toks[i])
}

// phraseAt returns the length of class phrase ph at token i, or 0.
func (s *sentence) phraseAt(i int, ph []string) int {
	if i+len(ph) > len(s.toks) {
		return 0
	}
	for k, w := range ph {
		t := &s.toks[i+k]
		if t.Lemma != w && t.Lower != w || s.inPlace(i+k) {
			return 0
		}
	}
	return len(ph)
}

// Implicit frames: the future ("Portugal will support Turkey" states an
// intention, "Israel will attack" a threat) and obligations ("Libya must hand
// over the suspects", said by Britain: a demand on Libya). They are frames of
// grammar, not of the dictionary.
var (
	futureFrame = &lexicon.Pattern{Frame: Future, Text: "will|would|shall"}
	mustFrame   = &lexicon.Pattern{Frame: "DEMAND", Text: "$T must|should"}
	// pendingFrame: "must still", "must first" name a step still to take
	pendingFrame = &lexicon.Pattern{Frame: Cancel, Text: "must|should still|first"}
)

// Future is the kind of the implicit frame of "will", "would" and "shall": an
// action after it becomes an intention or a threat (the INTENT map), and the
// frame alone codes nothing.
const Future = "FUTURE"

// WillNot is the kind of the implicit frame of "will not", "won't" and
// "would never": cooperation after it is refused ("Israel will not release
// the prisoners" is 12x, CAMEO's refusal), anything else did not happen.
const WillNot = "WILLNOT"

var willNotFrame = &lexicon.Pattern{Frame: WillNot, Text: "will|would|shall not|never"}

func (s *sentence) implicitFrame(t int) (match, bool) {
	switch w := s.toks[t].Lower; w {
	case "will", "would", "shall", "'ll", "wo":
		if isWord(s.toks, t+1, "not") || isWord(s.toks, t+1, "n't") || isWord(s.toks, t+1, "never") {
			if isWord(s.toks, t+2, "only") || isWord(s.toks, t+2, "have") {
				return match{}, false // "will not only...", "would not have"
			}
			return match{p: willNotFrame, trig: t, end: t + 2, frameEnd: t + 2, target: -1, source: -1, words: []int{t, t + 1}}, true
		}
		if w == "wo" || isWord(s.toks, t+1, "have") || isWord(s.toks, t+1, "be") && isWord(s.toks, t+2, "able") {
			return match{}, false // "would have": counterfactual
		}
		return match{p: futureFrame, trig: t, end: t + 1, frameEnd: t + 1, target: -1, source: -1, words: []int{t}}, true
	case "must", "should":
		if t == 0 {
			break
		}
		if (isWord(s.toks, t+1, "still") || isWord(s.toks, t+1, "first")) && s.ownStep(t) {
			// "parliament must still approve the treaty": a step its own
			// procedure has yet to take, no demand on anyone and no act done
			return match{p: pendingFrame, trig: t, end: t + 2, frameEnd: t + 2, target: -1, source: -1, words: []int{t, t + 1}}, true
		}
		if mi := s.in[t-1]; mi >= 0 && s.ms[mi].end == t && s.ms[mi].usable() && !s.unfilledPost(mi) {
			return match{p: mustFrame, trig: t, end: t + 1, frameEnd: t + 1, target: mi, source: -1, words: []int{t}}, true
		}
	}
	return match{}, false
}

// auxAdverbs may stand between an auxiliary and its verb: "have so far
// refused", "has long backed", "had not yet signed".
var auxAdverbs = set(`not n't also already just been since now yet never long so far still ever often once twice again
	even all both each jointly`)

// borderCrossing reports whether token t is the noun of "the border
// crossing into Afghanistan", a place that crosses nothing.
func (s *sentence) borderCrossing(t int) bool {
	return t > 0 && s.toks[t].Lower == "crossing" && (s.toks[t-1].Lower == "border" || s.toks[t-1].Lower == "frontier")
}

// matches returns the best match at every trigger of the sentence, dropping a
// match of the same family that lies inside a longer one ("visit to" inside
// "made a historic visit to").
func (s *sentence) matches(lx *lexicon.Lexicon) (acts, frames []match) {
	cased := s.sentenceCase()
	// every word's matches, one word's after another's, in one slice:
	// each act keeps its word's others as its alternatives
	//
	// all and the acts grow in storage the sentence before left (matchBuf),
	// not in a new slice per sentence: what matches returns, keep, holds
	// copies of the acts, and an act's alternatives, a slice of all, is
	// capped, so nothing the caller holds lies in that storage
	all := s.matchBuf[0][:0]
	acts = s.matchBuf[1][:0]
	for t := range s.toks {
		if s.toks[t].Kind != text.Word || cased && s.inName(t) || counterpartWords[s.toks[t].Lower] && s.possessed(t) {
			continue // "his Serbian host" hosts nobody
		}
		if mi := s.in[t]; mi >= 0 && s.ms[mi].kind != mAgent && s.ms[mi].kind != mWeak {
			acts = append(acts, s.ownMatches(lx, t)...) // a word of an actor's name is no action, but may say who acts
			continue
		}
		if s.adjectival(t) || s.auxiliary(t) || s.hitBack(t) || s.borderCrossing(t) {
			continue
		}
		from := len(all)
		if m, ok := s.deportFlightAt(t); ok {
			acts = append(acts, m) // the people flown say it is a deportation
			continue
		}
		if m, ok := s.custodyAt(t); ok {
			acts = append(acts, m) // a passive release or holding no pattern reads (released.go)
			continue
		}
		if m, ok := s.unwelcomeAt(t); ok {
			acts = append(acts, m) // a predicate of its target: no dictionary pattern reads it
			continue
		}
		all = s.matchAll(s.facts[t].patterns, s.facts[t].pres, t, all)
		all = s.matchAll(s.facts[t].lowers, s.facts[t].lpres, t, all) // when the word is not its lemma
		// no act, in a stance, or a treaty left "under" it (noActWhy,
		// vanish.go, which names the filter for --explain when every match
		// at the word goes)
		s.candidatesGone(all[from:], t)
		here := slices.DeleteFunc(all[from:], func(m match) bool { return s.noActWhy(m) != "" })
		if s.pluralSubject(t) && !protestVerbs[s.toks[t].Lemma] {
			// "coast guard ships fired water cannon": "ships" is the
			// subject, unless the pattern goes on through its verb
			// ("drones struck"); but protests that erupted were held
			here = slices.DeleteFunc(here, func(m match) bool { return !contains(m.words, t+1) })
		}
		all = all[:from+len(here)]
		if len(here) > 0 {
			// the heaviest match first (the shorter on a tie); the others
			// stay as fallbacks for when it yields no event
			slices.SortStableFunc(here, heavierFirst)
			best := here[0]
			best.alts = here[1:len(here):len(here)] // the next word's matches go after
			acts = append(acts, best)
		}
		var bestF match
		foundF := false
		for _, p := range s.facts[t].frames {
			if m, ok := s.matchAt(p, t); ok && (!foundF || m.weight > bestF.weight) {
				bestF, foundF = m, true
			}
		}
		if !foundF {
			bestF, foundF = s.frameAcrossPP(lx, t)
		}
		if foundF {
			bestF.frameEnd = bestF.end
			frames = append(frames, bestF)
		} else if f, ok := s.implicitFrame(t); ok {
			frames = append(frames, f)
		}
	}
	s.actsGone(acts, frames)                                                                       // lost9: drops: the acts removed as none (vanish.go)
	acts = slices.DeleteFunc(acts, func(a match) bool { return s.goneWhy(a, acts, frames) != "" }) // vanish.go
	frames = slices.DeleteFunc(frames, func(f match) bool { return s.kept(f.trig) })
	acts = s.yieldOwn(acts)
	// drop a match inside a longer one of the same family ("visit to" in
	// "made a historic visit to"), and one whose trigger is a word of
	// another match ("sanctions" in "lifted sanctions on"); but an action
	// joined by "and" is its own, whatever a longer pattern spans ("arrested
	// 60 protesters and fired tear gas at 2,000 people")
	// Only a kept match drops a later one: a match that is itself inside
	// another ("call" in "told Putin in a phone call") reads nothing
	// further ("... that Brazil was ready to mediate between Russia and
	// Ukraine" keeps its mediation).
	s.matchBuf = [2][]match{all[:0], acts[:0]}
	var keep []match
	for _, a := range acts {
		inside := false
		for j, b := range keep {
			if b.trig >= a.trig || underDeal(s, a) && b.p.Code.Root() == a.p.Code.Root() {
				continue // ties restored under a deal: the deal is an event of its own (sharedframe.go)
			}
			if admitted(a, b) {
				continue // "admitted that it had shot down the airliner": the act admitted was done
			}
			if a.end <= b.end && a.p.Code.Root() == b.p.Code.Root() && !((s.joinedVerb(a.trig) || s.andGerund(a.trig)) && !contains(b.words, a.trig)) /* coerce11 */ || haltedFlow(a, b) ||
				contains(b.words, a.trig) && !isWord(s.toks, a.trig-1, "who") && !isWord(s.toks, a.trig-1, "which") {
				s.shadowed(a, b) // lost9: drops: a match inside a longer one (vanish.go)
				if contains(b.words, a.trig) {
					keep[j] = specify(b, a) // "a request to New Delhi for the extradition of" (askedfor.go)
				}
				inside = true
				break
			}
		}
		if !inside {
			keep = append(keep, a)
		}
	}
	return keep, frames
}

// heavierFirst orders matches at one trigger: the heaviest first, the
// shorter on a tie.
func heavierFirst(a, b match) int {
	if a.weight != b.weight {
		return b.weight - a.weight
	}
	return a.end - b.end
}

// notAnAct reports whether match m reads as an act words that are none:
// the month "March" where the words date it ("aid it had suspended on March
// 3", "since March": no protest called off, 082), or the "protest" of an
// adverb of how an act answers another ("Israel in protest called off a
// visit", "Poland in protest recalled its ambassador": the recall is the
// act, as in "recalled its ambassador in protest").
func (s *sentence) notAnAct(m match) bool {
	if s.toks[m.trig].Lower == "protest" && m.trig > 0 && inReturn(s.toks, m.trig-1) {
		return true
	}
	for _, k := range m.words {
		if s.toks[k].Lower == "march" && s.toks[k].Cap && mayMonth(s.toks, k) {
			return true
		}
	}
	return false
}

// eachOtherAt returns how many tokens "each other", "one another" or
// "each other's" span at token k, or 0.
func eachOtherAt(toks []text.Token, k int) int {
	n := 0
	switch {
	case isWord(toks, k, "each") && isWord(toks, k+1, "other"), isWord(toks, k, "one") && isWord(toks, k+1, "another"):
		n = 2
	case isWord(toks, k, "the") && isWord(toks, k+1, "other") && eachBefore(toks, k):
		n = 2 // "each side accused the other" (eachside.go)
		if k+2 < len(toks) && groupNouns[toks[k+2].Lemma] {
			n = 3 // "the other side"
		}
	default:
		return 0
	}
	if isWord(toks, k+n, "'s") || isWord(toks, k+n, "'") {
		n++
	}
	return n
}
