package coder

import "strings"

// "Armed" before a noun is mostly the adjective: "armed gangs tightened
// their grip", "Kenya said armed bandits killed 12 herders" name who is
// armed, not who armed them. The verb has its giver right before it, or an
// auxiliary: "Iran armed Houthi rebels", "Russia has armed separatists",
// "Washington secretly armed the militia".

// armedAdjective reports whether the "armed" at token t modifies the noun
// after it: no actor, no auxiliary and no "and" joining it to a verb before
// stand before it, past its adverbs.
func (s *sentence) armedAdjective(t int) bool {
	if s.toks[t].Lower != "armed" || t+1 >= len(s.toks) || s.toks[t+1].Lower == "with" {
		return false
	}
	k := t - 1
	for k >= 0 && strings.HasSuffix(s.toks[k].Lower, "ly") && s.in[k] < 0 {
		k-- // "secretly", "reportedly"
	}
	if k < 0 {
		return true // "Armed men stormed ..."
	}
	w := s.toks[k].Lower
	return s.in[k] < 0 && !auxWords[w] && w != "and" && w != "or" // "sent drones and armed Hezbollah"
}
