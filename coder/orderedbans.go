package coder

import "github.com/dyadhq/dyad"

// Bans a state orders its own institutions to enforce. "The junta ordered
// universities to bar women from classes", "the government ordered
// broadcasters to suspend the channel's licence": a state that tells its own
// schools, firms or media to bar, ban, block or close makes no demand of
// them (10x, which asks a target to yield); it imposes the restriction
// through them, the codebook's administrative sanction (172), on its own
// people, as POLICY §5 codes the bans and curfews a state imposes at home.
// An order to another state's bodies, or to do what restricts no one
// ("ordered banks to lower their rates"), stays a demand.

// orderedBans recodes each demand (10x) that a state or its government
// makes of its own country's schools, firms or media to restrict as that
// state's administrative sanction (172) against its own people.
func orderedBans(s *sentence, ps []proto) []proto {
	for i, p := range ps {
		if len(p.code) < 3 || p.code[:2] != "10" || !p.hasTgt || p.src.country == "" || p.tgt.country != p.src.country {
			continue
		}
		if r := role(p.src); r != "GOV" && !(r == "" && p.src.code == p.src.country) {
			continue
		}
		if !orderedBodies[role(p.tgt)] || !s.banOrdered(p.tgt) {
			continue
		}
		name, _ := s.lx.Name(p.src.country)
		ps[i].code = dyad.EventCode("172")
		ps[i].tgt = member{code: p.src.country + "CVL", country: p.src.country, name: name, start: -1, end: -1}
	}
	return ps
}

// orderedBodies are the roles of a state's own institutions that enforce
// what it orders: schools and universities, firms, the media.
var orderedBodies = set(`EDU BUS MED`)

// banOrdered reports whether the words right after m name an order to
// restrict: "to bar", "to block", "to close".
func (s *sentence) banOrdered(m member) bool {
	k := m.end
	for k < len(s.toks) && k < m.end+4 && s.toks[k].Lower != "to" {
		k++ // "universities on Tuesday to"
	}
	return k+1 < len(s.toks) && s.toks[k].Lower == "to" && banVerbs[s.toks[k+1].Lower]
}

// banVerbs are the restrictions a state orders its institutions to
// enforce.
var banVerbs = set(`bar ban block close shut suspend restrict prohibit forbid exclude expel censor`)
