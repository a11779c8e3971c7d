package coder

import "github.com/dyadhq/dyad"

// A flight forced down or diverted did not go where it was bound. "Jets
// forced a passenger flight from Riga to Oslo to land in Stockholm" went
// from Riga to Stockholm: "to Oslo" is the plan the diversion undid, no
// point of the way. The way is the diversion's own (the act that forced
// the landing, a hijacking or seizure, whose words hold its start), and
// replaces, in any event of the sentence, the way through the planned end.

// divertWords force a flight to land elsewhere.
var divertWords = set(`force forced forcing divert diverted diverting reroute rerouted redirect redirected`)

// landWords end a diverted flight where it came down.
var landWords = set(`land landed landing divert diverted reroute rerouted redirect redirected`)

// divertedRoutes gives the events evs of the sentence the way of a flight
// it forced down or diverted (see above).
func (c *Coder) divertedRoutes(s *sentence, sites []site, evs []dyad.Event) {
	if !anyWord(s, divertWords) { // speed9: the signature first, and no more look-ups once one is found
		return
	}
	toks := s.toks
	from, planned, landed := -1, -1, -1
	for i, st := range sites {
		switch {
		case st.prep == "from" && landed < 0:
			from, planned = i, -1
		case st.prep == "to" && from >= 0 && planned < 0 && landed < 0:
			planned = i
		case (st.prep == "in" || st.prep == "at" || st.prep == "to") && from >= 0 && planned >= 0 && landed < 0:
			p := phraseHead(toks, st.start)
			if p >= 2 && objectPronouns[toks[p-1].Lower] {
				p-- // "diverted it to Tehran"
			}
			if p < 1 {
				continue
			}
			if l, _ := verbLemma(&toks[p-1]); !landWords[l] {
				continue
			}
			for k := p - 1; k >= 0 && k >= p-14; k-- {
				if divertWords[toks[k].Lower] || divertWords[toks[k].Lemma] {
					landed = i
					break
				}
			}
		}
	}
	if landed < 0 {
		return
	}
	point := func(st site) dyad.Place {
		g := st.g
		return dyad.Place{Name: g.Name, Country: g.Country, Lat: g.Lat, Lon: g.Lon, Precision: g.Precision}
	}
	rt := []dyad.Place{point(sites[from]), point(sites[landed])}
	at, plan := toks[sites[from].start].Start, sites[planned].g.Name
	for i := range evs {
		e := &evs[i]
		if e.Route != nil {
			if routeHas(e.Route, plan) && routeHas(e.Route, rt[1].Name) {
				e.Route = rt // "Athens -> Vilnius -> Minsk": Vilnius was only planned
			}
			continue
		}
		if custody(e.Action.Code) && e.Action.Span[0] <= at && at < e.Action.Span[1] {
			e.Route = rt // the act that forced it down went its way
		}
	}
}

// routeHas reports whether route rt has a point named name.
func routeHas(rt []dyad.Place, name string) bool {
	for _, p := range rt {
		if p.Name == name {
			return true
		}
	}
	return false
}
