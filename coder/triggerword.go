package coder

import (
	"strings"

	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// plainModifier reports whether token k, a word some pattern or frame is
// indexed under, is here only a modifier of the noun after it: no trigger
// matches at k (triggerWord), and the noun after it is a place noun ("a
// small village", "the main square"), a noun with "of" after it ("the main
// hospital of Gaza") or a proper name of an actor ("a small Russian
// convoy"). A common noun of an actor after it ("the main opposition
// candidates", "a small passenger plane") is left as it was: which noun
// heads that phrase the words alone do not say.
func (s *sentence) plainModifier(k int) bool {
	if k+1 >= len(s.toks) || s.toks[k].Cap {
		return false
	}
	n := &s.toks[k+1]
	if n.Cap && s.in[k+1] < 0 || !n.Cap && (s.in[k+1] >= 0 || !isPlaceNoun(n) && !(k+2 < len(s.toks) && s.toks[k+2].Lower == "of")) {
		return false
	}
	return !s.triggerWord(k) // the dearest test last
}

// triggerWord reports whether token k may start an action pattern or a
// frame here: a pattern whose trigger is the word itself, or a class
// phrase that begins with it and is spelled out in full at k. A word that
// only begins a longer class phrase ("small" of "small arms", "main" of
// "main battle tank") is a plain modifier where the rest of the phrase is
// not there: "shelled a small village", "attacked the main square".
func (s *sentence) triggerWord(k int) bool {
	return s.triggersIn(s.facts[k].patterns, k) || s.triggersIn(s.facts[k].frames, k)
}

// triggersIn reports whether one of ps, indexed under token k's lemma, has
// a trigger that matches at k.
func (s *sentence) triggersIn(ps []*lexicon.Pattern, k int) bool {
	t := &s.toks[k]
	for _, p := range ps {
		e := &p.Elems[0]
		if e.Kind != lexicon.EClass {
			if s.nextFits(p, k) {
				return true
			}
			continue
		}
		for _, ph := range e.ClassAt(t.Lemma) {
			if (len(ph) == 1 || s.phraseAt(k, ph) > 0) && !(e.Nouns && len(ph) == 1 && s.verbFormIn(k, ph)) {
				return true
			}
		}
		if t.Lower != t.Lemma {
			for _, ph := range e.ClassAt(t.Lower) {
				if len(ph) == 1 || s.phraseAt(k, ph) > 0 {
					return true
				}
			}
		}
	}
	return false
}

// plainNoun reports whether token k is a lower-case word of no actor: a
// common noun or its modifier in "the (main) square of".
func (s *sentence) plainNoun(k int) bool {
	return s.toks[k].Kind == text.Word && !s.toks[k].Cap && s.in[k] < 0
}

// indexedModifier reports whether token k is a word a pattern or frame is
// indexed under that is here only a modifier (plainModifier): "main" of
// "the main square of Kherson", which the target slot passes over as it
// passes "the square of Kherson".
func (s *sentence) indexedModifier(k int) bool {
	return (len(s.facts[k].patterns) > 0 || len(s.facts[k].frames) > 0) && s.plainModifier(k)
}

// nextFits reports whether the word after token k may be the second word of
// pattern p, whose trigger is one word at k: "ethnic" starts "ethnic cleanse"
// only before "cleansing", and is a plain modifier in "hundreds of ethnic
// Masalit". A pattern whose second element is no word fits anything.
func (s *sentence) nextFits(p *lexicon.Pattern, k int) bool {
	if len(p.Elems) < 2 || p.Elems[1].Kind != lexicon.EWords || p.Elems[1].Optional || k+1 >= len(s.toks) {
		return true
	}
	for _, w := range p.Elems[0].Words {
		if strings.Contains(w, " ") {
			return true
		}
	}
	n := &s.toks[k+1]
	for _, w := range p.Elems[1].Words {
		w, _, _ = strings.Cut(w, " ")
		if w == n.Lemma || w == n.Lower {
			return true
		}
	}
	return false
}
