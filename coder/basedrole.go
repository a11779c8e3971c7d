package coder

import (
	"github.com/dyadhq/dyad/text"
)

// basedRole reports whether the country actor raws[r] is the first half of
// "<country>-based" right before a role word: "Pakistan-based militants"
// are militants of Pakistan, wherever the sentence is set ("attacked
// Indian troops in Kashmir" must not make them India's). It returns the
// role word's index in raws. A role word that only describes a group named
// after it is left to the group.
func basedRole(toks []text.Token, raws []raw, r int) (int, bool) {
	x := raws[r]
	if !isWord(toks, x.end, "-") || !isWord(toks, x.end+1, "based") || r+1 >= len(raws) {
		return 0, false
	}
	g := raws[r+1]
	if g.kind != rAgent || g.start != x.end+2 {
		return 0, false
	}
	if g.end < len(toks) && (groupHeadNouns[toks[g.end].Lower] || toks[g.end].Cap) {
		return 0, false // "the Pakistan-based militant group Jaish-e-Mohammed": the named group's (attackers.go)
	}
	return r + 1, true
}
