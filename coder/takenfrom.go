package coder

// takenFrom returns the last word of what an act took or moved when its
// pattern runs on past "from" to an amount of whom or what it was taken
// from: "seized 1.5 million barrels of Iranian fuel from four tankers"
// seized the barrels, not the tankers; "confiscated 300 rifles from two
// houses" the rifles. With no amount between the act's first word and
// "from" ("seized a tanker from ...") it returns last unchanged.
func takenFrom(s *sentence, qs []qty, a, last int) int {
	for f := a + 1; f < last; f++ {
		if s.toks[f].Lower != "from" {
			continue
		}
		source := false // the pattern's last word is in an amount right after "from"
		for _, r := range qs {
			if r.start > f && r.start <= f+2 && r.start <= last && last < r.end {
				source = true
			}
		}
		if !source {
			return last
		}
		taken := -1
		for _, q := range qs {
			if q.start > a && q.end <= f && q.end > q.start && !q.distance {
				taken = q.end - 1 // the amount's own last word ("fuel")
			}
		}
		if taken >= 0 {
			return taken
		}
		return last
	}
	return last
}

// takenFromTarget reports whether the act's amount q is what was taken from
// its target, named right after "from": "confiscated 300 rifles from 12
// militants" counts the rifles, not the militants the target's words count.
func takenFromTarget(s *sentence, p proto, q *qty) bool {
	return q != nil && q.end < len(s.toks) && s.toks[q.end].Lower == "from" &&
		p.tgt.start > q.end && p.tgt.start <= q.end+5
}
