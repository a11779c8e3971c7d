package coder

// joinedAfter reports whether a clause joined by ", and" stands between the
// report's time at token r and the time at token t after it: "the ministry
// said on Wednesday, and China demanded her release on Thursday" tells the
// demand as the writer's own, dated against the document, not as what the
// ministry said on Wednesday (timeAt).
func (s *sentence) joinedAfter(r, t int) bool {
	for k := r + 1; k+1 < t; k++ {
		if s.toks[k].Lower == "," && isWord(s.toks, k+1, "and") {
			return true
		}
	}
	return false
}
