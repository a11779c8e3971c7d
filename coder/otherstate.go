package coder

// otherState reads a role word whose country the sentence does not give
// ("the regime", "the junta", "the government") and that the context gave
// the very country of the event's other side: "Biden warned that a North
// Korean attack would mean the end of the regime", after a sentence about
// the United States, threatens North Korea's regime, not Washington's own.
// A state or its government acting on its own government is no event, so
// the guess is the wrong country whenever the sentence names exactly one
// other state: that state is whose the role word is. With no such state, or
// several, it is left alone; other roles ("the court jailed the activist")
// are a state's domestic events and keep their country.
func otherState(s *sentence, ps []proto) []proto {
	for i := range ps {
		p := &ps[i]
		if !p.hasTgt || p.src.country == "" || p.src.country != p.tgt.country {
			continue
		}
		if stateSelf(p.src) && rehome(s, &p.tgt, p.src.country) {
			continue
		}
		if stateSelf(p.tgt) {
			rehome(s, &p.src, p.tgt.country)
		}
	}
	return ps
}

// rehome gives mb, a role word whose country came only from the context
// and equals own, the one other state its sentence names, and reports
// whether it did.
func rehome(s *sentence, mb *member, own string) bool {
	if mb.start < 0 || mb.start >= len(s.in) || s.in[mb.start] < 0 {
		return false
	}
	m := &s.ms[s.in[mb.start]]
	if !guessedOwner(m) || m.role != "GOV" {
		return false
	}
	other := ""
	for k := range s.ms {
		o := &s.ms[k]
		if o.kind != mFull && o.kind != mWeak && o.kind != mPlace {
			continue
		}
		for _, x := range o.members {
			if x.country == "" || x.country == own || x.country == other {
				continue
			}
			if other != "" {
				return false // two other states: no telling which
			}
			other = x.country
		}
	}
	if other == "" {
		return false
	}
	name, _ := s.lx.Name(other)
	mb.code, mb.country, mb.name = other+m.role, other, name
	return true
}

// stateSelf reports whether mb is a state itself or its government, whose
// act on its own government would be no event.
func stateSelf(mb member) bool {
	return mb.code == mb.country || mb.code == mb.country+"GOV"
}
