package coder

import "github.com/dyadhq/dyad/text"

// new13a: an act told as the purpose of an act that did not happen did not
// happen either: "Egypt did not open the Rafah crossing to let foreign
// nationals leave Gaza" lets no one leave. The negation stands before the
// verb whose object the purpose infinitive follows, in the same clause.

// negatedPurpose reports whether token t is the verb of an infinitive of
// purpose ("to let") after the object of a verb that "not" or "never"
// negates ("did not open the crossing to let"), with no clause boundary,
// comma or actor's verb between.
func (s *sentence) negatedPurpose(t int) bool {
	if t < 4 || !isWord(s.toks, t-1, "to") || s.toks[t].Kind != text.Word || s.toks[t].Cap {
		return false
	}
	for k := t - 2; k >= 0 && k >= t-9; k-- {
		w := s.toks[k].Lower
		if s.boundary[k] || w == "," || w == ";" || w == "and" || w == "but" || w == "to" {
			return false
		}
		if w == "not" || w == "n't" || w == "never" {
			// the negated verb and its object stand between: "did not
			// open the crossing to", not "not ... to" of one verb
			// ("did not agree to", "did not want to")
			return k+2 < t-1 && !s.toks[k+1].Cap && s.toks[k+1].Kind == text.Word && !isWord(s.toks, k+2, "to")
		}
	}
	return false
}
