package coder

// The place of a deed someone is held for is the deed's, not the act's:
// "Police in Lagos arrested a man wanted for a kidnapping in Abuja" arrested
// him in Lagos, and "Authorities in Dhaka detained 12 activists accused of
// arson attacks in Chittagong" detained none in Chittagong. A phrase that a
// word of charging opens ("suspected of", "accused of", "wanted for",
// "charged with", "convicted over", "in connection with") after the act's
// own words tells what its target did, and where; the act is where another
// place of the sentence says, so the deed's place is left out only when
// another remains.

// chargeWords open the deed someone is held for, with the preposition
// after them: "suspected of", "wanted for", "charged with".
var chargeWords = map[[2]string]bool{
	{"suspected", "of"}: true, {"accused", "of"}: true, {"wanted", "for"}: true, {"wanted", "over"}: true,
	{"wanted", "in"}: true, {"charged", "with"}: true, {"charged", "over"}: true, {"charged", "in"}: true,
	{"convicted", "of"}: true, {"convicted", "over"}: true, {"blamed", "for"}: true, {"connection", "with"}: true,
}

// chargePlace reports whether the site st lies in a phrase of charging
// after the act whose words begin at token a.
func (s *sentence) chargePlace(st site, a int) bool {
	if st.start <= a+2 || !eventPreps[st.prep] {
		return false
	}
	for k := st.start - 1; k > a; k-- {
		t := &s.toks[k]
		if s.boundary[k] || t.Lower == "," || relativePronouns[t.Lower] {
			return false // the place is past the phrase: "..., officials in Dhaka said"
		}
		if k+1 < st.start && chargeWords[[2]string{t.Lower, s.toks[k+1].Lower}] {
			return true // after the act's first word: not "accused Azerbaijan of shelling villages near Jermuk"
		}
	}
	return false
}

// notChargePlaces returns sites without those of the deeds the act p's
// target is held for, when another place remains.
func (s *sentence) notChargePlaces(sites []site, p proto) []site {
	if len(p.words) == 0 || len(sites) < 2 {
		return sites
	}
	a := p.words[0]
	return sitesWithout(sites, func(st site) bool { return s.chargePlace(st, a) }, true)
}
