package coder

// saidAside reports whether src, the subject of the act at head, opens
// the report of a participle of saying after a comma: "Israel struck
// targets in Lebanon, saying Hezbollah had fired rockets at the Golan". The
// report is the speaker's account of another's act, told as "Israel said
// Hezbollah had fired rockets" would tell it: an event of its own, not a
// complement of the act before the comma.
func (s *sentence) saidAside(head int, src member) bool {
	k := src.start - 1
	if k < 2 || head <= src.start {
		return false
	}
	for j := src.end; j < head; j++ {
		if s.in[j] < 0 && !bindAux[s.toks[j].Lower] && !verbAdverbs[s.toks[j].Lower] {
			return false // "adding that it had accused Kigali of arming rebels": the arming is the accusation's
		}
	}
	if isWord(s.toks, k, "that") {
		k--
	}
	return sayingWords[s.toks[k].Lower] && isWord(s.toks, k-1, ",")
}

// sayingWords are the participles that report what a speaker says.
var sayingWords = set(`saying adding claiming insisting stating`)

// sayingSubject returns the actor right before the verb at t (past
// auxiliaries and adverbs) when it opens the report of a participle of
// saying ("..., saying Hezbollah had fired rockets"): the subject of the
// reported act, not the speaker's; or -1.
func (s *sentence) sayingSubject(t, not int) int {
	if t >= len(s.toks) {
		return -1
	}
	k := t - 1
	for k >= 0 && (bindAux[s.toks[k].Lower] || verbAdverbs[s.toks[k].Lower]) {
		k--
	}
	if k < 0 || k == t-1 && !pastForm(&s.toks[t]) {
		return -1 // "saying Hezbollah fired": a verb of the past; "saying Iran would" has its auxiliary
	}
	mi := s.in[k]
	if mi < 0 || mi == not || s.ms[mi].end != k+1 || !s.ms[mi].usable() || s.ms[mi].prep != "" {
		return -1
	}
	if s.saidAside(t, member{start: s.ms[mi].start, end: s.ms[mi].end}) {
		return mi
	}
	return -1
}
