package coder

// What a verbal act is about is not where it is done: "Speaking in
// Brussels, the NATO chief condemned Russian strikes on Kharkiv" condemned
// them in Brussels. A place in the phrase of an attack the act's words name
// after its verb ("strikes on Kharkiv", "the attack on a hospital in
// Gaza") is the attack's. As with the events an act answers (causeplace.go),
// only acts that answer from afar (roots 01 to 13 and 16) are so, and the
// attack's place is left out only when another place remains.

// topicPlace reports whether the site st stands in the phrase of an attack
// named after the act's first word a.
func (s *sentence) topicPlace(st site, a int) bool {
	if st.start <= a+2 || !eventPreps[st.prep] && st.prep != "against" {
		return false
	}
	for k := st.start - 2; k > a && k >= st.start-8; k-- {
		t := &s.toks[k]
		if s.boundary[k] || t.Lower == "," || clauseWords[t.Lower] {
			return false
		}
		if attackNoun(t.Lower) {
			return true
		}
	}
	return false
}

// attackNoun reports whether w names an attack: "strikes", "the shelling",
// "an air raid", "the killing".
func attackNoun(w string) bool {
	if w == "airstrike" || w == "airstrikes" || answeredNouns[w] {
		return true
	}
	for _, c := range eventNouns[w] {
		if c == "18" || c == "19" || c == "20" {
			return true
		}
	}
	return false
}

// notTopicPlaces returns sites without those of the attacks the verbal act
// p is about, when another place remains.
func (s *sentence) notTopicPlaces(sites []site, p proto) []site {
	if len(p.words) == 0 || len(sites) < 2 || !answersFrom(p) {
		return sites
	}
	a := p.words[0]
	return sitesWithout(sites, func(st site) bool { return s.topicPlace(st, a) }, true)
}
