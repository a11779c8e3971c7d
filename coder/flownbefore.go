package coder

import "github.com/dyadhq/dyad/text"

// flownBefore reports whether a verb of flying or airlifting governs the
// words that end at token e, within six words before it and past no clause
// or comma: "flew about 70 American embassy staff", "airlifted 300 citizens".
func flownBefore(s *sentence, e int) bool {
	for k := e; k >= 0 && k > e-7; k-- {
		t := &s.toks[k]
		if k < e && (t.Lemma == "fly" || t.Lemma == "airlift") && t.Lower != t.Lemma {
			return true
		}
		if t.Kind == text.Punct || s.boundary[k] {
			return false
		}
	}
	return false
}
