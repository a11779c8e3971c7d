package coder

import (
	"strings"

	"github.com/dyadhq/dyad"
)

// listVenue reports whether the mention tgt that an act of the list of
// parties sm would be addressed to is only where they act: a place of one
// of their own countries, after "in", for a truce, a deal, an intent or a
// meeting between them ("Israel and Hamas agreed to a ceasefire in Gaza"
// is between the two, in Gaza, not Israel's and Hamas's with Palestine;
// doc/POLICY.md §4, places are venues). Aid sent by two to a town of one
// of them still goes there.
func listVenue(s *sentence, sm []member, tgt int, code dyad.EventCode) bool {
	if tgt < 0 || len(sm) < 2 || s.ms[tgt].kind != mPlace || s.ms[tgt].prep != "in" || len(s.ms[tgt].members) != 1 {
		return false
	}
	if r := code.Root(); r != "03" && r != "04" && !strings.HasPrefix(string(code), "057") && !strings.HasPrefix(string(code), "087") {
		return false
	}
	for _, x := range sm {
		if x.country != "" && x.country == s.ms[tgt].members[0].country {
			return true
		}
	}
	return false
}
