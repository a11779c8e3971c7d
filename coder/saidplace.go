package coder

import "github.com/dyadhq/dyad/text"

// whereempty8: the place of a pronoun's antecedent.
//
// "Lagos police said they arrested 40 people", "police in Karachi said
// they had detained 12 suspects": the source is the pronoun, and its own
// words name no place, but the body it stands for is named with its town;
// the act is that body's, there, as "Lagos police arrested 40 people" is
// (sourcePlace). Only a pronoun of one word stands for an earlier mention
// of the same actor.

// antecedentPlace returns the place that the words of an earlier mention
// of the pronoun src's actor put it in, or nil.
func antecedentPlace(s *sentence, sites []site, src member) *site {
	if src.start < 0 || src.end != src.start+1 || src.start >= len(s.toks) {
		return nil
	}
	if possessive, ok := pronouns[s.toks[src.start].Lower]; !ok || possessive {
		return nil
	}
	for i := range s.ms {
		m := &s.ms[i]
		if m.end > src.start || m.kind == mPronoun {
			continue
		}
		for _, mb := range m.members {
			if mb.code == src.code && mb.start >= 0 && mb.end > mb.start {
				if st := sourcePlace(s, sites, mb); st != nil {
					return st
				}
			}
		}
	}
	return nil
}

// whereempty8: the place a source's words refer back to.
//
// "Ukrainian drones attacked the Belgorod region, and the region's governor
// declared a state of emergency": a source named as an office of "the
// region", "the province" or "the city" the sentence named before is that
// place's, and acts there, as "police in Kathmandu" do (sourcePlace).

// referredSource returns the place referred back to by "the <noun>'s" in
// the words of the source src or right before them ("the region's
// governor"), or nil.
func referredSource(s *sentence, sites []site, src member) *site {
	for k := range sites {
		st := &sites[k]
		if src.start < 0 || st.end >= src.end || st.start < src.start && !describesNext(s.toks, st.end+1, src.start) || st.within ||
			!isWord(s.toks, st.start, "the") || !isWord(s.toks, st.end, "'s") {
			continue
		}
		return st
	}
	return nil
}

// describesNext reports whether the tokens [i, j) are at most two plain
// lower-case words: "acting" of "the region's acting governor".
func describesNext(toks []text.Token, i, j int) bool {
	if j < i || j > i+2 {
		return false
	}
	for k := i; k < j; k++ {
		if !plainWord(&toks[k]) {
			return false
		}
	}
	return true
}
