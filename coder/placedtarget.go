package coder

// A transfer taken to a place that the text puts in another country than
// the one its name stands for as an actor goes to that country: "shipped
// 20,000 tonnes of wheat to Tripoli in Lebanon" is to Lebanon, though
// "Tripoli" alone is Libya's government (which.go reads the place; this
// makes the target agree with it).

// placedTargets gives each transfer (06, 07) of protos whose target is a
// bare country named by a place of sites the place's country.
func (c *Coder) placedTargets(sites []site, protos []proto) []proto {
	for i := range protos {
		p := &protos[i]
		if r := p.code.Root(); r != "06" && r != "07" || !p.hasTgt || len(p.tgt.code) != 3 {
			continue
		}
		for _, st := range sites {
			if st.start == p.tgt.start && st.end == p.tgt.end && st.g.Country != "" && st.g.Country != p.tgt.country && !st.country {
				if p.src.country != st.g.Country {
					p.tgt = c.countryMember(st.g.Country, p.tgt.start, p.tgt.end)
				}
				break
			}
		}
	}
	return protos
}
