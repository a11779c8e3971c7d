package coder

// flownOut is for the end of a foreign force's presence told by its last
// flight out: "the last French troops left Niger, flying out of Niamey",
// "completing the withdrawal as a transport plane took off from Niamey",
// "the last U.S. plane took off from Kabul airport, ending the presence in
// Afghanistan". A withdrawal (166, 0874) happened at the town of the country
// it left that its forces flew out of, in any clause of the sentence, since
// the country left is the target and says no place. It returns that site,
// or nil.
func (s *sentence) flownOut(sites []site, p proto) *site {
	if p.code != "166" && p.code != "0874" || !p.hasTgt || p.tgt.country == "" {
		return nil
	}
	for k := range sites {
		st := &sites[k]
		if st.within || st.country || st.g.Country != p.tgt.country || st.g.Kind == "country" ||
			st.prep != "from" && st.prep != "of" || !leftBy(s, st.start) {
			continue
		}
		return st
	}
	return nil
}

// leftBy reports whether the place at token i follows a verb of flying off
// from it: "took off from", "flying out of", "flew out of", "departed from".
func leftBy(s *sentence, i int) bool {
	// the preposition stands within the two words before the place ("from
	// the capital Niamey" is no flight from a named town)
	k := i - 1
	if k >= 0 && s.toks[k].Lower == "the" {
		k--
	}
	if k < 1 {
		return false
	}
	switch s.toks[k].Lower {
	case "from":
		v := k - 1
		if s.toks[v].Lower == "off" && v >= 1 && s.toks[v-1].Lemma == "take" {
			return true // "took off from"
		}
		return s.toks[v].Lemma == "fly" || s.toks[v].Lemma == "depart"
	case "of":
		// "flying out of Niamey", "flew out of Kabul", and with what was
		// flown between: "flew 70 embassy staff out of Khartoum"
		return s.toks[k-1].Lower == "out" && k >= 2 && (s.toks[k-2].Lemma == "fly" || flownBefore(s, k-2))
	}
	return false
}
