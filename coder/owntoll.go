package coder

// An act told by its own verb of harm with its count ("killed 12 civilians
// in Kherson on Monday, wounding 30 others") counts its dead: what the
// participle after it did ("wounding 30 others") is more of the same
// violence, not the count that "..., killing 11 people" gives an act that
// names no harm of its own ("struck Kharkiv, killing 11 people").

// killVerbs are the verbs of harm whose object is the count of an act.
var killVerbs = set(`kill wound injure`)

// ownToll reports whether the act whose words run from token a to token
// last is a verb of harm in the past with a count of its own right after it:
// "killed 12 civilians".
func ownToll(s *sentence, qs []qty, a, last int) bool {
	t := &s.toks[a]
	if !killVerbs[t.Lemma] || t.Lower == t.Lemma || t.Lower[len(t.Lower)-1] != 'd' {
		return false
	}
	for k := range qs {
		if q := &qs[k]; !q.distance && q.casualty == 0 && q.start > a && q.start <= a+4 {
			return true
		}
	}
	return false
}
