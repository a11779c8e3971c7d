package coder

import (
	"slices"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// Each side's share: "freed by each side" frees the other's people, and an
// apposition that counts a list of peoples gives each its own count.

// eachSide gives an act of either of two sides ("each side", "both sides")
// on people no words of their own give a country the other side's people:
// "50 prisoners were freed by each side" frees each other's.
func eachSide(s *sentence, ps []proto) []proto {
	for i, p := range ps {
		if !p.hasTgt || p.src.start < 0 || p.tgt.start < 0 || s.in[p.src.start] < 0 || s.in[p.tgt.start] < 0 {
			continue
		}
		g, t := &s.ms[s.in[p.src.start]], &s.ms[s.in[p.tgt.start]]
		if g.kind != mGroup || len(g.members) != 2 || t.kind != mImplied {
			continue
		}
		for _, o := range g.members {
			if o.country != p.src.country {
				ps[i].tgt = answering(o, p.tgt)
				ps[i].tgt.start, ps[i].tgt.end = p.tgt.start, p.tgt.end
			}
		}
	}
	return ps
}

// eachCounted returns the index in qs of the amount of the act's target
// when the target is one of a list of peoples that an apposition after the
// act's amount q counts one by one: "20 people from a church, 15 Americans
// and five Canadians"; -1 otherwise.
func (c *Coder) eachCounted(s *sentence, qs []qty, p proto, q *dyad.Quantity) int {
	if q == nil || p.tgt.start < 0 || s.in[p.tgt.start] < 0 || len(s.ms[s.in[p.tgt.start]].members) < 2 {
		return -1
	}
	after := -1
	for k := range qs {
		if qs[k].q == *q {
			after = qs[k].end
		}
	}
	of := func(country string) int {
		return slices.IndexFunc(qs, func(x qty) bool {
			return after >= 0 && x.start > after && !x.money && x.q.Unit == "" && c.nationOf(s.toks, x.end-1) == country
		})
	}
	for _, m := range s.ms[s.in[p.tgt.start]].members {
		if of(m.country) < 0 {
			return -1
		}
	}
	return of(p.tgt.country)
}

// nationOf returns the country of the people the token at k names, in the
// plural or the singular ("Americans", "one Canadian"), or "".
func (c *Coder) nationOf(toks []text.Token, k int) string {
	if toks[k].Kind != text.Word || !toks[k].Cap {
		return ""
	}
	return c.wordCountry(toks, k)
}
