package coder

import "github.com/dyadhq/dyad/text"

// A sentence's subject that an adjective of feeling or stance describes
// (fresh training set 33: "Protesters angry at the fall of Goma attacked
// the embassies ...", "protesters opposed to a bill allowing extraditions
// ... smashed their way into ..."). The adjective's phrase says why they
// act; an event noun in it ("the fall of", "the killing of") is no act of
// the clause, and a pattern that starts there must not run on into the main
// verb's words. As relativeSubjects does for a relative clause on the
// subject, stanceSubjects ends the phrase before the main verb.

// stanceWords describe a subject by what it feels about or stands for. The
// sentence's subject is read here; a later clause's subject, and phrases of
// a participle with "by", by reducedRelatives (reduced.go), which runs after
// and stops at the boundary this sets.
var stanceWords = set(`angry angered furious incensed enraged outraged upset unhappy frustrated opposed hostile loyal`)

// stanceSubjects marks the end of an adjective phrase of stance on the
// sentence's subject before the main verb: the first past verb after it
// that no auxiliary, determiner, preposition, "and" or number ties to what
// comes before.
func (s *sentence) stanceSubjects() {
	for k := 1; k+2 < len(s.toks); k++ {
		if !marked(&s.toks[k], cStance) || s.in[k-1] < 0 { // speed9: a word class (wordclass.go)
			continue
		}
		j := s.ms[s.in[k-1]].start - 1
		for j >= 0 && (determiners[s.toks[j].Lower] || quantifiers[s.toks[j].Lower] || s.toks[j].Lower == "of" || s.toks[j].Kind == text.Number) {
			j--
		}
		if j >= 0 {
			return // not the sentence's subject: "killed protesters angry at"
		}
		if j := s.verbAfterPhrase(k+2, len(s.toks)); j >= 0 {
			s.boundary[j-1] = true
			s.stance = [2]int{k, j}
		}
		return
	}
}

// inStance reports whether match m is triggered inside the phrase of an
// adjective of stance on the subject: "angry at the fall of Goma" tells
// what they are angry at, no act of theirs nor of anyone the clause names.
func (s *sentence) inStance(m match) bool {
	return s.stance[1] > 0 && m.trig > s.stance[0] && m.trig < s.stance[1]
}

// stanceSubject returns the subject an adjective phrase of stance describes
// when token t is the main verb after that phrase, or -1.
func (s *sentence) stanceSubject(t int) int {
	if s.stance[1] == 0 || t != s.stance[1] {
		return -1
	}
	return s.in[s.stance[0]-1]
}

// stanceEnd reports whether a pattern triggered at token trig, inside the
// phrase of stance, has reached its end at token k: its words stop there.
// A pattern of the subject itself ("protesters ... smashed") goes across.
func (s *sentence) stanceEnd(trig, k int) bool {
	return s.stance[1] > 0 && trig >= s.stance[0] && trig < s.stance[1] && k >= s.stance[1]-1
}
