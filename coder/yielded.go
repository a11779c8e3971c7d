package coder

import "github.com/dyadhq/dyad/text"

// A side's yielding (0874: "troops surrendered", "forces were pulling out",
// "soldiers laid down their weapons") told beside its foe's capture of a
// place ("had taken full control of the town of Avdiivka", "captured
// Goma") happened at the place captured, when its own clause names none.

// captureVerbs take the place captured as their object: "captured Goma",
// "overran the town of Palmyra".
var captureVerbs = set(`capture seize overrun retake`)

// capturedSite returns the site the sentence says was captured or taken
// control of, or nil.
func (s *sentence) capturedSite(sites []site) *site {
	for k := range sites {
		st := &sites[k]
		if st.within || st.country || st.g.Kind == "country" || st.g.Country == "" {
			continue
		}
		if capturedAt(s.toks, st.start) {
			return st
		}
	}
	return nil
}

// capturedAt reports whether the place at token i is the object of a verb
// of capture or of "control of", with only determiners, compass words,
// capitalised adjectives and "town of" between: "captured the eastern
// Ukrainian town of Avdiivka", "taken full control of Laukkai".
func capturedAt(toks []text.Token, i int) bool {
	k := i - 1
	for ; k >= 0 && k >= i-6; k-- {
		w := toks[k].Lower
		if determiners[w] || regionWords[w] || toks[k].Cap && toks[k].Kind == text.Word {
			continue
		}
		if w == "of" && k >= 1 && isPlaceNoun(&toks[k-1]) {
			k-- // "the town of"
			continue
		}
		break
	}
	if k < 0 {
		return false
	}
	if toks[k].Lower == "of" {
		return k >= 1 && toks[k-1].Lower == "control"
	}
	return captureVerbs[toks[k].Lemma] && toks[k].Lower != toks[k].Lemma
}
