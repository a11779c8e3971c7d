package coder

// A deal "brokered by" a third actor whose main clause is no reciprocal act
// of two parties still tells the third actor's mediation (045) between those
// the deal bound: "the Taliban released two American prisoners in exchange
// for an Afghan ... in a deal brokered by Qatar" (Qatar mediated between the
// Taliban and the United States), "the rebels agreed to lay down their arms
// under a ceasefire mediated by the African Union", "the mercenaries halted
// their march under a deal brokered by Belarus's president". The parties are
// the sides of the sentence's other events, one or two countries; a clause
// with more sides than two leaves whom the broker served unsure.

// dealBrokers returns the mediation of a broker named after a deal noun
// ("a truce brokered by Egypt") to each side of the events ps, when they
// are one or two countries and not a reciprocal pair (talks codes those).
func dealBrokers(s *sentence, ps []proto) []proto {
	if !anyWord(s, mediatedWords) {
		return nil
	}
	parties := eventSides(ps)
	if len(parties) == 0 {
		return nil
	}
	return brokers(s, ps, parties)
}

// eventSides returns the sides of the events ps but mediations, when they
// are one or two actors (a state and its people count as the state: "a
// French tourist ... France"), else nil.
func eventSides(ps []proto) []member {
	var parties []member
	add := func(m member) bool {
		if m.code == "" {
			return true
		}
		for i, y := range parties {
			if m.code == y.code || m.country != "" && m.country == y.country {
				if m.code == m.country {
					parties[i] = m // the state itself over its civilians: "a French tourist ... France"
				}
				return true
			}
		}
		parties = append(parties, m)
		return len(parties) <= 2
	}
	for _, p := range ps {
		if p.code == "045" {
			continue
		}
		if !add(p.src) || p.hasTgt && !add(p.tgt) {
			return nil // "Hamas freed Israeli and Thai hostages while Israel released prisoners": three sides
		}
	}
	return parties
}

// isParty reports whether m is one of parties, or of the country of one.
func isParty(m member, parties []member) bool {
	for _, y := range parties {
		if m.code == y.code || m.country != "" && m.country == y.country {
			return true
		}
	}
	return false
}
