package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// "The coalition" and "the alliance" refer back to the coalition or the
// alliance named before, as "the group" does to a group: "Air strikes by the
// Saudi-led coalition hit Sanaa ... The coalition denied carrying out the
// raid" is the Saudi-led coalition's denial; "NATO jets struck ... The
// alliance said" is NATO's. A coalition is a mention whose own words hold
// "coalition"; an alliance one whose words or name hold "alliance", or the
// Atlantic alliance itself.

// bodyNouns are the nouns of a body of several states that refer back.
var bodyNouns = set(`coalition alliance bloc agency`) // actors7: bloc, agency (blocref.go)

// bodyOf reports whether mention m (its words from toks) is a body the noun
// w refers back to.
func bodyOf(toks []text.Token, m *mention, w string) bool {
	if m.kind != mFull || len(m.members) != 1 {
		return false
	}
	for k := m.start; k < m.end && k < len(toks); k++ {
		if l := toks[k].Lower; l == w || len(l) > len(w) && l[len(l)-len(w)-1] == '-' && strings.HasSuffix(l, w) { // speed9: ends in "-"+w, without building it
			return true
		}
	}
	mb := m.members[0]
	if w == "bloc" || w == "agency" {
		return w == "bloc" && blocOf(mb) || w == "agency" && agencyOf(mb) // actors7 (blocref.go)
	}
	return w == "alliance" && (strings.Contains(strings.ToLower(mb.name), "alliance") || strings.HasPrefix(mb.code, "IGOWSTNAT"))
}

// lastBody returns the body "the coalition" or "the alliance" at token k
// refers to: the last one its sentence names before it, else the
// document's latest.
func lastBody(toks []text.Token, ms []mention, k int, w string, ctx *docCtx) (member, bool) {
	for mi := len(ms) - 1; mi >= 0; mi-- {
		if m := &ms[mi]; m.end <= k && bodyOf(toks, m, w) {
			return m.members[0], true
		}
	}
	mb, ok := ctx.bodies[w]
	return mb, ok
}

// rememberBodies records the last coalition and alliance the mentions name,
// for a later sentence's "the coalition", "the alliance".
func rememberBodies(toks []text.Token, ms []mention, ctx *docCtx) {
	for i := range ms {
		if ms[i].kind != mFull || len(ms[i].members) != 1 {
			continue // speed9: bodyOf's test of the mention, once rather than once per noun
		}
		for w := range bodyNouns {
			if bodyOf(toks, &ms[i], w) {
				if ctx.bodies == nil {
					ctx.bodies = map[string]member{}
				}
				ctx.bodies[w] = ms[i].members[0]
			}
		}
	}
}
