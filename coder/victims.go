package coder

import "github.com/dyadhq/dyad/text"

// The victims of a participle of harm: in "Hamas gunmen rampaged through
// Israeli communities, killing hundreds of people", "Ukrainian drones hit a
// Russian oil depot, wounding two workers", "Russian missiles struck a
// block of flats in Dnipro, killing 40 people" the people are those of
// what the clause before the participle struck (its object's country),
// not of the document's country or of the attacker.

// harmPast are verbs of force whose past is their base form.
var harmPast = set(`hit shot struck`)

// fromStruck is where such a role word's country comes from.
const fromStruck = "thing the clause before struck"

// harmParticiples open a clause of what the act before it did to people.
var harmParticiples = set(`killing wounding injuring leaving`)

// struckCountry returns the country of what the clause before a participle
// of harm struck, for the civilians at token i who are the participle's
// object ("..., killing 40 people"): the latest actor or place named after
// that clause's verb, before the participle's comma. It returns "" when
// token i is no such object or nothing was named there.
func struckCountry(toks []text.Token, ms []mention, i int) (country, name string) {
	comma := -1
	for k := i - 1; k >= 1 && k >= i-7; k-- {
		if harmParticiples[toks[k].Lower] && toks[k-1].Lower == "," {
			comma = k - 1
			break
		}
		if toks[k].Kind == text.Punct || clauseWords[toks[k].Lower] {
			return "", ""
		}
	}
	if comma < 0 {
		return "", ""
	}
	verb := -1 // the clause's past verb: what is named after it was struck
	for k := 0; k < comma; k++ {
		if toks[k].Kind == text.Word && !toks[k].Cap && (pastForm(&toks[k]) || harmPast[toks[k].Lower]) {
			verb = k
			break
		}
	}
	if verb < 0 {
		return "", ""
	}
	for k := len(ms) - 1; k >= 0; k-- {
		m := &ms[k]
		if m.end > comma || m.start <= verb || m.kind == mPronoun || len(m.members) != 1 || m.members[0].country == "" {
			continue
		}
		return m.members[0].country, m.members[0].name
	}
	return "", ""
}
