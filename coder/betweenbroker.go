package coder

// betweenEnd returns the token after the parties a deal noun names with
// "between" at token i ("a ceasefire between Armenia and Azerbaijan
// brokered by Russia"), so that the broker after them is read as the
// deal's, as it is right after the noun (mediated); else i. (coop6)
func (s *sentence) betweenEnd(i int) int {
	if !isWord(s.toks, i, "between") || i+1 >= len(s.toks) {
		return i
	}
	j := i + 1
	if isWord(s.toks, j, "the") {
		j++
	}
	for n := 0; n < 2 && j < len(s.toks); n++ {
		mi := s.at[j]
		if mi < 0 || !s.ms[mi].usable() {
			return i
		}
		j = s.ms[mi].end
		if !isWord(s.toks, j, "and") {
			break
		}
		j++
		if isWord(s.toks, j, "the") {
			j++
		}
	}
	return j
}
