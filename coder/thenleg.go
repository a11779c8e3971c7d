package coder

import "github.com/dyadhq/dyad/text"

// thenLeg reports whether the region cand[i] ends a leg told after "then"
// past a place of its country: "sent 1,500 troops from Chongjin to
// Vladivostok by ship and then to Russia's Kursk region" goes on from
// Vladivostok to the region, which the port does not name more closely, as
// "from Iraq's Kurdistan region ... from Kirkuk" does (qty8).
func thenLeg(toks []text.Token, sites []site, idx []int, cand []routePoint, i int) bool {
	st := sites[idx[i]]
	for j, c := range cand {
		if j == i || c.kind != cand[i].kind || c.p.Country != cand[i].p.Country {
			continue
		}
		if e := sites[idx[j]].end; e <= st.start && st.start-e <= 8 {
			for k := e; k < st.start; k++ {
				if toks[k].Lower == "then" {
					return true
				}
			}
		}
	}
	return false
}
