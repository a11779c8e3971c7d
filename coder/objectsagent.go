package coder

import "strings"

// objectsAgent reports whether the "by" after action a names who did
// something to its object rather than who did a: "the government banned
// all street protests called by the opposition" was no ban by the
// opposition, which called the protests. The action is a verb in the past
// and a past participle follows its words right away, a reduced relative
// on its object ("organised by", which the lemmatizer may leave as it is);
// a passive's agent comes after a form of "be" ("sanctions against Russia
// were adopted by the EU"). (actors7)
func (s *sentence) objectsAgent(a match) bool {
	if !s.pastVerb(a.trig) || a.end >= len(s.toks) || beForms[s.toks[a.end-1].Lower] {
		return false
	}
	t := &s.toks[a.end]
	return pastForm(t) || !t.Cap && strings.HasSuffix(t.Lower, "ed") && isWord(s.toks, a.end+1, "by")
}
