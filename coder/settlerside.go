package coder

// settlerSides gives settlers in the Palestinian territories their own
// country (actors6): "Settlers attacked a village near Nablus" took the
// country of the place, Palestine, as any role word does, and coded the
// Palestinians' own settlers against them. The settlers of the West Bank
// and of East Jerusalem news reports are Israelis, as the team's sets code
// them ("Israeli settlers ... ISR"); only words of the mention that call
// them Palestinian keep them so.
func settlerSides(s *sentence, ps []proto) []proto {
	if !s.words["settler"] {
		return ps
	}
	for i := range ps {
		p := &ps[i]
		s.israeliSettlers(&p.src)
		if p.hasTgt {
			s.israeliSettlers(&p.tgt)
		}
	}
	return ps
}

// israeliSettlers recodes m, settlers of Palestine no word of its own
// mention calls Palestinian, as Israel's.
func (s *sentence) israeliSettlers(m *member) {
	if role(*m) != "SET" || m.country != "PSE" || m.person != nil {
		return
	}
	for k := max(m.start, 0); k < m.end && k < len(s.toks); k++ {
		if w := s.toks[k].Lower; w == "palestinian" || w == "palestinians" {
			return
		}
	}
	name, _ := s.lx.Name("ISR")
	m.code, m.country, m.name = "ISR"+m.code[3:], "ISR", name
}
