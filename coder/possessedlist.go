package coder

import "github.com/dyadhq/dyad/text"

// noparties: a person's possessive and the role word it owns, listed with
// another role word: "President Nicolas Maduro's government and the
// opposition signed an agreement". Read alone, "government" is owned (a
// possessive stands before it) and takes no country, so the list that
// joinedTo builds for "Venezuela's government and the opposition" never
// forms, and "the opposition" takes the country of the venue instead. The
// possessed role is the person's: the person's mention takes its words in,
// and joinedTo then finds it right before the "and".

// possessorJoined returns, for role word ms[i] after "and" (or a comma) and
// its determiners, the person mention whose "'s" owns the role word that
// ends right before that glue, and that role word's mention; else -1, -1.
func possessorJoined(toks []text.Token, ms []mention, i int) (person, owned int) {
	j := ms[i].start - 1
	for j >= 0 && determiners[toks[j].Lower] {
		j--
	}
	if j < 2 || toks[j].Lower != "and" && toks[j].Lower != "," {
		return -1, -1
	}
	q := mentionEndingAt(ms, j)
	if q < 0 || ms[q].start < 0 || ms[q].kind != mAgent || len(ms[q].members) > 0 || ms[q].role == "" || !isWord(toks, ms[q].start-1, "'s") {
		return -1, -1
	}
	p := mentionEndingAt(ms, ms[q].start-1)
	if p < 0 || ms[p].start < 0 || ms[p].kind != mFull || len(ms[p].members) != 1 || ms[p].members[0].person == nil || ms[p].members[0].country == "" {
		return -1, -1
	}
	return p, q
}

// takeOwned makes person mention ms[p] take in the role word ms[q] its
// possessive owns ("Maduro's government"): one mention, no longer a
// possessive; the role word's own mention is dropped (implied drops every
// mention whose start is -1).
func takeOwned(ms []mention, p, q int) {
	ms[p].end, ms[p].members[0].end, ms[p].poss = ms[q].end, ms[q].end, false
	ms[q].members, ms[q].kind, ms[q].start = nil, mWeak, -1
}
