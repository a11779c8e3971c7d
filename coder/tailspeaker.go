package coder

// tailSpeaker returns the mention that speaks in a sentence's closing
// report (", Egypt said", ", said Egypt's foreign ministry"), or -1. A
// demand told by "must" or "should" before it ("Israel must withdraw from
// Gaza, Egypt said") is that speaker's, as it is when the report opens
// the sentence ("Egypt said Israel must withdraw").
func (s *sentence) tailSpeaker() int {
	if s.tail < 0 {
		return -1
	}
	for k := s.tail + 1; k < len(s.toks); k++ {
		if mi := s.in[k]; mi >= 0 && s.ms[mi].usable() && s.ms[mi].prep == "" {
			return mi
		}
	}
	return -1
}
