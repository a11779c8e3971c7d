package coder

import (
	"strings"

	"github.com/dyadhq/dyad/lexicon"
)

// Deportation flights: "The United States flew 238 Venezuelans to El
// Salvador", "Spain flew 40 Malian migrants back to Bamako". A state that
// flies another country's people (its civilians, migrants or gang members)
// to a country not its own deports them (174), from the state to the
// people's country, as CAMEO's 174 has it. People flown to the flier's own
// country (resettled, evacuated) or flown home by their own state are not
// deported, and neither are troops or officials. People a state puts on a
// plane or a flight abroad are flown by it: "put 40 Malian migrants on a
// flight to Bamako".

// flightPattern is the grammar rule's pattern, for explanations.
var flightPattern = &lexicon.Pattern{Code: "174", Text: "$S fly $T ... to|home"}

// deportFlightAt returns the deportation whose verb "fly" is token t, or
// false.
func (s *sentence) deportFlightAt(t int) (match, bool) {
	put := s.toks[t].Lemma == "put" && s.onPlane(t)
	if s.toks[t].Lemma != "fly" && !put || s.toks[t].Lower == "fly" || t < 1 || s.toks[t-1].Lemma == "be" || s.in[t] >= 0 {
		return match{}, false // a past or present verb, not "were flown" (deporter reads those)
	}
	src, _ := s.subject(t, -1)
	if src < 0 || s.stateOf(src) == "" || civilians(s.ms[src].members) {
		return match{}, false
	}
	// the people: the first actor after the verb, through "of" ("200
	// alleged members of Venezuela's Tren de Aragua gang")
	tgt, end := -1, -1
	for k := t + 1; k < len(s.toks) && k <= t+10 && !s.boundary[k]; k++ {
		if mi := s.in[k]; mi >= 0 {
			if m := &s.ms[mi]; m.prep == "" || m.prep == "of" {
				if m.poss && s.at[m.end+1] >= 0 {
					continue // "Venezuela's Tren de Aragua gang": the gang
				}
				tgt, end = mi, m.end
			}
			break
		}
		if w := s.toks[k].Lower; prepositions[w] && w != "of" && w != "than" && !s.boundQuantifier(k) {
			break
		}
	}
	if tgt < 0 || !s.flownPeople(tgt) || s.stateOf(tgt) == "" && !s.freedThem(t, tgt, s.stateOf(src)) || s.stateOf(tgt) == s.stateOf(src) && !s.freedBefore(t) {
		return match{}, false
	}
	// where to: a country not the flier's, or "home"
	dest := -1
	for k := end; k < len(s.toks) && !s.boundary[k]; k++ {
		if w := s.toks[k].Lower; w == "home" && (k == end || isWord(s.toks, k-1, "back")) {
			dest = k
			break
		}
		if mi := s.in[k]; mi >= 0 && s.ms[mi].prep == "to" && (s.ms[mi].kind == mPlace || len(s.ms[mi].members) == 1 && len(s.ms[mi].members[0].code) == 3) {
			// a country or a place ("to El Salvador"), not a group ("accused
			// of belonging to the Tren de Aragua gang")
			if st := s.stateOf(mi); st != "" && st != s.stateOf(src) {
				dest = s.ms[mi].end - 1
			}
			break
		}
	}
	if dest < 0 || s.rescueFlight() {
		return match{}, false
	}
	words := make([]int, 0, dest-t+1)
	for k := t; k <= dest; k++ {
		words = append(words, k)
	}
	return match{p: flightPattern, trig: t, end: dest + 1, words: words, target: tgt, source: src, weight: 4}, true
}

// onPlane reports whether the object of "put" at token t is put on a
// plane or a flight: "put them on a plane to Washington", "putting an
// Indian man on a commercial flight from London to Paris".
func (s *sentence) onPlane(t int) bool {
	for k := t + 1; k < len(s.toks) && k <= t+14 && !s.boundary[k]; k++ {
		if s.toks[k].Lower == "on" || s.toks[k].Lower == "aboard" {
			for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
				if planeWords[s.toks[j].Lemma] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// planeWords carry people put on them.
var planeWords = set(`plane flight aircraft jet airliner`)

// flownPeople reports whether mention mi names people that a state
// deports: a people or its refugees ("Venezuelans", "Afghan migrants"),
// its nationals named by an adjective ("Venezuelan men"), or a criminal
// gang's members.
func (s *sentence) flownPeople(mi int) bool {
	m := &s.ms[mi]
	if civilians(m.members) {
		return true
	}
	if m.kind == mWeak && m.end < len(s.toks) && (personNouns[s.toks[m.end].Lower] || personNouns[s.toks[m.end].Lemma]) {
		return true
	}
	for _, mb := range m.members {
		if role(mb) != "CRM" {
			return false
		}
	}
	return len(m.members) > 0
}

// rescueFlight reports whether the sentence tells of people flown to
// safety, care or a new home, not deported.
func (s *sentence) rescueFlight() bool {
	for k := range s.toks {
		w := s.toks[k].Lower
		if rescueWords[w] || strings.HasPrefix(w, "evacu") || strings.HasPrefix(w, "resettl") || strings.HasPrefix(w, "relocat") {
			return true
		}
	}
	return false
}

// rescueWords tell of a flight that saves or cares for whom it carries.
var rescueWords = set(`rescue rescued safety treatment medical wounded injured sick patients asylum`)
