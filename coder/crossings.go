package coder

import "github.com/dyadhq/dyad/lexicon"

// qty12: a crossing the gazetteer lacks, passed on a way: "sent 40 trucks
// of aid to Donetsk through the Uspenka checkpoint", "deported 2,000
// Afghans via the Islam Qala border crossing to Herat". A capitalised name
// no dictionary knows, after "through" or "via" and before a word for a
// crossing, is a point on the way, named with its kind word as written
// (doc/POLICY.md §20: "a site no gazetteer entry names keeps its kind
// word"), in the country of the sentence's first actor, the mover, at that
// country's point. Where no actor names a country the name is left alone.

// crossingWords name a place where a way crosses a border or a river.
var crossingWords = set(`crossing checkpoint bridge`)

// namedCrossings adds to sites the unknown crossings a way passes, keeping
// sites in sentence order.
func (c *Coder) namedCrossings(s *sentence, sites []site) []site {
	toks := s.toks
	var add []site
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].Lower != "through" && toks[k].Lower != "via" {
			continue // the cheap test first
		}
		a := k + 1
		if isWord(toks, a, "the") {
			a++
		}
		b := c.unknownRun(s, sites, a)
		if b == a {
			continue
		}
		e := b
		if isWord(toks, e, "border") {
			e++
		}
		if e >= len(toks) || !crossingWords[toks[e].Lower] {
			continue
		}
		ct := s.firstCountry(k)
		cc, ok := c.lx.Country(ct)
		if ct == "" || !ok {
			continue
		}
		g := &lexicon.Gazetteer{Name: joinWords(toks[a : e+1]), Country: ct, Kind: "site", Lat: cc.Lat, Lon: cc.Lon, Precision: "country"}
		add = append(add, site{start: a, end: e + 1, g: g, prep: toks[k].Lower})
	}
	if len(add) == 0 {
		return sites
	}
	return withSites(sites, add)
}
