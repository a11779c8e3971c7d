package coder

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
