package coder

// People who cross a border occupy nothing (fresh training set 32: "More
// than 100,000 people ... have crossed into Armenia"). CAMEO's 192 (occupy
// territory) is what a force does; a state's civilians or a people that
// cross into a country flee or migrate, which is no act of theirs towards
// it. Troops, fighters and their machines keep the incursion.

// fled drops the occupations (192) whose source is a people (CVL).
func fled(_ *sentence, ps []proto) []proto {
	out := ps[:0]
	for _, p := range ps {
		if p.code == "192" && role(p.src) == "CVL" {
			continue
		}
		out = append(out, p)
	}
	return out
}
