package coder

// bind8: a crowd that a number names ("as thousands protested", "as
// thousands marched against a finance bill") in a clause with no place of
// its own is the people of the one country the sentence names, as a crowd
// of a noun of people is (participants.go, "crowd-no-country"): "Police
// fired tear gas in Tbilisi on Sunday as thousands protested" is GEOCVL →
// GEO 141 (doc/POLICY.md §5). A sentence that names two countries leaves
// the crowd unknown; the subject of another clause is never the crowd.

// crowdCountry returns a mention of the one country the sentence names,
// for the crowd whose protest is the act a, or -1.
func (s *sentence) crowdCountry(a match) int {
	if a.p.Code.Root() != "14" || !crowdWords[s.toks[a.trig].Lower] || s.festive(a.trig) {
		return -1
	}
	return s.oneCountryMention()
}
