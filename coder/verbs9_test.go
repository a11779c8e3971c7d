package coder

import "testing"

// TestVerbs9Attributes: events the verbs9 phrasings give keep the
// attributes of their words: the amount a phrasal verb of arrest or a
// deployment counts, and the place a shuttered embassy is in
// (lexicon/data/verbs.txt, lines marked verbs9).
func TestVerbs9Attributes(t *testing.T) {
	checkAttr(t, []attrCase{
		{"hauled off", "Cuban police hauled off 40 protesters in Havana on Sunday.", "CUBCOP CUBOPP 173", "40 protesters"},
		{"deployment announced", "Kenya announced the deployment of 400 police officers to Haiti on Tuesday.", "KEN HTI 0334", "400 police officers"},
	}, amount)
	checkAttr(t, []attrCase{
		{"carted off", "Riot police carted off several students in Belgrade on Monday.", "SRBCOP SRBEDU 173", "Belgrade"},
	}, placeName)
}
