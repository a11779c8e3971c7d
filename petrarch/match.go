package petrarch

import (
	"fmt"
	"strings"
)

// match is a pattern fitted to a verb: the mentions its markers took.
type match struct {
	p                  *pattern
	src, tgt, compound *mention
	skipped            map[*mention]bool
	leftmost           int // first token of the lower match
	targetBeforeVerb   bool
}

// code codes every verb of the sentence.
func (s *sentence) code() []Triple {
	var out []Triple
	seen := map[[3]string]bool{}
	emit := func(t Triple) {
		k := [3]string{t.Source, t.Target, t.Code}
		if t.Code == "" || t.Source == t.Target || seen[k] {
			return
		}
		seen[k] = true
		out = append(out, t)
	}
	for vi, v := range s.verbs {
		end := s.scopeEnd(v)
		m := s.bestMatch(v, end)
		var code, reverse, pat string
		var paired bool
		for _, f := range v.forms {
			if f.code != "" {
				code, reverse, paired = f.code, f.reverse, f.paired
				break
			}
		}
		if m.p != nil {
			code, reverse, paired = m.p.code, m.p.reverse, m.p.paired
			pat = fmt.Sprintf("%s:%d: - %s", m.p.file, m.p.line, m.p.text)
		}
		src, tgt := m.src, m.tgt
		if src == nil && m.compound == nil {
			left := v.start
			if m.targetBeforeVerb {
				left = m.leftmost
			}
			src = s.subject(vi, left)
			if by := s.byAgent(v, end); by != nil && m.tgt == nil && s.passive(v) {
				src, tgt = by, src
			}
		}
		v.src = src
		if m.compound != nil {
			src = m.compound
		}
		if tgt == nil && m.compound == nil {
			tgt = s.object(v, end, m, src)
		}
		if code == "" || s.complement(vi) {
			continue
		}
		v.coded = true
		verb := [2]int{s.toks[v.start].start, s.toks[v.end-1].end}
		if m.compound != nil && tgt == nil {
			for _, a := range m.compound.codes {
				for _, b := range m.compound.codes {
					if a != b {
						emit(Triple{Source: a, Target: b, Code: code, Verb: verb, Src: s.span(m.compound), Tgt: s.span(m.compound), Pattern: pat})
					}
				}
			}
			continue
		}
		srcCodes, tgtCodes := s.codesOf(src), s.codesOf(tgt)
		if tgt == nil && !s.hasNP(v.end, end) {
			tgtCodes = nil // nothing the verb acts on: no event even with a null target
		}
		if srcCodes == nil || tgtCodes == nil {
			continue
		}
		for _, a := range srcCodes {
			for _, b := range tgtCodes {
				emit(Triple{Source: a, Target: b, Code: code, Verb: verb, Src: s.span(src), Tgt: s.span(tgt), Pattern: pat})
				if paired && reverse != "" {
					emit(Triple{Source: b, Target: a, Code: reverse, Verb: verb, Src: s.span(tgt), Tgt: s.span(src), Pattern: pat})
				}
			}
		}
	}
	return out
}

// codesOf returns a mention's codes, the null code for no mention when the
// options allow it, or nil.
func (s *sentence) codesOf(m *mention) []string {
	if m != nil && len(m.codes) > 0 {
		return m.codes
	}
	if s.opt.RequireDyad {
		return nil
	}
	return []string{"---"}
}

func (s *sentence) span(m *mention) [2]int {
	if m == nil {
		return [2]int{}
	}
	return [2]int{s.toks[m.start].start, s.toks[m.end-1].end}
}

// scopeEnd is where the verb's phrase ends: ";", an adjunct clause, or a
// coordinated verb.
func (s *sentence) scopeEnd(v *verbAt) int {
	for i := v.end; i < len(s.toks); i++ {
		w := s.toks[i].w
		switch {
		case w == ";", w == ":", adjuncts[w]:
			return i
		case (conjunctions[w] || w == "BUT" || w == ",") && s.verbNear(i+1):
			return i
		}
	}
	return len(s.toks)
}

// verbNear reports whether a verb starts at i, after adverb-like words.
func (s *sentence) verbNear(i int) bool {
	for k := i; k < len(s.toks) && k < i+3; k++ {
		if s.isV[k] {
			return true
		}
		if s.inM != nil && s.inM[k] >= 0 || s.inIt[k] >= 0 {
			return false
		}
	}
	return false
}

