package coder

// Joint acts at one side's home (POLICY §4): two states' leaders or
// officials who act together in person in one of their countries ("Biden
// and Trong agreed in Hanoi to upgrade ties", "signed a pact in Ankara",
// "held talks in Delhi") meet there, and the meeting is the other's visit,
// which the first hosts, as "met in Delhi" is (meetingsAtHome). An act
// together is one the sentence codes both ways; a call is no meeting in
// person, and a visit or a meeting at a third place says already where each
// side was.

// jointInPerson reports whether p, of ps, is an act two sides did together
// in one place: a meeting (040), or an agreement, a consultation, a
// cooperation or an accord (03, 04, 05, 06) coded both ways.
func jointInPerson(ps []proto, p proto) bool {
	if p.code == "040" {
		return true
	}
	switch r := p.code.Root(); {
	case r < "03" || r > "06":
		return false
	case p.code == "041" || p.code == "042" || p.code == "043" || p.code == "044":
		return false // a call, a visit or a meeting elsewhere
	}
	return mutual(ps, p)
}

// jointPlace reports whether the place at token at is where joint act p was
// done, not what it is about: a meeting's anywhere in its clause; an
// intention's between the verb that tells it and what it intends ("agreed in
// Hanoi to elevate ties", not "committed to end fighting in eastern Congo");
// another act's a few words after its own words and its parties ("signed a
// pact on Friday in Ankara", "held talks with Lukashenko in Minsk").
func jointPlace(p proto, at int) bool {
	switch {
	case at < 0 || p.code == "040":
		return true
	case p.code.Root() == "03":
		return p.frame >= 0 && at < p.words[0]
	}
	return at <= max(p.words[len(p.words)-1], p.tgt.end-1, p.src.end-1)+jointReach
}

// jointReach is how many words after a joint act's last word, or its
// parties', its place may stand ("signed a peace agreement on Friday at").
const jointReach = 4
