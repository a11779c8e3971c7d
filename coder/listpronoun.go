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
