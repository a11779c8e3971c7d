package coder

// relativeObject returns the mention whose relative clause ("who",
// "which") runs up to the comma at token k, with no other comma between,
// when that mention is the object of a preposition, or -1: a verb joined
// by ", and" after "fired tear gas at opposition supporters who gathered in
// Dakar on Sunday to protest, and detained a former minister" is the
// firer's, the subject of the clause that holds the object, not the
// object's, which the relative clause is only about (coerce11).
func (s *sentence) relativeObject(k int) int {
	b := k - 1
	for b > 0 && !isWord(s.toks, b, "who") && !isWord(s.toks, b, "which") {
		if w := s.toks[b].Lower; w == "," || w == ";" || w == ":" || w == "and" || w == "said" {
			return -1
		}
		b--
	}
	if b < 1 {
		return -1
	}
	mi := s.in[b-1]
	if mi < 0 || s.ms[mi].end != b || s.ms[mi].prep == "" || !s.ms[mi].usable() {
		return -1
	}
	return mi
}
