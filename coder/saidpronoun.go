package coder

import "github.com/dyadhq/dyad/text"

// reportedSpeaker returns the actor whose report the subject pronoun at
// token i opens: "hours after Germany announced it would supply tanks" is
// Germany's promise, not that of the main clause's subject; "a day after
// Chile and Peru said they had" is the two's. The speaker is the mention
// right before the reporting verb (saidOwnAct), in any clause, after a
// preposition or not, and the pronoun must agree with it: "it" is one
// actor that is no person ("Biden said it was" is not Biden), "they" a
// plural one, "he" or "she" a person named ("days after Biden said he
// would impose sanctions" is Biden's threat). Else nil. (actors7)
func reportedSpeaker(toks []text.Token, ms []mention, i int) *mention {
	w := toks[i].Lower
	if w != "it" && w != "they" && !onePerson[w] {
		return nil
	}
	for k := range ms {
		m := &ms[k]
		if m.end > i || !m.usable() || m.kind == mPlace || m.kind == mPronoun || saidOwnAct(toks, m.end) != i {
			continue
		}
		if w == "they" && !isPlural(toks, m) || w == "it" && (isPlural(toks, m) || namesPerson(m)) || onePerson[w] && !namesPerson(m) {
			return nil
		}
		return m
	}
	return nil
}

// namesPerson reports whether one of m's members is a person by name.
func namesPerson(m *mention) bool {
	for _, mb := range m.members {
		if mb.person != nil {
			return true
		}
	}
	return false
}
