package coder

import "strings"

// An act ruled out after it is told: "lifting the sanctions on Burma is out of
// the question", "said releasing the activists was off the table". The act,
// a gerund that is the subject of its clause, is refused as "will not" refuses
// it ("will not lift the sanctions", 1244): cooperation ruled out is a
// refusal (12x), anything else ruled out did not happen. The words that rule
// it out come after it, so no frame before it (frames.go) can read them.

// ruledOutAfter reports whether the action at token t, a gerund opening its
// clause, is the subject of "is/was (still/currently) out of (the) question"
// or "off the table" within its clause.
func (s *sentence) ruledOutAfter(t int) bool {
	if !strings.HasSuffix(s.toks[t].Lower, "ing") {
		return false
	}
	if t > 0 && !s.boundary[t-1] && !(s.toks[t-1].Lower == "that" || reportVerbs[s.toks[t-1].Lower] || s.toks[t-1].Lower == ",") {
		return false // "a plan for lifting the sanctions": no subject of its clause
	}
	for k := t + 1; k < len(s.toks) && k < t+25; k++ {
		if s.boundary[k] || s.toks[k].Lower == ";" {
			return false
		}
		switch s.toks[k].Lower {
		case "is", "was", "are", "were", "remains", "remained":
		default:
			continue
		}
		j := k + 1
		for j < len(s.toks) && (s.toks[j].Lower == "still" || s.toks[j].Lower == "currently" || s.toks[j].Lower == "now" ||
			s.toks[j].Lower == "clearly" || s.toks[j].Lower == "simply") {
			j++
		}
		if isWord(s.toks, j, "out") && isWord(s.toks, j+1, "of") &&
			(isWord(s.toks, j+2, "question") || isWord(s.toks, j+2, "the") && isWord(s.toks, j+3, "question")) {
			return true
		}
		if isWord(s.toks, j, "off") && isWord(s.toks, j+1, "the") && isWord(s.toks, j+2, "table") {
			return true
		}
		return false // the clause's own verb says something else of the act
	}
	return false
}
