package coder

import (
	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// visitCity places a visit (042) and its hosting (043) at the town where
// the sentence's other acts of the visit happened, when the visit's own words
// give only the host country, or a place of another country: "signed a
// treaty in Pyongyang during his first visit to North Korea" visited
// Pyongyang; "signed a deal in Washington aimed at ending fighting in
// eastern Congo, at a ceremony hosted by Rubio" visited Washington, not
// Congo. A town named in the host country by an act of the same day is
// where the guest was.
func (c *Coder) visitCity(evs []dyad.Event) {
	for i := range evs {
		e := &evs[i]
		if e.Source == nil || e.Target == nil || e.Action.Code != "042" && e.Action.Code != "043" {
			continue
		}
		host := e.Target.Country
		if e.Action.Code == "043" {
			host = e.Source.Country
		}
		if host == "" || e.Location != nil && e.Location.Country == host && c.lx.CountryCode(e.Location.Name) == "" {
			continue // a town of the host already
		}
		if pl := c.townOf(evs, host, e.Date); pl != nil {
			p := *pl
			e.Location = &p
		}
	}
}

// townOf returns the one place of the host country, no country itself, where
// an act of evs on date happened, or nil when there is none or more than one.
func (c *Coder) townOf(evs []dyad.Event, host, date string) *dyad.Place {
	var found *dyad.Place
	for k := range evs {
		l := evs[k].Location
		if l == nil || l.Role != "event" || l.Country != host || l.Precision == "country" || evs[k].Date != date || c.lx.CountryCode(l.Name) != "" {
			continue
		}
		if found != nil && found.Name != l.Name {
			return nil
		}
		found = l
	}
	return found
}

// visitTown returns the town of the region st, the place a visit went to,
// that the sentence says the visit's business was done in or at, else st:
// "flew to Alaska for a summit ... after talks at a military base in
// Anchorage" was in Anchorage. The town must be of the region's country and
// within 400 km of its point (a region's point may lie far from its towns:
// Alaska's and Anchorage's are 370 km apart).
func visitTown(toks []text.Token, sites []site, st *site) *site {
	if st.g.Kind != "region" {
		return st
	}
	for k := range sites {
		t := &sites[k]
		if t.start > st.start && eventPreps[t.prep] && !t.within && !t.country && t.g.Kind != "region" && t.g.Kind != "sea" &&
			t.g.Country == st.g.Country && km(t.g, st.g) <= 400 {
			return t
		}
	}
	return st
}
