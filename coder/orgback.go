package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// agencyNouns head a definite phrase that refers back to an organisation
// named before it: "the aid agency", "the UN agency", "the charity".
var agencyNouns = set(`agency organisation organization charity`)

// namedOrgBefore returns the organisation a role word like "the aid agency"
// at mention i stands for: the last international or non-governmental
// organisation its sentence names before it ("lifted a ban on UNICEF,
// after accusing the aid agency of spying" accuses UNICEF, not an agency
// of the country). A state's body or an armed group is no agency of this
// kind, and an indefinite "an aid agency" is someone new.
func namedOrgBefore(toks []text.Token, ms []mention, i int) (member, bool) {
	m := &ms[i]
	if m.end < 1 || !agencyNouns[toks[m.end-1].Lower] {
		return member{}, false
	}
	k := m.start - 1
	for k >= 0 && toks[k].Kind == text.Word && !toks[k].Cap && toks[k].Lower != "the" && k > m.start-3 {
		k-- // "the humanitarian aid agency"
	}
	if k < 0 || toks[k].Lower != "the" {
		return member{}, false
	}
	for mi := i - 1; mi >= 0; mi-- {
		p := &ms[mi]
		if p.end > m.start || p.kind != mFull || len(p.members) != 1 {
			continue
		}
		if c := p.members[0].code; p.members[0].person == nil && (strings.HasPrefix(c, "IGO") || strings.HasPrefix(c, "NGO")) {
			return p.members[0], true
		}
	}
	return member{}, false
}
