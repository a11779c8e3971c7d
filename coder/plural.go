package coder

import "github.com/dyadhq/dyad/text"

// Plural pronouns for people. "Police detained 30 students after some of
// them threw stones", "gunmen freed 20 hostages, most of them women": the
// pronoun is the latest plural phrase of people before it, even one a
// preposition governs ("fired tear gas at protesters and arrested dozens
// of them"), and a role word counts once it has its country, so they are
// resolved again after implied. An object "them" is never the subject of
// its own clause ("migrants who threw stones at them" are not "them", nor
// is "they" of "they arrested 20 of them"); "they" keeps to the subjects
// and objects of verbs ("Police fired tear gas at protesters and they
// arrested 20": the police), as antecedent has it.

// pluralAgain resolves again each "them" and "their" of ms to the latest
// plural phrase of people before it, now that the role words have their
// countries, and each "they" whose antecedent is a role word that only now
// has one ("Police fired tear gas and they arrested 20"); the pronouns no
// such phrase precedes keep what antecedent found.
func pluralAgain(toks []text.Token, ms []mention, bounds []bool) {
	for i := range ms {
		p := &ms[i]
		if p.kind != mPronoun || p.ship || p.end != p.start+1 || !pluralPronouns[toks[p.start].Lower] {
			continue
		}
		q := -1
		if toks[p.start].Lower == "they" {
			q = impliedBefore(toks, ms, p.start)
		} else {
			q = peopleBefore(toks, ms, p.start, bounds)
		}
		if q >= 0 {
			p.members = respan(ms[q].members, p.start, p.end)
		}
	}
}

// peopleBefore returns the latest plural phrase of people before the
// pronoun at token i that the pronoun may stand for, or -1.
func peopleBefore(toks []text.Token, ms []mention, i int, bounds []bool) int {
	subj := ""
	if toks[i].Lower == "them" {
		if s := clauseSubject(toks, ms, i, bounds); s >= 0 && len(ms[s].members) > 0 {
			subj = ms[s].members[0].code
		}
	}
	best := -1
	for k := range ms {
		m := &ms[k]
		if m.end > i || m.start == i || !m.usable() || m.kind == mPlace || len(m.members) != 1 || !isPlural(toks, m) || !peopleOnly(m) {
			continue
		}
		if subj != "" && m.members[0].code == subj {
			continue // "they arrested 20 of them", "migrants who threw stones at them"
		}
		if best < 0 || m.start > ms[best].start {
			best = k
		}
	}
	return best
}

// impliedBefore returns the role word given its country by implied that is
// the latest plural mention "they" at token i may stand for, as antecedent
// chooses them (not the object of a preposition), or -1 when the latest is
// another mention, which antecedent has already seen.
func impliedBefore(toks []text.Token, ms []mention, i int) int {
	best := -1
	for k := range ms {
		m := &ms[k]
		if m.end > i || m.start == i || !m.usable() || m.kind == mPlace || !isPlural(toks, m) ||
			prepBefore(toks, m.start) != "" && !subjectAfter(toks, m.start) {
			continue
		}
		if best < 0 || m.start > ms[best].start {
			best = k
		}
	}
	if best >= 0 && ms[best].kind != mImplied {
		return -1
	}
	return best
}

// peopleOnly reports whether every member of m is a sector of its country
// or a group, not a bare country or a person: "students", "Hamas
// fighters", not "Thailand and Cambodia". (A list of several is left to
// antecedent, which knows "the two countries".)
func peopleOnly(m *mention) bool {
	for _, mb := range m.members {
		if mb.person != nil || len(mb.code) <= 3 {
			return false
		}
	}
	return true
}

// relativeWords open a relative clause on the noun right before them.
var relativeWords = set(`who that which`)

// clauseSubject returns the mention that is the subject of the clause the
// word at i stands in, or -1: the mention that opens the clause (after a
// boundary, a comma or "and"), or the noun a relative clause's "who"
// follows.
func clauseSubject(toks []text.Token, ms []mention, i int, bounds []bool) int {
	k := i - 1
	for k >= 0 && !bounds[k] && !relativeWords[toks[k].Lower] && toks[k].Lower != "," && toks[k].Lower != "and" {
		k--
	}
	if k >= 0 && relativeWords[toks[k].Lower] {
		for j := range ms {
			if ms[j].end == k {
				return j // "migrants who were throwing stones at them"
			}
		}
	}
	start := k + 1
	for start < i && determiners[toks[start].Lower] {
		start++
	}
	for j := range ms {
		if ms[j].start == start && ms[j].end <= i {
			return j
		}
	}
	return -1
}
