package coder

// An announcement of what a party has done is no pledge of the speaker:
// "Qatar's prime minister announced that Israel and Hamas had agreed to a
// ceasefire" tells the two sides' act (coded from its own words), not a
// truce Qatar declared, and "announced that his government had suspended
// talks with the EU" tells a suspension, not an intent to talk.

// othersDone reports whether token k is the "had", "has" or "have" right
// after an actor's mention that "that" opens, inside the gap of a pattern
// triggered at trig by a pledge word: the clause tells an act done.
func (s *sentence) othersDone(trig, k int) bool {
	if k < 2 || k <= trig+2 || trig < 0 || trig >= len(s.toks) || s.bits[trig].flags&fPledge == 0 {
		return false
	}
	if w := s.toks[k].Lower; w != "had" && w != "has" && w != "have" {
		return false
	}
	mi := s.in[k-1]
	if mi < 0 || s.ms[mi].end != k {
		return false
	}
	start := s.ms[mi].start
	return start > trig+1 && (isWord(s.toks, start-1, "that") || isWord(s.toks, start-2, "that") && isWord(s.toks, start-1, "the"))
}
