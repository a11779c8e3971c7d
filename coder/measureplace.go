package coder

import "github.com/dyadhq/dyad"

// A curfew or martial law takes its place from its own words, not from an
// act told after it: "Armenia declared martial law after accusing
// Azerbaijan of shelling villages in Nagorno-Karabakh" was declared at
// home, on Armenia's people (POLICY §5), not in the place of the shelling.

// placeOfLaterAct reports whether loc, the place of the curfew or martial
// law p, is named only after another action of the sentence that follows
// p's words: that action's place, not the measure's.
func (s *sentence) placeOfLaterAct(sites []site, p proto, loc *dyad.Place, starts []int) bool {
	if loc == nil || p.code != "1723" && p.code != "1724" || len(p.words) == 0 {
		return false
	}
	last := p.words[len(p.words)-1]
	for _, st := range sites {
		if st.g.Name != loc.Name || st.start < last {
			continue
		}
		for _, k := range starts {
			if k > last && k < st.start {
				return true
			}
		}
		return false
	}
	return false
}