// subject finds the source of verb vi: the first mention of its clause
// that is not the object of a preposition (else the nearest before left); a
// verb coordinated with an earlier one ("condemned ... and promised")
// shares its subject.
func (s *sentence) subject(vi, left int) *mention {
	v := s.verbs[vi]
	var nearest, first *mention
	for i := left - 1; i >= 0; i-- {
		w := s.toks[i].w
		if (conjunctions[w] || w == "BUT") && vi > 0 && nearest == nil && s.onlyAux(i+1, left) {
			return s.verbs[vi-1].src
		}
		if w == ";" || subordinators[w] && i < v.start {
			break
		}
		if k := s.inM[i]; k >= 0 {
			m := s.ms[k]
			if nearest == nil {
				nearest = m
			}
			if m.start == 0 || !prepositions[s.toks[m.start-1].w] {
				first = m
			}
			i = m.start
		}
	}
	if first != nil {
		return first
	}
	return nearest
}

// onlyAux reports whether [a, b) holds only auxiliaries and adverbs.
func (s *sentence) onlyAux(a, b int) bool {
	for i := a; i < b; i++ {
		w := s.toks[i].w
		if s.inM[i] >= 0 || s.isV[i] && i < b {
			return false
		}
		if !auxiliaries[w] && !strings.HasSuffix(w, "LY") && w != "ALSO" && w != "THEN" {
			return false
		}
	}
	return true
}

// passive reports whether the verb is a past participle after a form of "be".
func (s *sentence) passive(v *verbAt) bool {
	w := s.toks[v.i].w
	if !strings.HasSuffix(w, "ED") && !strings.HasSuffix(w, "EN") && !participles[w] {
		return false
	}
	for k := v.start - 1; k >= 0 && k >= v.start-3; k-- {
		t := s.toks[k].w
		if beForms[t] {
			return true
		}
		if !strings.HasSuffix(t, "LY") && t != "AND" {
			return false
		}
	}
	return false
}

// byAgent returns the mention after "by" in the verb's phrase.
func (s *sentence) byAgent(v *verbAt, end int) *mention {
	for i := v.end; i < end-1; i++ {
		if s.toks[i].w != "BY" {
			continue
		}
		for k := i + 1; k < end && k <= i+2; k++ {
			if m := s.inM[k]; m >= 0 {
				return s.ms[m]
			}
			if !determiners[s.toks[k].w] {
				break
			}
		}
		return nil
	}
	return nil
}

// object finds the target: the first mention after the verb in its phrase
// that the pattern did not pass over.
func (s *sentence) object(v *verbAt, end int, m match, src *mention) *mention {
	for i := v.end; i < end; i++ {
		k := s.inM[i]
		if s.toks[i].w == "," && i+1 < len(s.toks) {
			if n := s.toks[i+1].w; determiners[n] || pronouns[n] || conjunctions[n] || subordinators[n] || s.isV[i+1] {
				return nil // an apposition or another clause
			}
		}
		if k < 0 {
			continue
		}
		c := s.ms[k]
		if c == src || m.skipped[c] || c == m.src {
			i = c.end - 1
			continue
		}
		return c
	}
	return nil
}

// bestMatch fits the verb's patterns and keeps the heaviest that fits.
func (s *sentence) bestMatch(v *verbAt, end int) match {
	var best match
	bw := -1
	seen := map[*verbBlock]bool{}
	for _, f := range v.forms {
		if seen[f.block] {
			continue
		}
		seen[f.block] = true
		for _, p := range f.block.patterns {
			m, ok := s.fit(p, v, end)
			if ok && p.weight() > bw {
				best, bw = m, p.weight()
			}
		}
	}
	return best
}

// fit matches p's lower part leftwards from the verb and its upper part
// rightwards, up to end.
func (s *sentence) fit(p *pattern, v *verbAt, end int) (match, bool) {
	m := match{p: p, skipped: map[*mention]bool{}, leftmost: v.start}
	// lower: right to left
	pos := v.start // the elements must end before pos
	for k := len(p.pre) - 1; k >= 0; k-- {
		e := p.pre[k]
		at, ok := s.findLeft(e, pos, e.joined, &m)
		if !ok {
			return m, false
		}
		pos = at
		m.leftmost = at
	}
	// upper: left to right
	pos = v.end
	joined := p.verbJoined
	for _, e := range p.post {
		next, ok := s.findRight(e, pos, end, joined, &m)
		if !ok {
			return m, false
		}
		pos, joined = next, e.joined
	}
	return m, true
}

// findLeft finds element e ending right before pos (when adjacent) or
// anywhere before it; it returns the element's first token.
func (s *sentence) findLeft(e elem, pos int, adjacent bool, m *match) (int, bool) {
	for end := pos; end > 0; end-- {
		if start, ok := s.at(e, end, true, m); ok {
			if e.kind == eTarget {
				m.targetBeforeVerb = true
			}
			return start, true
		}
		if adjacent {
			break
		}
	}
	return 0, false
}

