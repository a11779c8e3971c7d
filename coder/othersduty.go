package coder

// A pledge is the speaker's own: "Kenya announced that Uganda must release
// the prisoners" demands the release of Uganda (the DEMAND frame "announce
// ... $T must"), and a pledge pattern triggered at "announced" must not run
// on past "Uganda must" to read the release as Kenya's promise.

// pledgeTriggers are the words of the class PLEDGE (lexicon/data/verbs.txt)
// that also introduce what others are told to do.
var pledgeTriggers = set(`announce pledge promise vow commit declare`)

// othersDuty reports whether token k is "must" or "should" right after an
// actor's mention, inside the gap of a pattern triggered at trig by a pledge
// word: the clause is another party's obligation.
func (s *sentence) othersDuty(trig, k int) bool {
	if k < 1 || k <= trig+1 || trig < 0 || trig >= len(s.toks) || s.bits[trig].flags&fPledge == 0 {
		return false
	}
	if w := s.toks[k].Lower; w != "must" && w != "should" {
		return false
	}
	return s.in[k-1] >= 0
}
