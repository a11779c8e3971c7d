package coder

import (
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// A prisoner swap is one act of two releases, done at one place: "in a swap
// done at Vilnius airport", "an exchange held in Muscat", "both men handed
// over on the runway of Doha airport". Every release of the sentence
// happened there, not where a freed man once committed his crime ("a spy
// jailed for a killing in Paris") nor where the trip began.

// swapActs name an exchange of prisoners as one act.
var swapActs = set(`swap exchange handover`)

// venueFiller are the words that may stand between a swap's noun (or
// "handed over") and the place it was done at: "carried out at", "which
// took place in", "on the tarmac of".
// swapDoing are the participles that say a swap was done somewhere.
var swapDoing = set(`carried held conducted completed done staged`)

var venueFiller = set(`carried out held conducted completed done staged that which was were took place at in on the tarmac runway apron of a an , early late`)

// swapVenue returns the place where the sentence's prisoner swap was done,
// or nil: a place whose preposition follows a swap's noun, or "handed over"
// or "swapped", with only venueFiller and weekdays between.
func (s *sentence) swapVenue(sites []site) *site {
	swap := false
	for i := range s.toks {
		if swapActs[s.toks[i].Lemma] || swapActs[s.toks[i].Lower] {
			swap = true
			break
		}
	}
	if !swap {
		return nil
	}
	for i := range sites {
		st := &sites[i]
		if st.within || st.country || st.g.Country == "" || st.prep == "from" {
			continue
		}
		if st.prep == "to" {
			// "flew them from Minsk to Vilnius for a swap": taken there for it
			k := st.end
			if isWord(s.toks, k, "airport") {
				k++
			}
			if isWord(s.toks, k, "for") && (isWord(s.toks, k+1, "a") || isWord(s.toks, k+1, "an") || isWord(s.toks, k+1, "the")) &&
				k+2 < len(s.toks) && swapActs[s.toks[k+2].Lemma] {
				return st
			}
			continue
		}
		k := st.start - 1
		prep := false    // a preposition of place stands right before the place or its article
		participle := -1 // "carried out" after a comma: it may tell of a swap before the comma
		for ; k >= 0 && k >= st.start-9; k-- {
			w := s.toks[k].Lower
			if _, day := weekdays[w]; day {
				continue
			}
			if !venueFiller[w] {
				break
			}
			if (k == st.start-1 || k == st.start-2 && isWord(s.toks, k+1, "the")) &&
				(w == "at" || w == "in" || w == "of" && (isWord(s.toks, k-1, "tarmac") || isWord(s.toks, k-1, "runway") || isWord(s.toks, k-1, "apron"))) {
				prep = true // right before the place: not "the swap of the Gaza ceasefire", "a swap in which Washington freed"
			}
			if w == "," && k+1 < st.start && swapDoing[s.toks[k+1].Lower] {
				participle = k
			}
		}
		if k < 0 || !prep {
			continue
		}
		t := &s.toks[k]
		if swapActs[t.Lemma] || swapActs[t.Lower] || t.Lower == "swapped" || t.Lower == "exchanged" ||
			t.Lower == "over" && k > 0 && s.toks[k-1].Lemma == "hand" {
			return st
		}
		if participle >= 0 {
			// "the largest exchange in a decade, carried out at Istanbul
			// airport": the participle's noun stands a few words back
			for j := participle - 1; j >= 0 && j >= participle-8 && !s.boundary[j] && s.toks[j].Kind != text.Punct; j-- {
				if swapActs[s.toks[j].Lemma] || swapActs[s.toks[j].Lower] {
					return st
				}
			}
		}
	}
	return nil
}

// sharedVenue gives the place of a meeting to the other acts of its two
// parties that the sentence tells without a place of their own: leaders
// who "met at a hotel on Okinawa ... and later signed an accord"
// signed it there, and "held talks in Addis Ababa, after which both sides
// signed deals" signed them in Addis Ababa. Only acts of diplomacy (roots
// 03 to 05) take it; a visit's place is given by atVisit.
func sharedVenue(evs []dyad.Event) {
	for i := range evs {
		// a joint act told both ways happened at one place: "a truce of
		// Israel and the Houthis began in Yemen" for both
		m := &evs[i]
		if !jointAct(m.Action.Code) || m.Location == nil || m.Location.Role != "event" || m.Source == nil || m.Target == nil {
			continue
		}
		for k := range evs {
			e := &evs[k]
			if k != i && e.Action.Code == m.Action.Code && e.Source != nil && e.Target != nil && e.Location == nil &&
				e.Source.Country == m.Target.Country && e.Target.Country == m.Source.Country && e.Source.Country != e.Target.Country {
				pl := *m.Location
				e.Location = &pl
			}
		}
	}
	for i := range evs {
		m := &evs[i]
		if m.Action.Code.Root() != "04" || m.Action.Code == "042" || m.Action.Code == "043" || m.Location == nil ||
			m.Location.Role != "event" || m.Location.Country == "" || m.Source == nil || m.Target == nil {
			continue
		}
		a, b := m.Source.Country, m.Target.Country
		if a == "" || b == "" || a == b {
			continue
		}
		for k := range evs {
			e := &evs[k]
			if r := e.Action.Code.Root(); r != "03" && r != "04" && r != "05" || e.Action.Code == "042" || e.Action.Code == "043" ||
				e.Action.Code == "036" || e.Date != m.Date || e.Source == nil || e.Target == nil || e.Location != nil && e.Location.Role != "mentioned" {
				// not a trip still to come, nor an act of another day ("accepted
				// an invitation to visit Pyongyang, days after talks in Moscow")
				continue
			}
			if x, y := e.Source.Country, e.Target.Country; x == a && y == b || x == b && y == a {
				pl := *m.Location
				e.Location = &pl
			}
		}
	}
}

// jointAct reports whether code is an act two parties do together, which
// each side's event tells at the same place: talks, agreements and truces
// (roots 03 to 05 but a visit and its hosting, 087x).
func jointAct(code dyad.EventCode) bool {
	r := code.Root()
	return (r == "03" || r == "04" || r == "05") && code != "042" && code != "043" || strings.HasPrefix(string(code), "087")
}

// countryWideWords say an act spread over its source's whole country: "a
// nationwide strike", "a countrywide shutdown".
var countryWideWords = set(`nationwide countrywide nation-wide country-wide`)

// nationwidePlace returns the source's country as where a protest, a strike
// or a curfew its own words call nationwide happened, when no place of the
// clause says where: "as doctors began a nationwide walkout", "imposed a
// nationwide curfew", "rallied across the country"; nil otherwise.
func (c *Coder) nationwidePlace(s *sentence, p proto) *dyad.Place {
	if len(p.words) == 0 || p.src.country == "" || len(p.src.code) < 3 || p.src.code[:3] != p.src.country ||
		p.code.Root() != "14" && p.code != "1723" && p.code != "1724" {
		return nil
	}
	wide := nationwide(s.toks, p)
	for i := max(0, p.words[0]-2); !wide && i <= p.words[len(p.words)-1] && i < len(s.toks); i++ {
		wide = countryWideWords[s.toks[i].Lower]
	}
	if !wide {
		return nil
	}
	return c.countryPlace(p.src.country, "event")
}
