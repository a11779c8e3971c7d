package coder

import "github.com/dyadhq/dyad/text"

// singleAfterList returns the state a singular "it" stands for when the
// latest subject before it is a list of several ("Saudi Arabia, Egypt and
// Bahrain cut ties with Qatar, accusing it of backing terrorism"; "Britain
// and France imposed sanctions on Russia and urged it to withdraw"): a list
// is "they", so "it" is the one actor named after the list, even as the
// object of a preposition, and not a place. Nil when there is none. The
// list's members are still mentions of their own here: list is its last.
func singleAfterList(toks []text.Token, ms []mention, list *mention, i int) *mention {
	var one *mention
	for k := range ms {
		m := &ms[k]
		if m.start >= list.end && m.end <= i && m.usable() && m.kind != mPlace && len(m.members) == 1 && !isPlural(toks, m) {
			one = m
		}
	}
	return one
}

// endsList reports whether mention m is the last member of a list joined by
// "and" ("Egypt and Bahrain", "Britain, France and Germany").
func endsList(toks []text.Token, ms []mention, m *mention) bool {
	for k := range ms {
		if p := &ms[k]; p.end < m.start && p.usable() && p.kind != mPlace && joins(toks, p.end, m.start) && hasConj(toks, p.end, m.start) {
			return true
		}
	}
	return false
}

// listMembers returns the members of the list whose last member is the
// mention last ("Italy and Spain", "Britain, France and Germany"), in the
// list's order: the mentions before it joined to it by commas and "and".
func listMembers(toks []text.Token, ms []mention, last *mention) []member {
	chain := []*mention{last}
	for cur := last; ; {
		var prev *mention
		for k := range ms {
			if p := &ms[k]; p.end < cur.start && p.usable() && p.kind != mPlace && joins(toks, p.end, cur.start) {
				prev = p
			}
		}
		if prev == nil {
			break
		}
		chain, cur = append(chain, prev), prev
	}
	var out []member
	for k := len(chain) - 1; k >= 0; k-- {
		out = append(out, chain[k].members...)
	}
	return out
}

// saidBy reports whether the pronoun at token i opens what mention m says:
// m is followed by a verb of saying, then at most a time phrase and
// "that", then the pronoun ("Italy and Spain said on Tuesday that they",
// "Britain, France and Germany announced they were cancelling").
func saidBy(toks []text.Token, m *mention, i int) bool {
	k := m.end
	if k >= i || !reportVerbs[toks[k].Lower] && !announceVerbs[toks[k].Lemma] {
		return false
	}
	return i-k <= 5 && !hasPunct(toks[k:i], ",")
}

// announceVerbs tell what their subject will do or has done, as "said"
// does: what follows them is the list's own word.
var announceVerbs = set(`announce declare confirm warn insist vow pledge`)
