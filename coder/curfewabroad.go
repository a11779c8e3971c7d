package coder

import "github.com/dyadhq/dyad"

// A curfew, a state of emergency, a ban or a restriction that a state
// imposes, threatens or eases (172x, 132x, 081x) with no target named is
// imposed on its own people where it holds it at home (addressee, POLICY §5);
// held in another country, the people it binds are that country's: "Israel
// lifted the curfew in Hebron" is ISR → PSECVL 0813, "Serbia eased
// emergency measures in Montenegro" SRB → MNECVL 0814. The place must be the
// event's own, not one the sentence only mentions.

// curfewAbroad gives an untargeted administrative sanction of a state's
// body, placed by the event in another country, that country's people as
// its target.
func (c *Coder) curfewAbroad(p proto, loc *dyad.Place) proto {
	if p.hasTgt || !adminSanction(p.code) || p.src.country == "" || loc == nil || loc.Role != "event" ||
		loc.Country == "" || loc.Country == p.src.country {
		return p
	}
	if r := role(p.src); r != "" && !stateBodies[r] {
		return p
	}
	name, _ := c.lx.Name(loc.Country)
	p.tgt = member{code: loc.Country + "CVL", country: loc.Country, name: name, start: -1, end: -1}
	p.hasTgt = true
	return p
}
