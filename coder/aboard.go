package coder

import "github.com/dyadhq/dyad/text"

// The vehicle a movement travels in is no load of it. "Four hostages were
// flown out of Kabul to Doha on a Turkish jet" moves the hostages: the jet
// after "on" or "aboard" is how they went, not arms given (072), though
// "jet" is a weapon's word. A transfer (06, 07) whose only goods word is
// such a vehicle is dropped; the people moved keep their own events (a
// release, a deportation), and the route then goes to those.

// vehicles are the weapons' words that also name what carries people.
var vehicles = set(`jet plane aircraft airplane airliner helicopter ship vessel boat`)

// boardWords put a vehicle after them as what something travels in.
var boardWords = set(`on aboard onboard`)

// aboardAt reports whether the noun at token k is what a movement travels
// in: "on a Qatari jet", "aboard a chartered plane", past a determiner and
// up to three words that say whose or what kind it is.
func aboardAt(toks []text.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		w := &toks[j]
		if boardWords[w.Lower] {
			return true
		}
		if w.Kind != text.Word && w.Lower != "-" || prepositions[w.Lower] || clauseWords[w.Lower] {
			return false
		}
	}
	return false
}

// carriedAboard drops the transfers of protos whose goods are only the
// vehicle something travelled in (see above).
func carriedAboard(s *sentence, protos []proto) []proto {
	out := protos[:0]
	for _, p := range protos {
		if r := p.code.Root(); (r == "06" || r == "07") && len(p.words) > 1 && s.onlyVehicle(p.words) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// onlyVehicle reports whether a word of an action's words, past its
// trigger, is a vehicle travelled in, and no goods of the lexicon's stand
// among them.
func (s *sentence) onlyVehicle(words []int) bool {
	aboard := false
	for _, k := range words[1:] {
		t := &s.toks[k]
		if vehicles[t.Lemma] && aboardAt(s.toks, k) {
			aboard = true
			continue
		}
		if _, n := s.lx.Goods(s.toks, k); n > 0 {
			return false
		}
	}
	return aboard
}

// aidStaff reports whether the goods at tokens [gs, ge) are people who
// give aid, not labour sent abroad: "aid workers", "relief workers",
// "humanitarian workers" travel; "North Korean workers" are sent.
func aidStaff(toks []text.Token, gs, ge int) bool {
	return personGoods[toks[ge-1].Lemma] && gs > 0 && (aidWords[toks[gs-1].Lower] || aidWords[toks[gs-1].Lemma])
}
