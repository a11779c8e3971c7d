package coder

import (
	"slices"
	"strings"

	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/syntax"
)

// The coder reads the dependency parse of a sentence (package syntax) only
// where its shallow rules are unsure, and parses a sentence at most once:
// most sentences are coded without it, which keeps coding fast.

// parse returns the dependency parse of the sentence, parsing it on first
// use, or nil when no model is available.
func (s *sentence) parse() *syntax.Tree {
	if s.tree == nil {
		m, err := syntax.Default()
		if err != nil {
			return nil
		}
		tr := m.Parse(parseWords(s.toks))
		s.tree = &tr
	}
	return s.tree
}

// frameAcrossPP matches a frame at token t across a prepositional phrase
// that the parse attaches to the frame's verb ("pledged at Camp David to
// consult", "agreed in Geneva on Friday to resume"): the phrase is passed
// over as time phrases are. The phrase can only run from t+1 to the first
// "to", so the frame is matched across it first, and the sentence is
// parsed only when it matches, to check that the parse agrees.
func (s *sentence) frameAcrossPP(lx *lexicon.Lexicon, t int) (match, bool) {
	if t+1 >= len(s.toks) || !prepositions[s.toks[t+1].Lower] || s.toks[t+1].Lower == "to" {
		return match{}, false
	}
	fs := infinitiveFrames(s.facts[t].frames)
	if len(fs) == 0 {
		return match{}, false // "said on Tuesday that ...": no frame of this word takes an infinitive
	}
	// the first "to": within ten words, in the clause, with a word after it
	end := t + 2
	for end < len(s.toks) && end <= t+10 && !s.boundary[end] && s.toks[end].Lower != "to" {
		end++
	}
	if end+1 >= len(s.toks) || end > t+10 || s.boundary[end] {
		return match{}, false
	}
	best, found := s.frameAcross(fs, t, end)
	if !found {
		return match{}, false // no frame reads on past the phrase: the parse could not change that
	}
	tr := s.parse()
	if tr == nil || end+1 >= tr.Len() {
		return match{}, false
	}
	// the tokens from t+1 hang from t through obl or advmod
	for k := t + 1; k < end; k++ {
		h := k
		for tr.Heads[h] >= 0 && tr.Heads[h] != t && tr.Heads[h] > t {
			h = tr.Heads[h]
		}
		if tr.Heads[h] != t || !strings.HasPrefix(tr.Labels[h], "obl") && tr.Labels[h] != "advmod" {
			return match{}, false
		}
	}
	// then "to" and the infinitive it marks, a complement of t
	if v := end + 1; tr.Heads[end] != v || tr.Heads[v] != t || tr.Labels[v] != "xcomp" && tr.Labels[v] != "advcl" {
		return match{}, false
	}
	return best, true
}

// frameAcross returns the heaviest of the frames fs at token t that
// matches with the words from t+1 up to end passed over.
func (s *sentence) frameAcross(fs []*lexicon.Pattern, t, end int) (match, bool) {
	save := slices.Clone(s.time[t+1 : end])
	for k := t + 1; k < end; k++ {
		s.time[k] = true
	}
	var best match
	found := false
	for _, p := range fs {
		if m, ok := s.matchAt(p, t); ok && (!found || m.weight > best.weight) {
			best, found = m, true
		}
	}
	copy(s.time[t+1:end], save)
	return best, found
}

// under reports whether word w hangs, in the parse, from one of the words
// ws (or is one of them).
func under(tr *syntax.Tree, w int, ws []int) bool {
	for k, n := w, 0; k >= 0 && n < tr.Len(); k, n = tr.Heads[k], n+1 {
		if contains(ws, k) {
			return true
		}
	}
	return false
}

