package coder

import "github.com/dyadhq/dyad/text"

// The one a participle of appeal urges: "Sudanese activists wrote to Biden,
// urging him to send peacekeepers", "the minister phoned her counterpart,
// asking her to release the crew". The participle's own doer is the
// clause's subject, so its object pronoun is someone else (the subject
// would be "himself"): the latest person or people named before it, even
// as the object of a preposition ("wrote to Biden", "in a letter to the
// king"), which antecedent otherwise passes over.

// urgeParticiples are the participles of appeal and demand that take an
// object and an infinitive ("urging him to").
var urgeParticiples = set(`urging asking pressing imploring encouraging calling telling requesting inviting`)

// urgedObject returns the mention that the object pronoun at token i stands
// for when a participle of appeal governs it and "to" follows it; or nil.
func urgedObject(toks []text.Token, ms []mention, i int) *mention {
	if !objectPronouns[toks[i].Lower] || toks[i].Lower == "it" || i < 1 || !isWord(toks, i+1, "to") {
		return nil
	}
	p := i - 1
	if isWord(toks, p, "on") || isWord(toks, p, "upon") {
		p-- // "calling on him to"
	}
	if p < 0 || !urgeParticiples[toks[p].Lower] || toks[p].Lower == "calling" && p == i-1 {
		return nil
	}
	subj := openingSubject(toks, ms)
	var best *mention
	for k := range ms {
		m := &ms[k]
		if m.end > p || m == subj || !m.usable() || !people(m) {
			continue
		}
		if best == nil || m.start > best.start {
			best = m
		}
	}
	if best == nil || isPlural(toks, best) != (toks[i].Lower == "them") {
		return nil // "him" is no plural body, "them" no one person
	}
	return best
}
