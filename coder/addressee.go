package coder

import "github.com/dyadhq/dyad"

// addressee gives a demonstration that names no target its own country, as
// the policy codes it (doc/POLICY.md, section 5): "Tens of thousands of
// people rallied in Belgrade" is SRBCVL → SRB 141, a people protesting to
// its state, as the PLOVER gold codes such protests. Only a part of a people
// (civilians, opposition, students, workers) protests so: a state's own
// bodies protest to someone else, and a protest held in another country
// ("Iranians rallied in London") is left without one. The target has no
// words in the sentence; its record says so with an empty text and span.
func (c *Coder) addressee(p proto, loc *dyad.Place) proto {
	if p.hasTgt || p.code.Root() != "14" || p.src.country == "" || p.src.person != nil && role(p.src) == "" {
		return p
	}
	if r := role(p.src); r == "" || stateBodies[r] || r == "SPY" {
		return p
	}
	if loc != nil && loc.Country != "" && loc.Country != p.src.country {
		return p
	}
	name, _ := c.lx.Name(p.src.country)
	p.tgt = member{code: p.src.country, country: p.src.country, name: name, start: -1, end: -1}
	p.hasTgt = true
	return p
}

// protestersWords are the nouns that say a crowd was demonstrating.
var protestersWords = set(`protester protestor demonstrator marcher rioter`)

// demonstrations adds the demonstration that force used against
// demonstrators states: "police fired tear gas at protesters in Nairobi"
// tells that there were protesters, so the protesters protested (141, a
// riot 145 for rioters), unless the sentence already codes a protest of
// theirs. Without a target of their own, addressee gives them their
// country.
func demonstrations(s *sentence, ps []proto) []proto {
	out := ps
	for _, p := range ps {
		if !p.hasTgt || p.code != "175" && p.code.Root() < "18" || p.tgt.end <= p.tgt.start || role(p.tgt) != "OPP" {
			continue
		}
		head := p.tgt.start // "rioters in Lima": the crowd's noun, not its place
		for head < p.tgt.end && !protestersWords[s.toks[head].Lemma] {
			head++
		}
		if head == p.tgt.end {
			continue
		}
		w := s.toks[head].Lemma
		dup := false
		for _, o := range out {
			dup = dup || o.code.Root() == "14" && o.src.code == p.tgt.code
		}
		if dup {
			continue
		}
		code := dyad.EventCode("141")
		if w == "rioter" {
			code = "145"
		}
		out = append(out, proto{src: p.tgt, code: code, words: []int{head}, conf: p.conf - 0.1, frame: -1})
	}
	return out
}
