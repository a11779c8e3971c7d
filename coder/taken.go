package coder

import (
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// Where a person or a ship held is taken: "arrested Imran Khan at his home
// in Lahore and drove him to a jail in Attock" went from Lahore to Attock. The act
// of custody happened where it is placed; a verb of carrying whose object
// is a pronoun for the person, later in the sentence, takes the person on
// to the last place it names after "to", past the places it names after
// "via" or "through".

// takeVerbs carry a person somewhere after an arrest or an abduction.
var takeVerbs = set(`drive drove driven fly flew flown take took taken transfer transferred move moved bring brought
	transport transported escort escorted airlift airlifted carry carried send sent put steer steered tow towed
	divert diverted sail sailed`)

// custody reports whether code is an act that takes hold of a person or a
// ship: arrest or detention (173), abduction (181), seizure (1711).
func custody(code dyad.EventCode) bool { return code == "173" || code == "181" || code == "1711" }

// takenRoutes gives each act of custody of evs (whose first words are at
// trigs) that has a place and no route the way its person was taken on.
// sites are the sentence's places with the countries it names as ends.
func takenRoutes(toks []text.Token, sites []site, evs []dyad.Event, trigs []int) {
	for i := range evs {
		e := &evs[i]
		if !custody(e.Action.Code) || e.Route != nil || e.Location == nil || e.Location.Role != "event" || i >= len(trigs) || trigs[i] < 0 {
			continue
		}
		if rt := takenOn(toks, sites, trigs[i], e.Location); rt != nil {
			e.Route = rt
		}
	}
}

// takenOn returns the way from the place at, where the act at token a
// happened, to where a verb of carrying after it takes its person or ship
// (a pronoun: "seized a tanker and its crew in the Strait of Hormuz and
// escorted it to Bandar Abbas"), or nil.
func takenOn(toks []text.Token, sites []site, a int, at *dyad.Place) []dyad.Place {
	v := -1
	for k := a + 1; k+1 < len(toks); k++ {
		w := toks[k].Lower
		if w == ";" || w == "but" || w == "while" || w == "after" || w == "before" {
			break // another report
		}
		if takeVerbs[w] && (objectPronouns[toks[k+1].Lower] || heldAgain(toks, k+1)) {
			v = k
			break
		}
	}
	if v < 0 {
		return nil
	}
	rt := []dyad.Place{*at}
	rt[0].Role, rt[0].Mode = "", ""
	var dest *site
	for k := range sites {
		st := &sites[k]
		if st.start <= v {
			continue
		}
		if reportBoundary(toks, v, st.start) {
			break
		}
		switch {
		case st.within, tiedTo(toks, st.start): // flows7: not "ships linked to Israel" (linkedto.go)
		case st.prep == "via" || st.prep == "through":
			if dest == nil {
				rt = append(rt, dyad.Place{Name: st.g.Name, Country: st.g.Country, Lat: st.g.Lat, Lon: st.g.Lon, Precision: st.g.Precision})
			}
		case st.prep == "to" || st.prep == "into" || st.dest || toPhrase(toks, st.start, v):
			dest = st
		}
	}
	if dest == nil || dest.g.Name == at.Name {
		return nil
	}
	return append(rt, dyad.Place{Name: dest.g.Name, Country: dest.g.Country, Lat: dest.g.Lat, Lon: dest.g.Lon, Precision: dest.g.Precision})
}

// heldAgain reports whether the words at token i name again what was held
// and then "to" or "into" ("towed their boat to Kronstadt", "sailed the
// vessel to Eyl"), or whether "to" follows the verb at once, as it does
// when a relative clause holds the ship ("the tanker, which Iranian forces
// boarded on Friday and steered to Bandar Abbas"): a possessive or "the"
// and at most two lowercase words ("the boat and its crew"), or none. Not a capitalised name, which
// may be another party ("sent a warning to London" takes no one anywhere).
func heldAgain(toks []text.Token, i int) bool {
	k := i
	for k < len(toks) && (toks[k].Lower == "the" || possessives[toks[k].Lower]) {
		d := k
		k++
		for n := 0; n < 2 && k < len(toks) && toks[k].Kind == text.Word && !toks[k].Cap && heldNouns[toks[k].Lemma]; n++ {
			k++
		}
		if k == d+1 {
			return false
		}
		if isWord(toks, k, "and") && k+1 < len(toks) && (toks[k+1].Lower == "the" || possessives[toks[k+1].Lower]) {
			k++ // "the boat and its crew"
		}
	}
	return k < len(toks) && (toks[k].Lower == "to" || toks[k].Lower == "into")
}

// heldNouns name again what an act of custody holds: a ship or its crew.
var heldNouns = set(`ship vessel boat tanker carrier freighter trawler dhow yacht crew captain sailor fisherman
	cargo bulk container fishing`)

// reportBoundary reports whether a clause of another report opens between
// tokens a and b: a semicolon, "while", "but", "after", "before".
func reportBoundary(toks []text.Token, a, b int) bool {
	for k := a + 1; k < b; k++ {
		switch toks[k].Lower {
		case ";", "while", "but", "after", "before":
			return true
		}
	}
	return false
}

// toPhrase reports whether the place at token i names where the noun of a
// "to" phrase after token lo is: "to a jail in Attock", "to a prison in the
// port city of Guayaquil".
func toPhrase(toks []text.Token, i, lo int) bool {
	if !isWord(toks, i-1, "in") && !isWord(toks, i-1, "of") && !isWord(toks, i-1, "near") {
		return false
	}
	for k := i - 2; k > lo && k >= i-12; k-- {
		w := toks[k].Lower
		if w == "to" {
			return true
		}
		if toks[k].Kind != text.Word && w != "-" || clauseWords[w] || w == "and" || w == "from" || w == "at" {
			return false
		}
	}
	return false
}

// participlePlaces gives an event told in a participial clause that goes on
// from its sentence's act, and that names no place of its own, the place of
// that act: "stormed the Jenin refugee camp on Monday, killing 12
// Palestinians and detaining 30 others" detained them in Jenin. evs start
// at the words trigs; the act is an earlier event of the clause that the
// participle's comma ends.
func participlePlaces(s *sentence, evs []dyad.Event, trigs []int) {
	for i := range evs {
		e := &evs[i]
		if e.Location != nil && e.Location.Role == "event" || i >= len(trigs) || trigs[i] < 0 {
			continue
		}
		c := participleComma(s, trigs[i])
		if c < 0 {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			o := &evs[j]
			if j < len(trigs) && trigs[j] >= 0 && trigs[j] < c && s.clause(trigs[j]) == s.clause(c) && o.Location != nil && o.Location.Role == "event" {
				loc := *o.Location
				e.Location = &loc
				break
			}
		}
	}
}

// participleComma returns the comma that opens the participial clause the
// word at token t stands in (", killing 12 and detaining 30 others"), or
// -1: the word after the comma ends in "-ing", and no clause opens between
// it and t.
func participleComma(s *sentence, t int) int {
	for k := t; k > 0; k-- {
		if s.boundary[k] && k != t {
			return -1
		}
		if s.toks[k-1].Lower != "," {
			continue
		}
		if w := &s.toks[k]; w.Kind == text.Word && !w.Cap && strings.HasSuffix(w.Lower, "ing") && len(w.Lower) > 5 {
			return k - 1
		}
		return -1
	}
	return -1
}
