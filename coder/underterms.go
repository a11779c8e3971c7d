package coder

// A deal named after "under" is the terms an act is done by, not what the
// act leaves: "Eritrean troops withdrew from Tigray under the peace deal"
// retreat (0874), they quit no treaty (160, "&EXITV ... &TREATY"), and
// "Sudan suspended its exports under a new trade accord" cuts nothing of
// the accord.

// underTerms reports whether match m cuts relations (16x) through a treaty
// noun, its last word, whose phrase "under" opens.
func (s *sentence) underTerms(m match) bool {
	if m.p.Code.Root() != "16" || len(m.words) < 2 {
		return false
	}
	k := m.words[len(m.words)-1]
	if !treatyNouns[s.toks[k].Lower] {
		return false
	}
	for j := k - 1; j > m.trig && j >= k-6; j-- {
		w := s.toks[j].Lower
		if w == "under" {
			return true
		}
		if s.boundary[j] || w == "," || w == "and" || prepositions[w] {
			return false
		}
	}
	return false
}

// treatyNouns are the heads of a treaty's phrase.
var treatyNouns = set(`treaty treaties pact pacts accord accords agreement agreements deal deals arrangement arrangements memorandum protocol`)
