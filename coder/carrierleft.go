package coder

// Whose a carrier's load is, when the carrier's sentence names no owner of
// the goods. A carrier an organisation charters, operates or leases
// carries that organisation's load ("a ship chartered by the World Food
// Programme sailed from Odesa with 30,000 tonnes of wheat" is the UN's
// aid), as one with the organisation's name before it does ("six UN
// trucks"). And goods held somewhere before they moved left from there:
// "a bulk carrier stuck at Izmail for months left with 40,000 tonnes of
// maize for Egypt" is Ukraine's, whatever flag the carrier flies; the
// route already starts at such a place (route.go, stayWords; heldBefore).

// hireWords tie a carrier to who put it to work: "chartered by", "operated
// by".
var hireWords = set(`chartered operated leased hired contracted run`)

// hiredBy returns the organisation, of no country, that a carrier in the
// stretch [a, b) is chartered, operated or leased by ("a ship chartered by
// the World Food Programme"), or an empty member.
func (s *sentence) hiredBy(a, b int) member {
	for k := a; k+2 < b; k++ {
		if !carriers[s.toks[k].Lemma] {
			continue
		}
		if !hireWords[s.toks[k+1].Lower] || !isWord(s.toks, k+2, "by") {
			continue
		}
		j := k + 3
		for j < b && determiners[s.toks[j].Lower] {
			j++
		}
		if mi := s.at[j]; mi >= 0 {
			if m := &s.ms[mi]; m.kind == mFull && len(m.members) == 1 && m.members[0].country == "" && m.members[0].code != "" {
				return m.members[0]
			}
		}
	}
	return member{}
}

// heldBefore reports whether the place of site st is where goods were held
// before they moved: "stranded in Odesa", "stuck at Izmail for months".
func (s *sentence) heldBefore(st site) bool {
	return (st.prep == "in" || st.prep == "at") && governedBy(s.toks, st.start, stayWords)
}

// plightWords end a compound that says what a place suffers, passed over
// like "rebel-held" to the preposition before it: "to be trucked on to
// drought-hit Ethiopia", "aid flown into war-torn Sudan".
var plightWords = set(`hit torn stricken ravaged ridden affected battered wracked`)
