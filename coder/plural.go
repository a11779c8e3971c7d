package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

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
func (c *Coder) pluralAgain(toks []text.Token, ms []mention, bounds []bool) {
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
			if mb, at := c.pluralAntecedent(toks, ms, p.start, bounds); at >= 0 && (q < 0 || at > ms[q].start) {
				p.members = respan([]member{mb}, p.start, p.end)
				continue
			}
		}
		if q >= 0 {
			p.members = respan(ms[q].members, p.start, p.end)
		}
	}
}

// describedNouns name people in the plural that no dictionary gives a role:
// "supporters of the former president", "Palestinian prisoners".
var describedNouns = set(`supporters followers loyalists backers prisoners fans youths voters tourists employees sailors
	volunteers`)

// pluralAntecedent returns, for the pronoun at token i, the latest plural
// noun of describedNouns before it that no mention covers, and the token
// where it stands (or -1), as civilians of the country its words give
// it: the actor after its "of" ("supporters of former President X"), the
// adjective right before it ("Palestinian prisoners"), else the one
// country the sentence names. Not, for "them", the subject of its clause.
func (c *Coder) pluralAntecedent(toks []text.Token, ms []mention, i int, bounds []bool) (member, int) {
	subj := -9 // "supporters waved their flags": a possessive may be its clause's subject
	if toks[i].Lower == "them" {
		subj = clauseStart(toks, ms, i, bounds)
	}
	for k := i - 1; k >= 0; k-- {
		if !describedNouns[toks[k].Lower] || toks[k].Cap || k == subj ||
			isWord(toks, k+1, "of") && subj > k && subj <= k+5 && subj+1 < len(toks) && relativeWords[toks[subj+1].Lower] {
			continue // "supporters (of the army) who threw stones at them"
		}
		covered := false
		for j := range ms {
			if ms[j].start <= k && k < ms[j].end {
				covered = true
			}
		}
		if covered {
			continue
		}
		country := ""
		for j := range ms {
			m := &ms[j]
			if len(m.members) != 1 || m.members[0].country == "" {
				continue
			}
			if isWord(toks, k+1, "of") && m.start > k+1 && m.start <= k+3 && m.kind != mPlace && m.kind != mPronoun {
				country = m.members[0].country // "supporters of former President X"
				break
			}
			if m.end == k && m.kind == mWeak {
				country = m.members[0].country // "Palestinian prisoners"
				break
			}
		}
		if country == "" {
			for j := range ms {
				if m := &ms[j]; m.kind != mPronoun && m.kind != mEvent {
					for _, mb := range m.members {
						if mb.country != "" && country != "" && mb.country != country {
							return member{}, -1
						}
						if mb.country != "" {
							country = mb.country
						}
					}
				}
			}
		}
		if country == "" {
			return member{}, -1
		}
		name, _ := c.lx.Name(country)
		return member{code: country + "CVL", country: country, name: name, start: k, end: k + 1}, k
	}
	return member{}, -1
}

// peopleBefore returns the latest plural phrase of people before the
// pronoun at token i that the pronoun may stand for, or -1.
func peopleBefore(toks []text.Token, ms []mention, i int, bounds []bool) int {
	subj := ""
	if v := demandedVerb(toks, i); v >= 0 {
		for k := range ms {
			if ms[k].end == v && len(ms[k].members) > 0 {
				subj = ms[k].members[0].code // "rulers demanded their withdrawal": not the rulers'
			}
		}
	}
	if toks[i].Lower == "them" {
		if s := clauseSubject(toks, ms, i, bounds); s >= 0 && len(ms[s].members) > 0 {
			subj = ms[s].members[0].code
		} else if cs := clauseStart(toks, ms, i, bounds); cs > 0 {
			for k := range ms {
				if ms[k].end == cs && possessedPeople(toks, ms, k) {
					subj = ms[k].members[0].code // "its leaders condemned them"
				}
			}
		}
	}
	best, at := -1, -1
	for k := range ms {
		m := &ms[k]
		if m.end < i && possessedPeople(toks, ms, k) && m.members[0].code != subj && m.start > at {
			best, at = k, m.start // "arrested 20 of its members, accusing them": the members, the organisation's
			continue
		}
		if m.end > i || m.start == i || !m.usable() || m.kind == mPlace || len(m.members) != 1 || !isPlural(toks, m) || !peopleOnly(m) {
			continue
		}
		if subj != "" && m.members[0].code == subj {
			continue // "they arrested 20 of them", "migrants who threw stones at them"
		}
		if best < 0 || m.start > at {
			best, at = k, m.start
		}
	}
	return best
}

// possessedPeople reports whether ms[k] is a possessive "its" or "their"
// that stands for one body, no bare country, before a plural noun of
// people with no country of its own ("its members", "its workers"): the
// people are the body's.
func possessedPeople(toks []text.Token, ms []mention, k int) bool {
	p := &ms[k]
	if p.kind != mPronoun || p.end != p.start+1 || len(p.members) != 1 || !peopleOnly(p) ||
		toks[p.start].Lower != "its" && toks[p.start].Lower != "their" || p.end >= len(toks) {
		return false
	}
	end := p.end + 1 // the noun right after, no mention's ...
	for j := range ms {
		if ms[j].start == p.end {
			if ms[j].kind != mAgent || len(ms[j].members) != 0 {
				return false // ... or a role word's with no country: "its leaders"
			}
			end = headEnd(toks, &ms[j])
		} else if ms[j].start < p.end+1 && ms[j].end > p.end {
			return false
		}
	}
	t := &toks[end-1]
	return t.Kind == text.Word && writtenLower(t) && !closedClass(t.Lower) && strings.HasSuffix(t.Lower, "s") && !strings.HasSuffix(t.Lower, "ss")
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
	k := clauseStart(toks, ms, i, bounds)
	for j := range ms {
		if ms[j].end <= i && (ms[j].start == k || ms[j].end == k+1 && relativeWords[toks[k+1].Lower]) {
			return j
		}
	}
	return -1
}

// clauseStart returns the token that opens the subject of the clause the
// word at i stands in: the first word after a boundary, a comma or "and"
// (past determiners), or the last word of the noun a relative clause's
// "who" follows ("migrants who were throwing stones at them"), or -1.
func clauseStart(toks []text.Token, ms []mention, i int, bounds []bool) int {
	k := i - 1
	for k >= 0 && !bounds[k] && !relativeWords[toks[k].Lower] && toks[k].Lower != "," && toks[k].Lower != "and" {
		k--
	}
	if k > 0 && relativeWords[toks[k].Lower] && toks[k-1].Kind == text.Word {
		return k - 1
	}
	start := k + 1
	for start < i && (determiners[toks[start].Lower] || quantifiers[toks[start].Lower] || toks[start].Kind == text.Number) {
		start++
	}
	return start
}
