package coder

import (
	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// A delivery told as the first part of a larger pledge is also the pledge:
// "India dispatched 2,500 tonnes of wheat for Afghanistan, the first part of
// 50,000 tonnes New Delhi has pledged", "a convoy carrying rice for Yemen
// set off, part of 20,000 tonnes that Riyadh has promised as aid", "North
// Korea has sent 1,500 troops to Russia, the first of some 12,000 it plans to
// deploy". The giver of the whole promised it to the delivery's recipient
// (033x, of the delivery's kind); the delivery itself is coded by the
// pattern or flow that found it.

// shareVerbs are the verbs of what the giver promised of the whole.
var shareVerbs = set(`pledged promised committed pledges promises plans plan intends`)

// shareHeads open the phrase of a part of the whole: "part of", "the first of".
var shareHeads = set(`part first tranche batch portion share instalment installment`)

// pledgeOfDelivery gives each delivery kind the pledge of it.
var pledgeOfDelivery = map[dyad.EventCode]dyad.EventCode{"061": "0331", "07": "033", "070": "033", "071": "0331", "072": "0332",
	"073": "0333", "074": "0334"}

// foodWords are the food that a shipment pledged by the tonne carries.
var foodWords = set(`wheat grain rice flour food maize corn foodstuffs`)

// pledgedShares returns the pledges (033x) that a "part of N ... X has
// pledged" phrase tells beside a delivery of ps by X's country.
func pledgedShares(s *sentence, ps []proto) []proto {
	if !anyWord(s, shareVerbs) || !anyWord(s, shareHeads) {
		return nil
	}
	var out []proto
	for k := 2; k < len(s.toks); k++ {
		if !shareVerbs[s.toks[k].Lower] {
			continue
		}
		if (s.toks[k].Lower == "plans" || s.toks[k].Lower == "plan" || s.toks[k].Lower == "intends") && !isWord(s.toks, k+1, "to") {
			continue
		}
		j := k - 1
		if isWord(s.toks, j, "has") || isWord(s.toks, j, "had") || isWord(s.toks, j, "have") {
			j--
		}
		if j < 0 || s.in[j] < 0 {
			continue
		}
		giver := &s.ms[s.in[j]]
		if len(giver.members) != 1 || giver.members[0].country == "" {
			continue
		}
		first := s.partOfWhole(giver.start)
		if first < 0 {
			continue
		}
		g := giver.members[0]
		for _, p := range ps {
			code, ok := pledgeOfDelivery[p.code]
			if p.code == "061" && anyWord(s, foodWords) {
				code = "0333" // food shipped against a pledge is aid promised: "part of 50,000 tonnes of wheat pledged"
			}
			if !ok || !p.hasTgt || p.src.country != g.country || p.tgt.country == g.country || hasCode(ps, g, p.tgt, code) {
				continue
			}
			words := make([]int, 0, k-first+1) // "50,000 tonnes New Delhi has pledged": the amount is the whole's
			for w := first; w <= k; w++ {
				words = append(words, w)
			}
			out = append(out, proto{src: g, tgt: p.tgt, hasTgt: true, code: code, words: words, conf: 0.7, frame: -1})
			break
		}
	}
	return out
}

// partOfWhole returns the first word of the whole after "part of" or "the
// first of" that the giver at token a follows ("part of 50,000 tonnes
// (that)", "the first of some 12,000"): the whole of which a delivery is a
// part; or -1.
func (s *sentence) partOfWhole(a int) int {
	j := a - 1
	if isWord(s.toks, j, "that") || isWord(s.toks, j, "which") {
		j--
	}
	// back over the number and its unit: "50,000 tonnes", "some 12,000 troops", "$2 billion"
	num, first := false, -1
	for n := 0; j >= 0 && n < 4 && !isWord(s.toks, j, "of"); n++ {
		t := &s.toks[j]
		if t.Kind == text.Number {
			num = true
		} else if t.Kind != text.Word && t.Lower != "$" || t.Cap && !num {
			return -1
		}
		first = j
		j--
	}
	if !num || !isWord(s.toks, j, "of") || j == 0 || !shareHeads[s.toks[j-1].Lower] {
		return -1
	}
	return first
}
