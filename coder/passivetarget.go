package coder

import "github.com/dyadhq/dyad/syntax"

// The target of a passive is its subject: "The Philippine supply boat,
// which was carrying food to marines on the shoal, was rammed on Monday by
// a Chinese coast guard vessel" rams the boat, Philippine. When the
// shallow rules found the agent but no one acted on, the parse gives the
// passive verb's subject, across the clause or phrase between them; read
// only for a trigger that a form of "be" stands before, so most sentences
// are not parsed here (parsebind2).

// passiveAux reports whether a form of "be" stands within the three words
// before token t.
func (s *sentence) passiveAux(t int) bool {
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		switch s.toks[k].Lower {
		case "was", "were", "been", "being", "is", "are", "be":
			return true
		}
	}
	return false
}

// parsedObject returns the mention the parse makes the passive subject of
// the trigger t, or -1; never not.
func (s *sentence) parsedObject(t, not int) int {
	if !s.passiveAux(t) {
		return -1
	}
	tr := s.parse()
	if tr == nil || t >= tr.Len() || !s.passiveVerb(tr, t) {
		return -1
	}
	return s.passiveSubject(tr, t, not)
}

// passiveSubject returns the mention under verb v's passive subject, but
// not a role word whose country only the context gives.
func (s *sentence) passiveSubject(tr *syntax.Tree, v, not int) int {
	for _, k := range tr.Children(v) {
		if tr.Labels[k] != "nsubj:pass" {
			continue
		}
		if mi := s.mentionUnder(tr, k, not); mi >= 0 && s.ms[mi].kind != mImplied {
			return mi
		}
		return -1
	}
	return -1
}
