package coder

// The accused of a charge is no doer of the act the sentence tells before
// the charge (doc/POLICY.md §1: what the text only charges is no event):
// "after a landmine wounded five Thai soldiers near the border, accusing
// Cambodia of laying fresh mines" tells a mine whose layer the words do not
// give, and Cambodia only as the accused.

// accusedNoDoer drops an event whose source is named only after the act,
// as the target of an accusation (112x) in the same sentence.
func accusedNoDoer(s *sentence, ps []proto) []proto {
	return without(ps, func(p proto) bool {
		if len(p.words) == 0 || p.src.start <= p.words[len(p.words)-1] || p.code.Root() == "11" {
			return false
		}
		for _, q := range ps {
			if q.code.Root() == "11" && q.hasTgt && q.tgt.start == p.src.start && q.tgt.code == p.src.code && len(q.words) > 0 && q.words[0] > p.words[0] && !drawVerbs[s.toks[q.words[0]].Lemma] /* bind8: a reaction drawn by the act is no charge (drawnfrom.go) */ {
				return true
			}
		}
		return false
	})
}
