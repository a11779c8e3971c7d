package coder

import "github.com/dyadhq/dyad"

// The load of a ship or a vehicle seized: "seized the tanker St Nikolas,
// which was carrying about 145,000 tonnes of Iraqi crude" seized the crude
// too, though a relative clause set off by commas tells it. The amount is
// the seizure's when the seizure counts nothing else and the clause's verb
// is one of carrying.

// cargoWords say what a ship or a vehicle has on board.
var cargoWords = set(`carrying carried laden loaded transporting`)

// seizedCargo returns the amount of qs that a verb of carrying within four
// words before it and after the seizure's first word at token t names, in
// the seizure's sentence before any other action of protos, or nil.
func seizedCargo(s *sentence, qs []qty, t int, code dyad.EventCode, protos []proto) *dyad.Quantity {
	if code != "181" && code != "1711" {
		return nil
	}
	for k := range qs {
		q := &qs[k]
		if q.start <= t || q.start > t+20 || q.distance || q.casualty != 0 || q.term {
			continue
		}
		carry := -1
		for j := q.start - 1; j >= q.start-4 && j > t; j-- {
			if cargoWords[s.toks[j].Lower] {
				carry = j
				break
			}
		}
		if carry < 0 {
			continue
		}
		for _, p := range protos {
			if len(p.words) > 0 && p.words[0] > t && p.words[0] < q.start && p.words[0] != carry {
				return nil // another act's: "seized a ship and freed a tanker carrying ..."; not the carrying's own flow
			}
		}
		v := q.q
		v.Status = ""
		return &v
	}
	return nil
}
