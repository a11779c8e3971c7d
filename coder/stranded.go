package coder

import "github.com/dyadhq/dyad/text"

// strandedObject reports whether token k is the "and" after a verb whose
// preposition lost its object to a second verb joined to it: "fired on and
// seized three Ukrainian vessels", "opened fire on and killed two
// soldiers", "shot at and wounded a policeman". The preposition's object is
// the second verb's, after it. Not "fired on Tuesday and seized" (the
// preposition has its object) nor "fired on and off" (no verb follows).
func (s *sentence) strandedObject(k int) bool {
	t := s.thenAfter(k) // lost9: "fired on and then seized three vessels" (vanish.go)
	if k < 2 || k+2+t >= len(s.toks) || !isWord(s.toks, k, "and") || !strandedPreps[s.toks[k-1].Lower] || !(t == 0 && s.joinedVerb(k+1) || t == 1 && !s.toks[k+2].Cap && pastForm(&s.toks[k+2])) {
		return false
	}
	if v := &s.toks[k-2]; !pastForm(v) && v.Lower != "fire" {
		return false
	}
	n := &s.toks[k+2+t] // lost9
	return (n.Kind == text.Word || n.Kind == text.Number) && n.Lower != "and" && n.Lower != "or" && !clauseWords[n.Lower] && !s.time[k+2+t]
}

// strandedPreps are the prepositions of the verbs of force that may lose
// their object to a second verb ("fired on and", "shot at and").
var strandedPreps = set(`on at upon`)
