// Checks bind makes on the mentions it weighs: how far a reference lowers
// confidence, and whether a pronoun or a role word stands for the act's own
// source.

package coder

func (s *sentence) refPenalty(mi int) float64 {
	if mi < 0 {
		return 0
	}
	switch s.ms[mi].kind {
	case mPronoun, mGroup, mEvent, mImplied:
		return 0.15
	case mWeak, mPlace:
		return 0.1
	case mFull:
		if guessed(&s.ms[mi]) {
			return 0.15 // "Congress" made Peru's by the context
		}
	}
	return 0
}

// firedWords and weaponWords make the phrase of a weapon and who fired it.
var (
	firedWords  = set(`fired launched dropped lobbed shot sent flown`)
	weaponWords = set(`missile rocket shell drone bomb projectile mortar grenade torpedo munition`)
)

// spelledPast reports whether an action other than acts[i] reads both the
// frame at token f and the word t that the frame would pass over: that word
// is then the verb the action's pattern spells out after the frame ("urged
// Egypt to release jailed activists" is an appeal for a release, 0253), not
// an adverb before acts[i] ("agreed to quickly sign").
func spelledPast(acts []match, i, f, t int) bool {
	for j, b := range acts {
		if j != i && contains(b.words, f) && contains(b.words, t) {
			return true
		}
	}
	return false
}

// selfPronoun reports whether mention p is a pronoun that names the very
// actors src names: "US and British warplanes struck their bases", "U.S.
// aircraft struck their positions" use no force on themselves, whatever the
// pronoun resolved to.
func (s *sentence) selfPronoun(p, src int) bool {
	if p < 0 || src < 0 || s.ms[p].kind != mPronoun || len(s.ms[src].members) == 0 || len(s.ms[p].members) != len(s.ms[src].members) {
		return false
	}
	for i, mb := range s.ms[p].members {
		if mb.code != s.ms[src].members[i].code {
			return false
		}
	}
	return true
}

// spelledRole reports whether mention mi is a role word that modifies a
// noun of action a's own words ("threatened an overwhelming military
// response"): in a threat, the threatener's own force, not whom it is
// against (but "condemned terrorist attacks" condemns the terrorists).
func (s *sentence) spelledRole(a match, mi int) bool {
	return mi >= 0 && (s.ms[mi].kind == mAgent || s.ms[mi].kind == mImplied) && s.ms[mi].start > a.trig && contains(a.words, s.ms[mi].end)
}
