package coder

import "github.com/dyadhq/dyad/lexicon"

// The prefilter: a pattern is tried at a token only when the words after
// the token may hold every word the pattern needs there.

// mayMatch reports whether pattern p may match with its trigger at token
// t, without trying it: whether the sentence has, after t, a word of
// every element after the trigger that must match (Need) and a first word
// of every such class (NeedClass).
// Those elements match left to right from t, so their words can only come
// after it: the signature of the words after t (after) rejects the many
// patterns whose needed word the sentence has only before the trigger
// ("handed over to" in "... handed over to police, ... handed"), as well
// as those whose word it lacks.
func (s *sentence) mayMatch(p *lexicon.Pattern, t int) bool {
	rest := &s.after[min(t+1, len(s.toks))]
	return rest.Covers(&p.Sig) && s.hasNeeds(p, rest)
}

// hasNeeds makes the tests of mayMatch past the signature of p's words
// (Sig), which a caller that has tested p's Prefilter has made: rest is
// the signature of the words after the trigger.
func (s *sentence) hasNeeds(p *lexicon.Pattern, rest *lexicon.Sig) bool {
	for i, alts := range p.Need {
		if !rest.Meets(&p.NeedSig[i]) {
			return false
		}
		found := false
		for _, w := range alts {
			if s.sig.Has(lexicon.Bit(w)) && s.words[w] { // the bit first: most words are not there
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	for _, el := range p.NeedClass {
		if !el.MayStartIn(rest) || !s.hasClass(el) {
			return false
		}
	}
	return true
}

// hasClass reports whether the sentence has every word of one of the
// phrases of class element el, which it needs to match (classAt matches
// a phrase word by word); worked out once per sentence and class, so that
// the many patterns that need a class the sentence lacks are not tried.
func (s *sentence) hasClass(el *lexicon.Elem) bool {
	id := el.ClassID()
	if s.classes == nil {
		s.classes = make([]uint8, s.lx.NumClasses()+1)
	}
	if id <= 0 || id >= len(s.classes) {
		return true // not the sentence's lexicon's: no shortcut
	}
	if k := s.classes[id]; k != 0 {
		return k == 1
	}
	s.classes[id] = 2
	if el.AnyIn(&s.sig, s.words) {
		s.classes[id] = 1
	}
	return s.classes[id] == 1
}
