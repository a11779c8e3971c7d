package coder

// How a sentence's route reaches its records: the route of the sentence
// attached to its movements, the countries of its actors as route points,
// and "via" places.

import (
	"sort"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// attachRoute gives a route to the events it describes: the flows (06, 07)
// of its own sentence (out[first:]), else the document's latest flow from the
// route's first country to its last ("military imports arriving by sea from
// Najin to Vostochny" elaborates "munitions were exported to Russia").
func attachRoute(out []dyad.Event, first int, rt []dyad.Place) {
	flow := func(e *dyad.Event) bool { return e.Action.Root == "06" || e.Action.Root == "07" }
	done := false
	for i := first; i < len(out); i++ {
		if flow(&out[i]) {
			out[i].Route, done = rt, true
		}
	}
	if done {
		return
	}
	for i := first; i < len(out); i++ {
		// a movement that is not a flow: a deportation, a journey
		// (or out of the target's country: "flew 70 embassy staff out of Khartoum")
		if e := &out[i]; e.Source.Country == rt[0].Country || e.Target != nil && (e.Target.Country == rt[len(rt)-1].Country || e.Target.Country == rt[0].Country) {
			e.Route, done = rt, true
		}
	}
	if done {
		return
	}
	from, to := rt[0].Country, rt[len(rt)-1].Country
	for i := first - 1; i >= 0; i-- {
		e := &out[i]
		if flow(e) && e.Source.Country == from && e.Target != nil && e.Target.Country == to {
			e.Route = rt
			return
		}
	}
}

// withCountries adds to the sentence's places the countries it names as
// where a movement starts, passes or ends ("to Russia via Rason"), each at
// its representative point, in the order of the text.
func (c *Coder) withCountries(toks []text.Token, sites []site, ms []mention) []site {
	var out []site
	for _, m := range ms {
		if st, ok := c.placedCountry(toks, sites, &m); ok {
			out = append(out, st) // "transferred to banks in Qatar"
			continue
		}
		if m.kind != mFull {
			continue
		}
		prep := m.prep
		switch {
		case prep == "" && m.start > 0 && (toks[m.start-1].Lemma == "cross" || toks[m.start-1].Lemma == "transit"):
			prep = "across" // "a pipeline which crosses Russia, Belarus and Poland"
		case (prep == "off" || isWord(toks, m.start-1, "off")) && transferred(toks, m.start):
			prep = "via" // "transferred to a smaller tanker off Oman"
		case prep == "for" && departs(toks, m.start-1):
			prep = "to" // "left the port of Chornomorsk bound for Egypt"
		case prep == "in" && governedBy(toks, m.start, stayWords):
			prep = "from" // "money frozen in South Korea": where it was held
		case prep == "in" && sentTo(toks, m.start, 0):
			prep = "to" // "moved to accounts in Qatar"
		case prep == "in" && arrives(toks, m.start),
			prep == "" && m.start > 0 && toks[m.start-1].Lemma == "reach" && toks[m.start-1].Lower != "reach":
			prep = "to" // "have reached Ukraine after travelling from Germany", "arrived in Ukraine"
		case byWayOf(toks, m.start):
			prep = "via" // "to a base in Djibouti by way of Ethiopia"
		case prep == "":
			for _, st := range sites {
				if onTheWay(st.prep) && listedAfter(toks, st.end, m.start) {
					prep = st.prep // "via the Wagah border crossing and Pakistan": both on the way
				}
			}
		}
		switch prep {
		case "from", "to", "into", "via", "through", "across":
		default:
			continue
		}
		for _, mb := range m.members {
			// each country of a list: "on through Bulgaria and Serbia"
			if len(mb.code) != 3 || mb.country == "" {
				continue
			}
			ct, ok := c.lx.Country(mb.country)
			if !ok {
				continue
			}
			g := &lexicon.Gazetteer{Name: ct.Name, Country: mb.country, Lat: ct.Lat, Lon: ct.Lon}
			start, end := m.start, m.end
			if len(m.members) > 1 {
				start, end = mb.start, mb.end
			}
			if part := compassPart(toks, start, end); part != "" {
				g.Name, g.Precision = part, "country" // "into rebel-held northwest Syria" (compass.go)
			}
			if sited(sites, start) {
				continue // "via Bryansk and Belgorod": the places, not their country
			}
			out = append(out, site{start: start, end: end, g: g, prep: prep, country: true})
		}
	}
	if len(out) == 0 {
		return sites
	}
	out = append(out, sites...)
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// viaRoutes gives the flows of a sentence that names the places they pass
// through but not both ends a route from their source's country through
// those places to their target's ("shipped fertiliser to North Korea
// through the border city of Dandong").
func (c *Coder) viaRoutes(evs []dyad.Event, sites []site) {
	var via []dyad.Place
	for _, st := range sites {
		if st.prep == "via" || st.prep == "through" {
			g := st.g
			via = append(via, dyad.Place{Name: g.Name, Country: g.Country, Lat: g.Lat, Lon: g.Lon, Precision: g.Precision})
		}
	}
	if len(via) == 0 {
		return
	}
	for i := range evs {
		e := &evs[i]
		if r := e.Action.Root; r != "06" && r != "07" || e.Target == nil || e.Route != nil {
			continue
		}
		from, to := c.countryPlace(e.Source.Country, ""), c.countryPlace(e.Target.Country, "")
		if from == nil || to == nil {
			continue
		}
		rt := append([]dyad.Place{*from}, via...)
		e.Route = append(rt, *to)
	}
}
