package syntax

import "slices"

// projectivize returns gold heads (n for the root) made projective by
// lifting (Nivre and Nilsson 2005, without recording the lifts in labels):
// while some arc is non-projective, the dependent of the shortest such arc
// is reattached to its head's head. The parser trains on the lifted trees,
// since the dynamic oracle's costs are exact only for projective ones, and
// is scored against the originals.
func projectivize(gold []int) []int {
	h := slices.Clone(gold)
	for {
		worst := -1
		for d := range h {
			if !projectiveArc(h, d) && (worst < 0 || arcLen(h, d) < arcLen(h, worst)) {
				worst = d
			}
		}
		if worst < 0 {
			return h
		}
		h[worst] = h[h[worst]]
	}
}

func arcLen(h []int, d int) int { return max(d, h[d]) - min(d, h[d]) }

// projectiveArc reports whether every word between d and its head descends
// from that head.
func projectiveArc(h []int, d int) bool {
	n, head := len(h), h[d]
	for k := min(d, head) + 1; k < max(d, head); k++ {
		a := k
		for a != head && a != n {
			a = h[a]
		}
		if a != head {
			return false
		}
	}
	return true
}
