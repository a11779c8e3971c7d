package coder

import "github.com/dyadhq/dyad"

// Where people sent home went: "deported 1,086 Myanmar nationals back to
// their country aboard ships that sailed from Lumut", "handed 330 soldiers
// back to Myanmar, putting them aboard a ship at a jetty in Cox's Bazar"
// went from the place the act happened at, in the sender's country, to the
// country they belong to. The words must say they went back ("back to",
// "home"); a place abroad is no start.

// homeRoutes gives each deportation (174) or return of people (0841) of
// evs (whose first words are at trigs) that has no route, happened at a
// place of its source's country and sends its people back to their own,
// the way from that place to their country.
func (c *Coder) homeRoutes(s *sentence, evs []dyad.Event, trigs []int) {
	for i := range evs {
		e := &evs[i]
		if e.Action.Code != "174" && e.Action.Code != "0841" || e.Route != nil || e.Target == nil || i >= len(trigs) || trigs[i] < 0 ||
			e.Location == nil || e.Location.Role != "event" || e.Source.Country == "" || e.Location.Country != e.Source.Country ||
			e.Target.Country == "" || e.Target.Country == e.Source.Country || e.Location.Name == "" {
			continue
		}
		if !s.sentBack(trigs[i]) {
			continue
		}
		end := c.countryPlace(e.Target.Country, "")
		if end == nil {
			continue
		}
		from := *e.Location
		from.Role, from.Mode = "", ""
		e.Route = []dyad.Place{from, *end}
	}
}

// sentBack reports whether the clause of the act at token t says its
// people went back: "back to" or "home" within twelve words after it.
func (s *sentence) sentBack(t int) bool {
	cl := s.clause(t)
	for k := t + 1; k < len(s.toks) && k <= t+12 && s.clause(k) == cl; k++ {
		switch s.toks[k].Lower {
		case "back":
			if isWord(s.toks, k+1, "to") || isWord(s.toks, k+1, "home") {
				return true
			}
		case "home":
			return !isWord(s.toks, k+1, "of") && !isWord(s.toks, k-1, "their") && !isWord(s.toks, k-1, "his") && !isWord(s.toks, k-1, "her")
		}
	}
	return false
}
