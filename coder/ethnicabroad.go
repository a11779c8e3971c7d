package coder

import (
	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// A people named by its descent ("ethnic Hungarians", "three ethnic
// Albanians") and placed by the event in another country lives there, and is
// that country's people (POLICY §6): "ethnic Hungarians demonstrated in
// Romania" is ROUCVL's protest, not HUNCVL's. The phrase "ethnic Russians in
// Ukraine" is read where the mention is built (placeAfterAgent); this reads
// the event's own place, which the verb's phrase gives.

// ethnicAbroad recodes p's parties that are a people named after "ethnic"
// to the people of the country of the event's place loc, when that differs.
func (c *Coder) ethnicAbroad(toks []text.Token, p proto, loc *dyad.Place) proto {
	if loc == nil || loc.Country == "" {
		return p
	}
	move := func(m *member) {
		if m.start < 1 || m.person != nil || m.country == "" || m.country == loc.Country || m.code != m.country+"CVL" ||
			!isWord(toks, m.start-1, "ethnic") {
			return
		}
		name, _ := c.lx.Name(loc.Country)
		m.code, m.country, m.name = loc.Country+"CVL", loc.Country, name
	}
	move(&p.src)
	if p.hasTgt {
		move(&p.tgt)
	}
	return p
}
