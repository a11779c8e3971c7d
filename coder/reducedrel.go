package coder

import "strings"

// reducedDoer returns the mention that does the gerund at token t when the
// gerund follows a participle that describes that mention: "three
// activists detained while investigating a Chinese company" investigate,
// not whoever detained them; "soldiers wounded after crossing the border"
// crossed it. A speaker's "said before meeting" is the speaker's clause,
// left to subject. Else -1.
func (s *sentence) reducedDoer(t int) int {
	if t < 3 || t >= len(s.toks) || !strings.HasSuffix(s.toks[t].Lower, "ing") || !gerundOpeners[s.toks[t-1].Lower] {
		return -1
	}
	p := t - 2
	if !pastForm(&s.toks[p]) || s.toks[p].Cap || reportVerbs[s.toks[p].Lower] {
		return -1
	}
	mi := s.in[p-1]
	if mi < 0 || s.ms[mi].end != p || !s.ms[mi].usable() {
		return -1
	}
	return mi
}
