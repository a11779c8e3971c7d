package coder

import (
	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// Names that several places bear (Tripoli, Punjab, Hyderabad): which one a
// sentence means, by the words around the name, else by the rest of the
// sentence.

// which chooses among places of one name, starting at token i and ending
// before token next, by the country the text puts it in right after
// ("Tripoli in Lebanon", "Tripoli, Lebanon") or names before it as whose
// it is ("the Lebanese port of Tripoli", "Lebanon's Tripoli").
func (c *Coder) which(toks []text.Token, i, next int, gs []*lexicon.Gazetteer) *lexicon.Gazetteer {
	if len(gs) < 2 {
		return gs[0]
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := &toks[k]
		if w.Kind == text.Word && w.Cap {
			if as, n := c.lx.Actor(toks, k); n > 0 && k+n <= i {
				for _, g := range gs {
					for _, a := range as {
						if (a.Kind == lexicon.Name || a.Kind == lexicon.Adjective) && a.Country == g.Country {
							return g
						}
					}
				}
			}
			continue
		}
		if w.Lower != "of" && w.Lower != "'s" && !determiners[w.Lower] && !isPlaceNoun(w) && !regionWords[w.Lower] {
			break
		}
	}
	if (isWord(toks, next, "in") || isWord(toks, next, ",")) && next+1 < len(toks) {
		if as, n := c.lx.Actor(toks, next+1); n > 0 {
			for _, g := range gs {
				for _, a := range as {
					if a.Kind == lexicon.Name && a.Country == g.Country {
						return g
					}
				}
			}
		}
	}
	return c.byContext(toks, i, next, gs)
}

// byContext chooses among places of one name, at tokens [i, next), by the
// country the rest of the sentence names most: another place ("across
// Punjab and Haryana"), a country or its people ("Indian farmers"), a
// person who holds one of its offices ("Modi's government"); the first
// place when it names none of theirs.
func (c *Coder) byContext(toks []text.Token, i, next int, gs []*lexicon.Gazetteer) *lexicon.Gazetteer {
	if as, n := c.lx.Actor(toks, i); i+n == next {
		// a name the actors' dictionaries give a state ("Tripoli" for Libya)
		// keeps it, so that the place and the actor agree
		for _, a := range as {
			for _, g := range gs {
				if (a.Kind == lexicon.Name || a.Kind == lexicon.Capital) && a.Country == g.Country {
					return g
				}
			}
		}
	}
	votes := map[string]int{}
	for k := 0; k < len(toks); k++ {
		if k >= i && k < next || toks[k].Kind != text.Word || !toks[k].Cap {
			continue
		}
		if ps, n := c.lx.Place(toks, k); n > 0 {
			if len(ps) == 1 && ps[0].Country != "" {
				votes[ps[0].Country]++ // "Haryana"
			}
			k += n - 1
			continue
		}
		as, n := c.lx.Actor(toks, k)
		if n == 0 {
			continue
		}
		seen := map[string]bool{}
		for _, a := range as {
			countries := []string{a.Country}
			if a.Person != nil {
				countries = countries[:0]
				for _, r := range a.Person.Roles {
					if len(r.Code) >= 3 {
						countries = append(countries, r.Code[:3])
					}
				}
			}
			for _, ct := range countries {
				if ct != "" && !seen[ct] {
					seen[ct] = true
				}
			}
		}
		if len(seen) == 1 || len(as) == 1 {
			for ct := range seen {
				votes[ct]++
			}
		}
		k += n - 1
	}
	best := gs[0]
	for _, g := range gs[1:] {
		if votes[g.Country] > votes[best.Country] {
			best = g
		}
	}
	return best
}