// findRight finds element e starting at pos (when adjacent) or after it,
// before end; it returns the token after the element.
func (s *sentence) findRight(e elem, pos, end int, adjacent bool, m *match) (int, bool) {
	for start := pos; start < end; start++ {
		if next, ok := s.at(e, start, false, m); ok && next <= end {
			return next, true
		}
		if adjacent {
			break
		}
	}
	return 0, false
}

// at tries element e at a position: with left, the element ends at i (token
// i-1 is its last); otherwise it starts at i. It returns the element's
// other end.
func (s *sentence) at(e elem, i int, left bool, m *match) (int, bool) {
	switch e.kind {
	case eWord:
		k := i
		if left {
			k = i - 1
		}
		if k < 0 || k >= len(s.toks) || s.toks[k].w != e.word {
			return 0, false
		}
		if left {
			return k, true
		}
		return k + 1, true
	case eSyn:
		for _, ph := range e.syn {
			a, b := i, i+len(ph)
			if left {
				a, b = i-len(ph), i
			}
			if a >= 0 && b <= len(s.toks) && equal(s.words(a, b), ph) {
				if left {
					return a, true
				}
				return b, true
			}
		}
		return 0, false
	default:
		k := i
		if left {
			k = i - 1
		}
		if k < 0 || k >= len(s.toks) {
			return 0, false
		}
		if s.inM[k] < 0 {
			if e.kind == eSkip {
				return s.plainNP(i, left)
			}
			return 0, false
		}
		c := s.ms[s.inM[k]]
		if left && c.end != i || !left && c.start != i {
			return 0, false
		}
		switch e.kind {
		case eTarget:
			m.tgt = c
		case eSource:
			m.src = c
		case eCompound:
			if len(c.codes) < 2 {
				return 0, false
			}
			if left {
				m.compound = c // members act on each other
			} else {
				m.tgt = c // "agrees with %": the compound is the target
			}
		case eSkip:
			m.skipped[c] = true
		}
		if left {
			return c.start, true
		}
		return c.end, true
	}
}

// complement reports whether verb vi heads an infinitive ("to stop", "to be
// allowed") that completes an earlier coded verb of its clause: its event is
// the earlier verb's.
func (s *sentence) complement(vi int) bool {
	v := s.verbs[vi]
	k := v.start - 1
	for k >= 0 && (isAdverb(s.toks[k].w) || beForms[s.toks[k].w]) {
		k--
	}
	if k < 0 || s.toks[k].w != "TO" {
		return false
	}
	for j := vi - 1; j >= 0; j-- {
		if s.verbs[j].coded {
			for t := s.verbs[j].end; t < v.start; t++ {
				if w := s.toks[t].w; w == ";" || adjuncts[w] || subordinators[w] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// plainNP passes over a noun phrase no dictionary codes: a run of up to
// four content words starting (or, with left, ending) at i.
func (s *sentence) plainNP(i int, left bool) (int, bool) {
	if !left {
		// "at the Gondor": a determiner opens the phrase a mention ends
		k := i
		for k < len(s.toks) && determiners[s.toks[k].w] {
			k++
		}
		if k < len(s.toks) && k > i && s.inM[k] >= 0 {
			return s.ms[s.inM[k]].end, true
		}
	}
	n := 0
	for n < 4 {
		k := i + n
		if left {
			k = i - 1 - n
		}
		if k < 0 || k >= len(s.toks) || !s.content(k) {
			break
		}
		n++
	}
	if n == 0 {
		return 0, false
	}
	if left {
		return i - n, true
	}
	return i + n, true
}

// content reports whether token k can be part of a noun phrase.
func (s *sentence) content(k int) bool {
	w := s.toks[k].w
	return !(s.isV[k] || s.inM[k] >= 0 || auxiliaries[w] || prepositions[w] || subordinators[w] || conjunctions[w] || isPunct(w) || pronouns[w])
}

// temporal words are adverbs of time, not noun phrases
var temporal = set("TODAY", "YESTERDAY", "TONIGHT", "TOMORROW", "NOW", "LATER", "EARLIER", "RECENTLY", "AGAIN")

// hasNP reports whether a noun phrase stands in [a, b).
func (s *sentence) hasNP(a, b int) bool {
	for i := a; i < b; i++ {
		w := s.toks[i].w
		if s.content(i) && !temporal[w] && !determiners[w] && !isAdverb(w) || s.inM[i] >= 0 {
			return true
		}
	}
	return false
}
