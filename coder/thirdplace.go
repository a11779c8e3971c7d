package coder

import "github.com/dyadhq/dyad"

// metAway gives a meeting (040) of two countries held in a third country
// CAMEO's own code, 044 "meet at a third location" (POLICY §4): "Trump and
// Kim met in Singapore" is USA ↔ PRK 044. The place must be the event's,
// and both sides countries of their own; talks (046) keep their code, which
// says more than where they were held.
func metAway(p proto, loc *dyad.Place) dyad.EventCode {
	if p.code != "040" || !p.hasTgt || loc == nil || loc.Role != "event" || loc.Country == "" {
		return p.code
	}
	src, tgt := p.src.country, p.tgt.country
	if src == "" || tgt == "" || src == tgt || loc.Country == src || loc.Country == tgt {
		return p.code
	}
	return "044"
}
