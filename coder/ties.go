package coder

import (
	"slices"

	"github.com/dyadhq/dyad/text"
)

// Role words tied to an actor by a participle: "companies linked to Russian
// oligarchs", "firms owned by Chinese officials". Real news names the
// targets of sanctions and seizures so; the role is the country of whom the
// tie names, not of the sentence's subject (which the context would give it).

// linkedCountry gives role word ms[i], when the words right after it tie it
// to an actor of a country ("companies linked to Russian oligarchs", "firms
// owned by Chinese officials", "banks tied to the Iranian military"), that
// actor's country, or "": the role is whose the tie says, not the
// sentence's subject's.
func linkedCountry(toks []text.Token, ms []mention, i int) (country, name string) {
	k := ms[i].end
	if k+1 >= len(toks) || !tieWords[toks[k].Lower] || !tiePreps[toks[k+1].Lower] {
		return "", ""
	}
	k += 2
	for k < len(toks) && determiners[toks[k].Lower] {
		k++
	}
	for _, p := range ms {
		if p.start == k && (p.kind == mFull || p.kind == mWeak) && len(p.members) == 1 && p.members[0].country != "" {
			return p.members[0].country, p.members[0].name
		}
	}
	return "", ""
}

// tieWords and tiePreps tie a role word to the actor after them.
var (
	tieWords = set(`linked tied connected owned controlled run affiliated belonging`)
	tiePreps = set(`to by with`)
)

// memberStatesOf returns the mention of the organisation whose member states
// role word ms[i] speaks for ("the foreign ministers of the member states of
// the African Union", "top diplomats of the member-states of ASEAN"), or -1:
// the members acting together are the organisation, as the organisation's
// own communiqué would be.
func memberStatesOf(toks []text.Token, ms []mention, i int) int {
	k := ms[i].end
	word := func(w ...string) bool {
		for k < len(toks) && determiners[toks[k].Lower] {
			k++
		}
		if k < len(toks) && slices.Contains(w, toks[k].Lower) {
			k++
			return true
		}
		return false
	}
	if !word("of") || !word("member") {
		return -1
	}
	if k < len(toks) && toks[k].Lower == "-" {
		k++
	}
	if !word("states", "countries", "nations") || !word("of") {
		return -1
	}
	for k < len(toks) && determiners[toks[k].Lower] {
		k++
	}
	for j := range ms {
		if p := &ms[j]; p.start == k && p.kind == mFull && len(p.members) == 1 && p.members[0].country == "" && p.members[0].person == nil {
			return j
		}
	}
	return -1
}
