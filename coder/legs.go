package coder

import (
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// Earlier legs of a journey told after it: "crossed from Syria into
// Lebanon near Hermel after the fuel was unloaded at the Syrian port of
// Baniyas", "began moving aid into Gaza ..., after being loaded onto ships
// at the Cypriot port of Larnaca". The place of the "after" clause is where
// the goods came from, as a place they were loaded at is (site.loaded): the
// route starts there and the movement did not happen there.

// handleWords are the verbs of handling goods that an earlier leg's
// "after" clause tells: "after the fuel was unloaded at", "after being
// shipped to".
var handleWords = set(`unload unloaded offload offloaded load loaded ship shipped transship transshipped tranship transhipped
	land landed deliver delivered`)

// earlierLegs marks the places of an "after" clause that tells how goods
// reached where a movement told before it began: the clause follows a place
// of that movement, its verb handles goods, and it names no "from" of its
// own (a way of its own: "hours after $6 billion was transferred from South
// Korea to banks in Qatar" is another movement).
func earlierLegs(toks []text.Token, sites []site) []site {
	for i := range sites {
		st := &sites[i]
		if st.country || st.loaded || i > 0 && sites[0].start >= st.start {
			continue
		}
		lo := 0 // the end of the movement's place before it; the first place reads back to a way told in countries ("from Syria into Lebanon")
		if i > 0 {
			lo = sites[i-1].end
		}
		after, handled := -1, false
		for k := st.start - 1; k >= lo && k >= st.start-12; k-- {
			w := toks[k].Lower
			if w == "from" || w == ";" || w == "and" {
				break
			}
			if handleWords[w] || handleWords[toks[k].Lemma] {
				handled = true
			}
			if w == "after" {
				after = k
				break
			}
		}
		if after < 0 || !handled || isWord(toks, after+1, "which") || i == 0 && !wayBefore(toks, after) {
			continue
		}
		st.loaded, st.dest = true, false
		if st.prep != "at" && st.prep != "in" {
			st.prep = "at" // "after being shipped to Baniyas": it was there before
		}
	}
	return sites
}

// wayBefore reports whether the words before token end tell a way of
// their own ("crossed from Syria into Lebanon"), which an "after" clause's
// place may have led to.
func wayBefore(toks []text.Token, end int) bool {
	from, to := false, false
	for k := 0; k < end; k++ {
		switch toks[k].Lower {
		case "from":
			from = true
		case "into", "to":
			to = true
		}
	}
	return from && to
}

// backToStart reports whether the destination cand[i] is where the route
// starts while another destination is named: a place of another clause
// ("rebels swept into Damascus, and Assad was flown from the Syrian capital
// to Moscow"), not a way back.
func backToStart(cand []routePoint, i int) bool {
	start, other := false, false
	for j, c := range cand {
		start = start || c.kind == 0 && c.p.Name == cand[i].p.Name
		other = other || j != i && c.kind == 2 && c.p.Name != cand[i].p.Name
	}
	return start && other
}

// crossedOnTheWay makes a border crossing that a movement ends at a point
// on its way when the route names another end that is no country: "met
// Putin at the Vostochny Cosmodrome after a journey from Pyongyang that
// crossed into Russia at the border station of Khasan" passes Khasan.
func crossedOnTheWay(sites []site, idx []int, cand []routePoint) {
	for i := range cand {
		if cand[i].kind != 2 || sites[idx[i]].g.Kind != "border" {
			continue
		}
		for j, c := range cand {
			if j != i && c.kind == 2 && !sites[idx[j]].country && sites[idx[j]].g.Kind != "border" {
				cand[i].kind, cand[i].at = 1, sites[idx[i]].start
				break
			}
		}
	}
}

// ownMovement leaves out the places of a second movement that an "after"
// clause tells with its own start and end, when the sentence's first
// movement has both: "flew out of Tehran to Doha on Monday ..., hours after
// $6 billion was transferred from South Korea to banks in Qatar" went from
// Tehran to Doha only.
func ownMovement(toks []text.Token, sites []site) []site {
	for a := 1; a < len(toks); a++ {
		if toks[a].Lower != "after" || isWord(toks, a+1, "which") {
			continue
		}
		var before, after [2]bool
		for _, st := range sites {
			if st.start > a {
				// its own way, "from South Korea to banks in Qatar"; not
				// "after a flight from San Antonio, Texas, the first ... to India"
				after[0] = after[0] || st.prep == "from"
				after[1] = after[1] || st.prep == "from" && fromTo2(toks, st.end)
				continue
			}
			switch {
			case st.prep == "from":
				before[0] = true
			case st.prep == "to" || st.prep == "into" || st.dest:
				before[1] = true
			}
		}
		if !(before[0] && before[1] && after[0] && after[1]) {
			return sites
		}
		out := sites[:0:0]
		for _, st := range sites {
			if st.start < a {
				out = append(out, st)
			}
		}
		return out
	}
	return sites
}

// thirdCountryRoutes gives a deportation (174) sent to a country that is
// neither its source nor its target the way from the source's country to
// that one, and happens there when no place says where: "The United
// States flew 238 Venezuelans to El Salvador" went from the United States
// to El Salvador. The country is the object of "to" after the action's
// first word, in its clause.
func (c *Coder) thirdCountryRoutes(s *sentence, evs []dyad.Event, trigs []int) {
	for i := range evs {
		e := &evs[i]
		if e.Action.Code != "174" || e.Route != nil || e.Target == nil || i >= len(trigs) || trigs[i] < 0 || e.Source.Country == "" {
			continue
		}
		to := ""
		for _, m := range s.ms {
			if m.start <= trigs[i] || m.kind != mFull || len(m.members) != 1 || len(m.members[0].code) != 3 ||
				m.prep != "to" || s.clause(m.start) != s.clause(trigs[i]) {
				continue
			}
			if cc := m.members[0].country; cc != "" && cc != e.Source.Country && cc != e.Target.Country {
				to = cc
			}
			break
		}
		if to == "" {
			continue
		}
		from, end := c.countryPlace(e.Source.Country, ""), c.countryPlace(to, "")
		if from == nil || end == nil {
			continue
		}
		e.Route = []dyad.Place{*from, *end}
		if e.Location == nil || e.Location.Role != "event" {
			e.Location = c.countryPlace(to, "event")
		}
	}
}

// fromTo2 reports whether a "to" follows the place of a "from" that ends
// at token end within four words and no punctuation: "from South Korea to
// banks in Qatar".
func fromTo2(toks []text.Token, end int) bool {
	for k := end; k < len(toks) && k < end+4; k++ {
		if toks[k].Lower == "to" {
			return true
		}
		if toks[k].Kind == text.Punct {
			return false
		}
	}
	return false
}

// inspectedOff reports whether the place at token i, after "off", is where
// a ship stops on its way for what stopWords name: "will be inspected off
// Istanbul", "an inspection stop off Istanbul".
func inspectedOff(toks []text.Token, i int) bool {
	k := i - 1
	for k > 0 && determiners[toks[k].Lower] {
		k--
	}
	if k < 1 || toks[k].Lower != "off" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if stopWords[toks[j].Lower] || stopWords[toks[j].Lemma] {
			return true
		}
		if toks[j].Kind != text.Word || clauseWords[toks[j].Lower] {
			break
		}
	}
	return false
}

// actsNext reports whether a verb in the past follows token end: the name
// before it is the subject of a clause, no point of a way ("through the
// Rafah crossing, and Israel released 39 prisoners").
func actsNext(toks []text.Token, end int) bool {
	if end >= len(toks) || toks[end].Kind != text.Word || toks[end].Cap {
		return false
	}
	t := &toks[end]
	return strings.HasSuffix(t.Lower, "ed") && t.Lemma != t.Lower || irregularPast(t)
}
