package coder

// A frame whose slot is the owner of its subject ("demanding that Prime
// Minister Netanyahu's government reach a deal") frames the verb after the
// owned noun: the demand is that the government reach a deal, not a deal
// of its own.

// possessedGap reports whether the words from fe up to the action's trigger t
// are "'s" and the words of a mention: "Netanyahu ['s government] reach".
func (s *sentence) possessedGap(fe, t int) bool {
	if fe >= t || s.toks[fe].Lower != "'s" || fe+1 >= t {
		return false
	}
	for k := fe + 1; k < t; k++ {
		if s.in[k] < 0 {
			return false
		}
	}
	return true
}
