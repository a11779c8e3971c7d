package coder

import "github.com/dyadhq/dyad/lexicon"

// Exclusions in the dictionary (lexicon/exclude.go): "not" lines, phrases
// inside which a class's phrases, or any pattern's words, are no act ("war
// games", "a general strike", a body's name), and a pattern's negative
// elements ("!x"), words that may not stand next to one of its elements.

// notSpan is where a phrase of a "not" line lies in the sentence: tokens
// start to end, and the class it keeps out (0: every pattern's words).
type notSpan struct {
	start, end, class int
}

// findNots returns where the phrases of the lexicon's "not" lines lie in
// the sentence.
func (s *sentence) findNots() []notSpan {
	if !s.lx.HasNots() {
		return nil
	}
	var out []notSpan
	for i := range s.toks {
		t, b := &s.toks[i], s.bits[i].sig
		if s.lx.NotMayStart(b[0]) {
			out = s.notsFrom(out, i, s.lx.NotsAt(t.Lemma))
		}
		if t.Lower != t.Lemma && s.lx.NotMayStart(b[1]) {
			out = s.notsFrom(out, i, s.lx.NotsAt(t.Lower))
		}
	}
	return out
}

func (s *sentence) notsFrom(out []notSpan, i int, phs []lexicon.NotPhrase) []notSpan {
	for _, ph := range phs {
		if n := s.wordsAt(i, ph.Words); n > 0 {
			out = append(out, notSpan{i, i + n, ph.Class})
		}
	}
	return out
}

// wordsAt returns the length of phrase ph at token i (each word its lemma
// or its lower-case form), or 0.
func (s *sentence) wordsAt(i int, ph []string) int {
	if i+len(ph) > len(s.toks) {
		return 0
	}
	for k, w := range ph {
		if t := &s.toks[i+k]; t.Lemma != w && t.Lower != w {
			return 0
		}
	}
	return len(ph)
}

// excluded reports whether a phrase of a class element, tokens i to j,
// falls inside a phrase of a "not" line of its class without covering the
// whole of it: "strike" of "general strike" for &ATTACKN.
func (s *sentence) excluded(i, j, class int) bool {
	for _, sp := range s.notSpans {
		if sp.class != 0 && sp.class == class && sp.start < j && i < sp.end && !(i <= sp.start && sp.end <= j) {
			return true
		}
	}
	return false
}

// partOfNot reports whether the words of a match take part of a phrase of a
// "not" line for every pattern, not all of it: "protest" alone of "in
// protest", "war" of "war games"; a pattern that spells "in protest" or
// names "war game" whole takes it all.
func (s *sentence) partOfNot(words []int) bool {
	for _, sp := range s.notSpans {
		if sp.class != 0 {
			continue
		}
		n := 0
		for _, k := range words {
			if sp.start <= k && k < sp.end {
				n++
			}
		}
		if n > 0 && n < sp.end-sp.start {
			return true
		}
	}
	return false
}

// notAt reports whether a phrase of negative element el stands at token
// pos: ending there if el looks behind, beginning there if it looks ahead.
func (s *sentence) notAt(el *lexicon.Elem, pos int) bool {
	for _, ph := range el.Class {
		start := pos
		if el.Behind {
			start = pos - len(ph)
		}
		if start >= 0 && start < len(s.toks) && s.wordsAt(start, ph) > 0 {
			return true
		}
	}
	return false
}