// withoutReporter returns mention mi without the members that the parse
// makes the subject of a reporting verb after it ("attack Chad, Nigerien
// officials said" names who reports, not a second target): mi itself
// when it has none, -1 when it is all reporter, else a new mention of the
// other members, appended to s.ms (s.at and s.in still name mi). Only a
// list is looked at.
func (s *sentence) withoutReporter(a match, mi int) int {
	m := &s.ms[mi]
	if len(m.members) < 2 {
		return mi // a single actor before "said" is left to objectAfter's own check
	}
	found := false
	for k := m.end; k < len(s.toks) && k <= m.end+3; k++ {
		found = found || reportVerbs[s.toks[k].Lower]
	}
	if !found {
		return mi
	}
	tr := s.parse()
	if tr == nil {
		return mi
	}
	var subj []int // the mention's words that are subjects of a reporting verb after it
	for k := m.start; k < m.end && k < tr.Len(); k++ {
		if h := tr.Heads[k]; h >= m.end && strings.HasPrefix(tr.Labels[k], "nsubj") && reportVerbs[s.toks[h].Lower] && !contains(a.words, h) {
			subj = append(subj, k)
		}
	}
	if len(subj) == 0 {
		return mi
	}
	reports := func(mb member) bool {
		for k := mb.start; k < mb.end && k < tr.Len(); k++ {
			if under(tr, k, subj) {
				return true
			}
		}
		return false
	}
	var keep []member
	for _, mb := range m.members {
		if !reports(mb) {
			keep = append(keep, mb)
		}
	}
	switch len(keep) {
	case len(m.members):
		return mi
	case 0:
		return -1
	}
	n := *m
	n.members = keep
	s.ms = append(s.ms, n)
	return len(s.ms) - 1
}

// otherVerb reports whether the parse hangs mention mi, which a pattern
// of action a took as its actor across a gap, from a verb that is not
// one of the pattern's words: "freed three women it had held hostage in
// Gaza, handing them to the Red Cross" hands them to the Red Cross; the
// release is of the women. It parses only when the gap before the
// mention holds a comma (a gap within a clause keeps to its phrase:
// "rejected an invitation to attend a meeting of the factions").
func (s *sentence) otherVerb(a match, mi int) bool {
	m := &s.ms[mi]
	if m.start <= a.trig || len(a.words) == 0 {
		return false
	}
	far := false
	for k := a.trig + 1; k < m.start && !far; k++ {
		if contains(a.words, k) {
			continue
		}
		// "from seven countries, among them Chile": the examples go on
		// with the phrase the pattern reached
		far = s.toks[k].Lower == "," && exampleWords(s.toks, k) == 0
	}
	if !far {
		return false
	}
	tr := s.parse()
	if tr == nil || m.start >= tr.Len() {
		return false
	}
	head := m.start // the mention's word whose head lies outside it
	for k := m.start; k < m.end && k < tr.Len(); k++ {
		if h := tr.Heads[k]; h < m.start || h >= m.end {
			head = k
			break
		}
	}
	for k, n := tr.Heads[head], 0; k >= 0 && n < tr.Len(); k, n = tr.Heads[k], n+1 {
		if contains(a.words, k) {
			return false
		}
		if tr.UPOS[k] == "VERB" && !s.hyphened(k) {
			return true // but "a Panama-flagged tanker" is a modifier's, not a verb's
		}
	}
	return false
}

// hyphened reports whether token k is joined by a hyphen to the word before
// it: "Panama-flagged", "Iranian-made".
func (s *sentence) hyphened(k int) bool {
	return k >= 2 && s.toks[k-1].Lower == "-" && s.toks[k-1].Start == s.toks[k-2].End && s.toks[k].Start == s.toks[k-1].End
}

// infinitiveFrames keeps the frames whose word is followed by "to", at
// once or past a gap: the only ones a phrase between the two can split.
func infinitiveFrames(fs []*lexicon.Pattern) []*lexicon.Pattern {
	var out []*lexicon.Pattern
	for _, p := range fs {
		for k := 1; k < len(p.Elems) && k <= 2; k++ {
			if e := p.Elems[k]; e.Kind == lexicon.EWords && slices.Contains(e.Words, "to") {
				out = append(out, p)
				break
			}
		}
	}
	return out
}
