package coder

import "github.com/dyadhq/dyad/text"

// A relative clause inside an aside on the sentence's subject ("Kenyan
// police, the vanguard of a mission that Nairobi agreed to lead, landed in
// Haiti", "Rwandan troops, whom Kigali sent in March, arrived"): the comma
// that closes the aside hands the main verb back to the subject before it,
// not to the clause's own subject.

// asideWords open the relative clause an aside holds.
var asideWords = set(`that which who whom whose`)

// asideSubject returns the sentence's subject when token t is a past verb
// right after the comma that closes an aside set off after that subject,
// and the aside holds a relative clause; or -1.
func (s *sentence) asideSubject(t int) int {
	if t < 4 || t >= len(s.toks) || !isWord(s.toks, t-1, ",") || s.in[t] >= 0 || s.toks[t].Cap || !pastForm(&s.toks[t]) {
		return -1
	}
	rel := false
	for c := t - 2; c > 0; c-- {
		w := &s.toks[c]
		if w.Kind == text.Punct && w.Text != "," {
			return -1
		}
		if asideWords[w.Lower] && s.in[c] < 0 {
			rel = true
		}
		if w.Text != "," {
			continue
		}
		mi := s.in[c-1]
		if !rel || mi < 0 || s.ms[mi].end != c || !s.ms[mi].usable() || s.ms[mi].prep != "" || !s.leadsSentence(mi) {
			return -1
		}
		return mi
	}
	return -1
}

// leadsSentence reports whether mention mi opens its sentence, or a clause
// after ", and", past at most a few determiners, numbers and quantity words
// ("About 400 Kenyan police").
func (s *sentence) leadsSentence(mi int) bool {
	start := s.ms[mi].start
	from := 0
	for k := start - 1; k >= 1 && k >= start-3; k-- {
		if isWord(s.toks, k, "and") && isWord(s.toks, k-1, ",") {
			from = k + 1 // "..., and the rebels, which said ..., came under fire": a clause of its own
			break
		}
	}
	if start-from > 4 {
		return false
	}
	for k := from; k < start; k++ {
		w := &s.toks[k]
		if s.in[k] >= 0 || w.Kind == text.Punct || w.Cap && k > from || pastForm(w) {
			return false
		}
	}
	return true
}

// inAside reports whether token pos stands in the aside that asideSubject
// closes before the main verb at token t: "Kenyan police, the vanguard of
// a mission that Nairobi agreed to lead last year, landed on Tuesday"
// dates the agreement, not the landing, with "last year".
func (s *sentence) inAside(pos, t int) bool {
	if pos >= t {
		return false
	}
	mi := s.asideSubject(t)
	return mi >= 0 && s.ms[mi].end < pos
}

// ownerModifier returns the adjective actor that modifies the noun at token
// n, the antecedent of a relative pronoun right after it: "a Liberia-flagged
// freighter that was struck", "a Chinese vessel that rammed". The clause
// tells of the noun, and the noun is the adjective's. -1 when a word other
// than a hyphen or a lower-case modifier stands between, or none is.
func (s *sentence) ownerModifier(n int) int {
	for k := n - 1; k >= 0 && k >= n-4; k-- {
		w := &s.toks[k]
		if mi := s.in[k]; mi >= 0 {
			m := &s.ms[mi]
			if m.end != k+1 || m.kind != mWeak || m.prep != "" || m.poss || len(m.members) != 1 {
				return -1
			}
			return mi
		}
		if w.Text == "-" || w.Kind == text.Word && !w.Cap && !prepositions[w.Lower] && !determiners[w.Lower] && !clauseWords[w.Lower] {
			continue
		}
		return -1
	}
	return -1
}

// asideEnds marks the comma that closes an aside asideSubject reads as the
// end of a relative clause before the main verb (as relativeSubjects
// does): no pattern of the clause runs on into the main verb's words ("the
// rebels, which said they had seized the airport, came under air strikes
// from ...").
func (s *sentence) asideEnds() {
	for t := 4; t < len(s.toks); t++ {
		if isWord(s.toks, t-1, ",") && s.asideSubject(t) >= 0 {
			s.mainAt = append(s.mainAt, t-1)
		}
	}
}
