package coder

import (
	"github.com/dyadhq/dyad/text"
)

// References by region: "the Gulf state", "the Baltic nation", "the Central
// Asian republic", "the Himalayan kingdom" stand for a state of that region
// named before ("Riyadh closed its border with the Gulf state" after
// Qatar; "Moscow accused the Baltic state of provocation" after
// Lithuania), never the one whose clause it is.

// regionStates holds, for a region's word (two words joined by a space),
// the states it describes.
var regionStates = map[string]map[string]bool{
	"gulf":             set(`SAU ARE QAT BHR KWT OMN`),
	"baltic":           set(`EST LVA LTU`),
	"balkan":           set(`ALB BIH BGR HRV GRC XKX MNE MKD ROU SRB SVN`),
	"nordic":           set(`DNK FIN ISL NOR SWE`),
	"scandinavian":     set(`DNK NOR SWE`),
	"himalayan":        set(`NPL BTN`),
	"andean":           set(`BOL COL ECU PER VEN CHL`),
	"caribbean":        set(`CUB HTI DOM JAM TTO BHS BRB GRD LCA VCT DMA ATG KNA`),
	"sahel":            set(`MLI NER BFA TCD MRT`),
	"sahelian":         set(`MLI NER BFA TCD MRT`),
	"central asian":    set(`KAZ KGZ TJK TKM UZB`),
	"central american": set(`GTM HND SLV NIC CRI PAN BLZ`),
	"southeast asian":  set(`IDN MYS PHL THA VNM KHM LAO MMR SGP BRN TLS`),
	// Africa's, Asia's and the Americas' regions, as news names a state
	// named before: "cutting off aid to the West African nation" after Niger
	"west african":     set(`BEN BFA CPV CIV GMB GHA GIN GNB LBR MLI MRT NER NGA SEN SLE TGO`),
	"central african":  set(`CMR CAF TCD COG COD GNQ GAB STP BDI`),
	"east african":     set(`BDI COM DJI ERI ETH KEN MDG RWA SOM SSD TZA UGA`),
	"north african":    set(`DZA EGY LBY MAR TUN SDN MRT`),
	"southern african": set(`AGO BWA SWZ LSO MWI MOZ NAM ZAF ZMB ZWE`),
	"african": set(`DZA EGY LBY MAR SDN TUN BEN BFA CPV CIV GMB GHA GIN GNB LBR MLI MRT NER NGA SEN SLE TGO CMR CAF TCD COG COD
		GNQ GAB STP BDI COM DJI ERI ETH KEN MDG MUS RWA SYC SOM SSD TZA UGA AGO BWA SWZ LSO MWI MOZ NAM ZAF ZMB ZWE`),
	"south american": set(`ARG BOL BRA CHL COL ECU GUY PRY PER SUR URY VEN`),
	"south asian":    set(`AFG BGD BTN IND MDV NPL PAK LKA`),
	"pacific":        set(`FJI KIR COK MHL FSM NRU PLW PNG WSM SLB TON TUV VUT`),
}

// regionHeads are the nouns a region's word describes a state with.
var regionHeads = set(`state nation country kingdom emirate republic monarchy`)

// regionRef returns where a reference by region that ends at token i (the
// head noun) begins, and the states its region holds; -1 when the words
// before the head are no "the" and a region's word, or when "of" names the
// state after it ("the Gulf state of Qatar").
func regionRef(toks []text.Token, i int) (int, map[string]bool) {
	if i < 2 || toks[i].Cap || !marked(&toks[i], cRegionHead) || isWord(toks, i+1, "of") && i+2 < len(toks) && toks[i+2].Cap { // speed9: a word class (wordclass.go)
		return -1, nil
	}
	if states := regionStates[toks[i-1].Lower]; states != nil && toks[i-2].Lower == "the" {
		return i - 2, states
	}
	if i >= 3 && toks[i-3].Lower == "the" {
		if states := regionStates[toks[i-2].Lower+" "+toks[i-1].Lower]; states != nil {
			return i - 3, states
		}
	}
	return -1, nil
}

// lastOfRegion returns the state of the region named last before token k:
// in the sentence, outside the clause of k's own subject, or else the
// document's latest.
func (c *Coder) lastOfRegion(toks []text.Token, ms []mention, k int, states map[string]bool, ctx *docCtx) (member, bool) {
	clause := k - 1
	for clause > 0 && toks[clause].Lower != "," && toks[clause].Lower != ";" {
		clause--
	}
	own := map[string]bool{} // the country of the clause's subject
	for mi := range ms {
		if m := &ms[mi]; m.start >= clause && m.end <= k && m.kind != mPronoun && prepBefore(toks, m.start) == "" {
			for _, mb := range m.members {
				own[mb.country] = true
			}
		}
	}
	for mi := len(ms) - 1; mi >= 0; mi-- {
		if m := &ms[mi]; m.end <= k && (m.kind == mFull || m.kind == mPlace) && len(m.members) == 1 &&
			states[m.members[0].country] && !own[m.members[0].country] {
			mb := m.members[0]
			name, _ := c.lx.Name(mb.country)
			return member{code: mb.country, country: mb.country, name: name}, true
		}
	}
	for _, mb := range ctx.recent {
		if states[mb.country] && !own[mb.country] {
			return mb, true
		}
	}
	return member{}, false
}
