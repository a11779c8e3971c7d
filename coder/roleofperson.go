package coder

import (
	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// A state's body named by its leader: "the government of President Nicolas
// Maduro", "the forces of Bashar al-Assad", "the administration of Joe
// Biden" are the leader's state's government or forces, as "Maduro's
// government" is. Only the bodies of a state (GOV, MIL): "the lawyer of
// Imran Khan" is no state's lawyer.

// roleOfPerson composes the role word at raws[r], followed by "of" at token
// of, with the person after it (and the person's title, if any): the
// person's country on the date and the role.
func (c *Coder) roleOfPerson(toks []text.Token, raws []raw, r, of int, role string, used []bool, date string) (mention, bool) {
	if role != "GOV" && role != "MIL" || !isWord(toks, of, "of") || r+1 >= len(raws) {
		return mention{}, false
	}
	x := raws[r]
	skip := of + 1
	if isWord(toks, skip, "the") {
		skip++
	}
	k := r + 1
	if raws[k].kind == rAgent && raws[k].start == skip && k+1 < len(raws) && raws[k+1].start == raws[k].end {
		skip, k = raws[k].end, k+1 // "of President Maduro": the title before the name
	}
	if raws[k].kind != rActor || raws[k].start != skip {
		return mention{}, false
	}
	a := pick(raws[k].acts)
	if a.Kind != lexicon.Person {
		return mention{}, false
	}
	p := memberOf(a, raws[k], date)
	if p.country == "" {
		return mention{}, false
	}
	for j := r + 1; j <= k; j++ {
		used[j] = true
	}
	return mention{start: x.start, end: raws[k].end, members: []member{{code: p.country + role, country: p.country,
		name: p.name, start: x.start, end: raws[k].end}}}, true
}
