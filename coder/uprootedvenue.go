package coder

// Where migrants were is no party (POLICY §22 and §4): "Migrants were beaten
// by Croatian police near Bihac" and "Polish border guards pushed back
// migrants at the border with Belarus" are acts on people of no country
// named, at a place; neither Bosnia nor Belarus is their target. A country
// they are sent to stays the act's other party ("deported 60 migrants to
// Morocco").

// uprootedObject reports whether the people act a is done to are migrants
// of no nationality named (migrants.go): a passive's subject, the nearest
// actor before the trigger in its clause, or the first actor after the act's
// trigger within its words and the three words after them.
func (s *sentence) uprootedObject(a match, head int, passive bool) bool {
	if passive {
		for k := head - 1; k >= 0 && !s.boundary[k]; k-- {
			if mi := s.in[k]; mi >= 0 {
				return s.ms[mi].uprooted
			}
		}
		return false
	}
	for k := a.trig + 1; k < len(s.toks) && k < a.end+3 && !s.boundary[k]; k++ {
		if mi := s.in[k]; mi >= 0 {
			return s.ms[mi].uprooted
		}
	}
	return false
}

// venueMention reports whether mention mi names where an act was done, not whom
// it was done to: a place or a country after a preposition of place ("near
// Bihac"), or the country a border is shared with after one ("at the border
// with Belarus", "along the frontier with Iran").
func (s *sentence) venueMention(mi int) bool {
	m := &s.ms[mi]
	if locatives[sitePrep(s.toks, m.start)] || m.prep == "near" || m.prep == "along" {
		return true
	}
	k := m.start - 1
	if !isWord(s.toks, k, "with") || k < 1 || !borderNouns[s.toks[k-1].Lower] {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-5; j-- {
		if w := s.toks[j].Lower; locatives[w] || w == "along" || w == "on" || w == "to" || w == "towards" || w == "toward" {
			return true
		}
	}
	return false
}

// borderNouns name a border that a country after "with" shares.
var borderNouns = set(`border borders frontier boundary`)
