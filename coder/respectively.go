package coder

import (
	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// respective returns the amount that "respectively" gives the source of p
// when the source is one of a list and as many amounts as the list has
// members stand between the list and the word, in its order, the last
// naming what all count: "Italy and Spain expelled 30 and 25 Russian
// diplomats respectively" is 30 diplomats of Italy's and 25 of Spain's.
// Otherwise it returns q.
func (s *sentence) respective(qs []qty, p proto, q *dyad.Quantity) *dyad.Quantity {
	r := -1
	for k := range s.toks {
		if s.toks[k].Lower == "respectively" {
			r = k
			break
		}
	}
	if r < 0 {
		return q
	}
	for mi := range s.ms {
		m := &s.ms[mi]
		if len(m.members) < 2 || m.end > r {
			continue
		}
		for i, mb := range m.members {
			if mb.code != p.src.code || mb.start != p.src.start {
				continue
			}
			values := s.amountsBefore(qs, m.end, r)
			if len(values) != len(m.members) {
				return q
			}
			return &values[i]
		}
	}
	return q
}

// amountsBefore returns, in their order, the amounts of the last counted
// quantity between tokens a and b and of the bare numbers joined to it
// before ("30 and 25 Russian diplomats", "12, 8 and 4 tanks"), each with
// the counted item of the last.
func (s *sentence) amountsBefore(qs []qty, a, b int) []dyad.Quantity {
	last := -1
	for k := range qs {
		if qs[k].start >= a && qs[k].end <= b && !qs[k].money && !qs[k].distance {
			last = k
		}
	}
	if last < 0 {
		return nil
	}
	out := []dyad.Quantity{qs[last].q}
	for k := qs[last].start - 1; k > a; k -= 2 {
		if w := s.toks[k].Lower; w != "and" && w != "," || s.toks[k-1].Kind != text.Number {
			break
		}
		v, _, ok := number(s.toks, k-1)
		if !ok {
			break
		}
		x := qs[last].q
		x.Value, x.Text = v, s.toks[k-1].Text
		out = append([]dyad.Quantity{x}, out...)
	}
	return out
}
