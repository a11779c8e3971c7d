package coder

// An actor's backer, named after "backed by" ("Iraqi militias backed by
// Iran", "M23 rebels supported by Rwanda"), says who stands behind the
// actor, not who acts: the verb after the phrase, in a relative clause or
// the main one, is the backed actor's ("a drone attack by Iraqi militias
// backed by Iran that killed three American soldiers"). backedBy keeps the
// backing itself from reading as an act.

// backedActor returns the actor that mention mi backs, when mi follows a
// participle of backing and "by" right after that actor's mention, or -1.
func (s *sentence) backedActor(mi int) int {
	if mi < 0 {
		return -1
	}
	k := s.ms[mi].start
	if k < 3 || !isWord(s.toks, k-1, "by") || !backers[s.toks[k-2].Lower] {
		return -1
	}
	b := s.in[k-3]
	if b < 0 || b == mi || s.ms[b].end != k-2 || !s.ms[b].usable() {
		return -1
	}
	return b
}
