package coder

import "strings"

// meansAfter reports whether "by" and a gerund follow within a few words of
// token end in its clause: "retaliated within hours by ordering six
// diplomats to leave". The gerund tells what the verb before it did, an act
// of its own, so a verb that codes no event of its own ("retaliated" with no
// one named) leaves the gerund no complement of it.
func (s *sentence) meansAfter(end int) bool {
	for k := end; k < len(s.toks)-1 && k <= end+4; k++ {
		if s.boundary[k] || s.toks[k].Lower == "," || s.in[k] >= 0 {
			return false
		}
		if s.toks[k].Lower == "by" {
			return strings.HasSuffix(s.toks[k+1].Lower, "ing")
		}
	}
	return false
}
