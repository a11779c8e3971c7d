package coder

import "strings"

// new13a: "... as thousands of protesters massed outside the building": a
// crowd counted ("thousands of", "hundreds of") that opens its clause, at
// the start of the sentence or after a conjunction (subjectOpeners), with a
// past-tense verb right after its noun, is that verb's subject, though the
// parse reads the verb as a participle on the noun and the crowd as a
// modifier of the noun before the conjunction. A crowd's verb of gathering
// needs no object, which activeParticiple asks for: "massed outside", not a
// passive participle.

// crowdOpensClause reports whether the crowd word at h ("thousands"), of the
// noun at head ("protesters"), opens its clause and the past-tense verb at
// v follows the noun.
func (s *sentence) crowdOpensClause(h, head, v int) bool {
	if v != head+1 || !strings.HasSuffix(s.toks[v].Lower, "ed") || !pastForm(&s.toks[v]) {
		return false
	}
	start := h
	for start > 0 && (determiners[s.toks[start-1].Lower] || isWord(s.toks, start-1, "of") && start > 1 && crowdWords[s.toks[start-2].Lower]) {
		if isWord(s.toks, start-1, "of") {
			start -= 2 // "tens of thousands of"
			continue
		}
		start--
	}
	return start > 0 && subjectOpeners[s.toks[start-1].Lower]
}
