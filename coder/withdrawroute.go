package coder

// A force that leaves a country and crosses into another on its way out
// withdraws; it invades nothing: "the last French soldiers left Mali,
// crossing into Niger" is France's withdrawal from Mali (166) and no
// occupation of Niger (192). Only the force that withdraws, in the same
// sentence, loses its crossing.

// withdrawCrossings drops the crossings (192 told by a verb of crossing)
// of a source that the sentence says withdrew (0874, 166) from another
// target.
func withdrawCrossings(s *sentence, ps []proto) []proto {
	withdrew := func(p proto) bool {
		for _, q := range ps {
			if (q.code == "0874" || q.code == "166") && sameSide(q.src, p.src) && (!q.hasTgt || !sameSide(q.tgt, p.tgt)) {
				return true
			}
		}
		return false
	}
	return without(ps, func(p proto) bool {
		return p.code == "192" && p.hasTgt && len(p.words) > 0 && crossWords[s.toks[p.words[0]].Lemma] && withdrew(p)
	})
}

// crossWords are the verbs of crossing a border.
var crossWords = set(`cross`)
