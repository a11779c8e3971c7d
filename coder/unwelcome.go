package coder

import "github.com/dyadhq/dyad/lexicon"

// Diplomats told they are unwelcome: "Russia said the Estonian ambassador
// was persona non grata", "Washington's envoy is no longer welcome in
// Caracas". The words are a predicate of the diplomat, so no pattern, whose
// trigger comes first, can bind them: the state that says so (or that the
// diplomat is unwelcome in) expels the diplomat, CAMEO's 161 (the codebook
// sends expelled diplomats there).

// unwelcomePattern is the grammar rule's pattern, for explanations.
var unwelcomePattern = &lexicon.Pattern{Code: "161", Text: "$T be persona non grata | no longer welcome | not welcome"}

// unwelcomeAt returns the match of an unwelcome diplomat whose predicate
// starts at token t ("persona", or the "no" or "not" before "welcome"):
// a form of "be" before it, the clause's subject a diplomat, and a state
// that expels: the one after "in" ("no longer welcome in the United
// States"), else the one that reports it.
func (s *sentence) unwelcomeAt(t int) (match, bool) {
	n := 0
	switch {
	case isWord(s.toks, t, "persona") && isWord(s.toks, t+1, "non") && isWord(s.toks, t+2, "grata"):
		n = 3
	case isWord(s.toks, t, "no") && isWord(s.toks, t+1, "longer") && isWord(s.toks, t+2, "welcome"):
		n = 3
	case isWord(s.toks, t, "not") && isWord(s.toks, t+1, "welcome") && (t+2 >= len(s.toks) || s.toks[t+2].Lower == "in" || s.toks[t+2].Lower == "," || s.toks[t+2].Lower == "."):
		n = 2 // "is not welcome in Moscow"; not "did not welcome the move"
	default:
		return match{}, false
	}
	if t < 2 || s.toks[t-1].Lemma != "be" {
		return match{}, false
	}
	tgt, _ := s.subject(t-1, -1)
	if tgt < 0 || !s.envoyBefore(tgt, t-1) {
		return match{}, false
	}
	src := -1
	end := t + n
	if isWord(s.toks, end, "in") {
		if mi := s.at[end+1]; mi >= 0 && s.stateOf(mi) != "" {
			src = mi
		} else if mi := s.at[end+2]; mi >= 0 && determiners[s.toks[end+1].Lower] && s.stateOf(mi) != "" {
			src = mi // "in the United States"
		}
	}
	if src < 0 {
		src = s.reporter(t)
	}
	if src < 0 || src == tgt {
		return match{}, false
	}
	words := make([]int, 0, n+1)
	for k := t - 1; k < end; k++ {
		words = append(words, k)
	}
	return match{p: unwelcomePattern, trig: t, end: end, words: words, target: tgt, source: src, weight: 2 * n}, true
}

// envoyBefore reports whether a word for a diplomat stands from mention mi
// to the verb at token v: "South Africa's ambassador to Washington, Ebrahim
// Rasool, was".
func (s *sentence) envoyBefore(mi, v int) bool {
	for k := s.ms[mi].start; k < v; k++ {
		if envoyWords[s.toks[k].Lower] {
			return true
		}
	}
	return false
}

// envoyWords name a state's diplomats.
var envoyWords = set(`ambassador ambassadors envoy envoys diplomat diplomats consul consuls attache attaches charge chargé`)
