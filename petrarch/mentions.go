package petrarch

// member is one actor of a noun phrase before its code is written: the
// actor's code ("" when only role words were found) and the role words.
type member struct {
	actor  string
	agents []*agent
}

// code writes m's code: prefix agents, the actor (or "---"), suffix agents,
// leaving out an agent code the actor code already holds.
func (m member) code() string {
	c := m.actor
	if c == "" {
		c = "---"
	}
	for _, a := range m.agents {
		if has3(c, a.code) {
			continue
		}
		if a.prefix {
			c = a.code + c
		} else {
			c += a.code
		}
	}
	return c
}

// has3 reports whether sub occurs in code at a multiple of three.
func has3(code, sub string) bool {
	for i := 0; i+len(sub) <= len(code); i += 3 {
		if code[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

// group is a run of actor and agent phrases joined by determiners,
// possessives, modifiers and conjunctions: one noun phrase, or a compound.
type group struct {
	start, end int
	conj       [][]int // item indices of each conjunct
	members    []member
	agentsOnly bool
}

// findMentions groups the items into noun phrases and compounds, then joins
// "AGENT of/in/from ACTOR" ("the ambassadors of Arnor and Gondor").
func (s *sentence) findMentions() {
	var gs []*group
	for k := 0; k < len(s.items); {
		g := &group{start: s.items[k].start, end: s.items[k].end, conj: [][]int{{k}}}
		sawAnd := false
		var commaAt []int // conjunct indices opened by a bare comma
		k++
		for k < len(s.items) {
			gap, ok := s.gap(g.end, s.items[k].start)
			if !ok {
				break
			}
			if gap.conj || gap.comma {
				sawAnd = sawAnd || gap.conj
				if !gap.conj {
					commaAt = append(commaAt, len(g.conj))
				}
				g.conj = append(g.conj, []int{k})
			} else {
				last := g.conj[len(g.conj)-1]
				if gap.filler > 0 && s.items[k].agent == nil && s.hasActor(last) {
					break // "Arnor awful Gondor": two noun phrases
				}
				g.conj[len(g.conj)-1] = append(last, k)
			}
			g.end = s.items[k].end
			k++
		}
		if !sawAnd && len(commaAt) > 0 {
			// commas without "and": appositions, not a list
			parts := splitAt(g.conj, commaAt)
			for _, p := range parts {
				gs = append(gs, &group{start: s.items[p[0][0]].start, end: s.items[p[len(p)-1][len(p[len(p)-1])-1]].end, conj: p})
			}
			continue
		}
		gs = append(gs, g)
	}
	for _, g := range gs {
		s.compose(g)
	}
	// AGENT of/in/from ACTOR: the members with role words only take the
	// actors of the phrase after "of"
	var out []*group
	for i := 0; i < len(gs); i++ {
		g := gs[i]
		if i+1 < len(gs) && !gs[i+1].agentsOnly && g.members[len(g.members)-1].actor == "" && s.linked(g.end, gs[i+1].start) {
			n := gs[i+1]
			var ms []member
			for _, a := range g.members {
				if a.actor != "" {
					ms = append(ms, a)
					continue
				}
				for _, b := range n.members {
					ms = append(ms, member{actor: b.actor, agents: append(append([]*agent{}, b.agents...), a.agents...)})
				}
			}
			out = append(out, &group{start: g.start, end: n.end, members: ms})
			i++
			continue
		}
		out = append(out, g)
	}
	s.inM = make([]int, len(s.toks))
	for i := range s.inM {
		s.inM[i] = -1
	}
	for _, g := range out {
		m := &mention{start: g.start, end: g.end}
		seen := map[string]bool{}
		for _, mb := range g.members {
			if c := mb.code(); !seen[c] {
				seen[c] = true
				m.codes = append(m.codes, c)
			}
		}
		for t := m.start; t < m.end; t++ {
			s.inM[t] = len(s.ms)
		}
		s.ms = append(s.ms, m)
	}
}

func splitAt(conj [][]int, at []int) [][][]int {
	var out [][][]int
	prev := 0
	for _, a := range at {
		out = append(out, conj[prev:a])
		prev = a
	}
	return append(out, conj[prev:])
}

func (s *sentence) hasActor(idx []int) bool {
	for _, k := range idx {
		if s.items[k].agent == nil {
			return true
		}
	}
	return false
}

// compose writes the members of g.
func (s *sentence) compose(g *group) {
	g.agentsOnly = true
	var prevActor []string // of the last conjunct with an actor and role words
	for _, c := range g.conj {
		var actors []string
		var ags []*agent
		for _, k := range c {
			it := s.items[k]
			if it.agent != nil {
				ags = append(ags, it.agent)
			} else if actors == nil {
				actors = it.codes
			}
		}
		if actors == nil && prevActor != nil && len(ags) > 0 {
			actors = prevActor // "Danish media and government"
		}
		if actors == nil {
			g.members = append(g.members, member{agents: ags})
			continue
		}
		g.agentsOnly = false
		prevActor = nil
		if len(ags) > 0 {
			prevActor = actors
		}
		for _, a := range actors {
			if a == "---" {
				a = ""
			}
			g.members = append(g.members, member{actor: a, agents: ags})
		}
	}
}

// gapKind says what lies between two phrases of one group.
type gapKind struct {
	conj, comma bool
	filler      int
}

// gap reads the tokens in [a, b): ok is false when they cannot join two
// phrases into one group.
func (s *sentence) gap(a, b int) (g gapKind, ok bool) {
	for i := a; i < b; i++ {
		w := s.toks[i].w
		switch {
		case conjunctions[w] && g.filler > 0:
			// "Ithilen's awful and evil minister": modifiers joined
		case conjunctions[w]:
			g.conj = true
		case w == ",":
			g.comma = true
		case determiners[w], w == "NEITHER", w == "EITHER", w == "BOTH":
		case s.isV[i], auxiliaries[w], prepositions[w], subordinators[w], pronouns[w], isPunct(w):
			return g, false
		default:
			g.filler++
		}
	}
	return g, g.filler <= 3
}

// linked reports whether [a, b) is "of", "in" or "from", with determiners.
func (s *sentence) linked(a, b int) bool {
	if a >= b {
		return false
	}
	switch s.toks[a].w {
	case "OF", "IN", "FROM":
	default:
		return false
	}
	for i := a + 1; i < b; i++ {
		if !determiners[s.toks[i].w] {
			return false
		}
	}
	return true
}
