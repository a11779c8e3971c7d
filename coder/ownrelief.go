package coder

import "strings"

// ownRelief drops aid (07x) a state gives its own institutions: "the
// government deployed military doctors to public hospitals" during a
// strike by Kenyan doctors staffs Kenya's hospitals, and is no humanitarian
// aid (073) to Kenya's health sector. Relief to a state's own people
// ("sent rescuers to the quake zone", its civilians) is kept.
func ownRelief(ps []proto) []proto {
	out := ps[:0]
	for _, p := range ps {
		if p.code.Root() == "07" && p.hasTgt && p.src.country != "" && p.tgt.country == p.src.country &&
			ownInstitutions[strings.TrimPrefix(p.tgt.code, p.tgt.country)] {
			continue
		}
		out = append(out, p)
	}
	return out
}

// ownInstitutions are the roles of a state's own services and bodies.
var ownInstitutions = set(`GOV LEG JUD MIL COP HLH EDU SPY`)
