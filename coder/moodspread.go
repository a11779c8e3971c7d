package coder

// Anger that is said to erupt, grow or spread ("as anger erupted over the
// government's decision", "as outrage grew over the killings") is a mood
// the writer reports, held by no one the sentence names: no disapproval
// (11x) of any actor's.

// moodNouns are the nouns of a public feeling.
var moodNouns = set(`anger outrage fury frustration resentment discontent`)

// spreadVerbs are the lemmas of what a mood does by itself.
var spreadVerbs = set(`erupt grow spread mount boil rise simmer flare deepen build swell`)

// spreadMood reports whether action a is triggered by a mood noun whose
// verb, right after it, says it spread by itself: "anger erupted over".
func (s *sentence) spreadMood(a match) bool {
	return moodNouns[s.toks[a.trig].Lower] && a.trig+1 < len(s.toks) && spreadVerbs[s.toks[a.trig+1].Lemma]
}
