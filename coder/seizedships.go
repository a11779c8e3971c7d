package coder

import (
	"slices"

	"github.com/dyadhq/dyad/text"
)

// seizedShips recodes a ship or an aircraft seized as the hijacking the
// codebook's 181 names (control of an aircraft, a bus or a ship taken by
// force), not the property confiscated (1711) that the verb patterns give
// it: "the navy seized a Liberian-flagged bulk carrier", "helped detain an
// Iranian supertanker", "Iran's seizure of the British tanker" (POLICY
// section 14). What is taken from a vessel stays property: "seized 40
// tonnes of gold from a freighter", "seized their rifles"; and a boarding
// alone, or an interception of a boat for its drugs, takes no control of it.
// A ship detained is seized too, not a person arrested (173): "helped
// detain a Syrian-bound tanker".
func seizedShips(s *sentence, ps []proto) []proto {
	for i, p := range ps {
		if p.code != "1711" && p.code != "173" || len(p.words) == 0 || !shipSeizing[s.toks[p.words[0]].Lemma] {
			continue
		}
		// the object after the verb, or a passive's subject before it: "a
		// Greek tanker was seized by Iran"
		if seizesVessel(s.toks, s.boundary, p.words[0]+1) || p.hasTgt && p.tgt.end <= p.words[0] && s.vesselOf(p) {
			ps[i].code = "181"
		}
	}
	// "boarded and seized the tanker": the boarding (1711) is how the
	// seizure was made, not an act of its own
	out := ps[:0]
	for _, p := range ps {
		if p.code != "1711" || len(p.words) == 0 || s.toks[p.words[0]].Lemma != "board" || !slices.ContainsFunc(ps, func(o proto) bool {
			return o.code == "181" && o.src.code == p.src.code && o.tgt.code == p.tgt.code
		}) {
			out = append(out, p)
		}
	}
	return out
}

// shipSeizing are the verbs and nouns that take control of a vessel.
var shipSeizing = set(`seize seizure impound capture commandeer detain hijack`)

// seizedVessels are the vessels and aircraft whose seizure is 181.
var seizedVessels = set(`ship vessel tanker supertanker freighter ferry trawler boat carrier yacht
	warship gunboat dhow barge tugboat plane aircraft airliner jet helicopter superyacht`) // coerce11: superyacht

// seizesVessel reports whether the object that starts at token k, right
// after the verb, is a vessel: a vessel noun comes within a few words,
// before the end of its clause and before any "from" or "of" that would
// make it where the thing seized was ("tonnes of fuel from four tankers",
// "the cargo of a ship"); numbers, names and adjectives ("two
// Greek-flagged tankers") and an apposition ("the Ocean Star, a
// tanker") may stand before it. bounds, when not nil, are the sentence's
// clause boundaries.
func seizesVessel(toks []text.Token, bounds []bool, k int) bool {
	for j := k; j < len(toks) && j < k+10; j++ {
		if bounds != nil && bounds[j] {
			return false
		}
		switch w := toks[j].Lower; {
		case w == "," && (isWord(toks, j+1, "a") || isWord(toks, j+1, "an")):
			// "seized the Ocean Star, a Liberian-flagged tanker"
		case w == "from" || w == "of" || w == "aboard" || w == "on" || w == "with" || w == ",":
			return false
		case seizedVessels[toks[j].Lemma]:
			// "a tanker carrying fuel": the tanker; "tanker fuel", "the
			// tanker's crew": the fuel, the crew
			return j+1 >= len(toks) || !goodsHeads[toks[j+1].Lemma] && toks[j+1].Lower != "'s"
		}
	}
	return false
}

// goodsHeads are nouns a vessel word may modify ("tanker cargo", "boat
// engines"): what is seized is then the thing, not the vessel.
var goodsHeads = set(`cargo load fuel oil engine equipment crew part`)
