package coder

import "slices"

// Clashes between forces.
//
// A violent clash is a riot (145) when people clash with police, but when
// both sides are armed forces (a state's military, rebels, insurgents,
// irregulars) it is fighting, conventional force both ways (190): "Indian
// soldiers were killed in a violent clash with Chinese troops", "a deadly
// clash between Sudanese troops and RSF fighters". The riot pattern reads
// "violent ... clash" whoever clashes; forceClashes recodes it.

// forceClashes turns a riot of ps told by a clash noun between two armed
// sides into fighting, coded both ways.
func (s *sentence) forceClashes(ps []proto) []proto {
	if !s.words["clash"] && !s.words["clashes"] && !s.words["confrontation"] {
		return ps
	}
	out := ps
	for k := range ps {
		p := &ps[k]
		if p.code != "145" || !p.hasTgt || len(p.words) == 0 || !armedSide(p.src) || !armedSide(p.tgt) || p.src.code == p.tgt.code {
			continue
		}
		clash := false
		for _, w := range p.words {
			if l := s.toks[w].Lemma; l == "clash" || l == "clashes" || l == "confrontation" {
				clash = true
			}
		}
		if !clash {
			continue
		}
		p.code = "190"
		back := *p
		back.src, back.tgt = p.tgt, p.src
		out = append(out, back)
	}
	return out
}

// armedSide reports whether m is an armed force: a state's military, or an
// armed group (rebels, insurgents, irregulars), not police or protesters.
func armedSide(m member) bool {
	switch role(m) {
	case "MIL", "REB", "INS", "UAF":
		return true
	}
	return false
}

// forcesNotExpelled drops a mass expulsion (201) of an armed side or of
// police: a force driven back across a border is beaten back, not a people
// expelled ("pushed Russian forces back across the border").
func forcesNotExpelled(ps []proto) []proto {
	return slices.DeleteFunc(ps, func(p proto) bool {
		return p.code == "201" && p.hasTgt && (armedSide(p.tgt) || role(p.tgt) == "COP")
	})
}

// oneCountryMention returns a mention of one actor of the one country every
// actor of the sentence belongs to, or -1 when the sentence names none or
// several.
func (s *sentence) oneCountryMention() int {
	c, at := "", -1
	for mi := range s.ms {
		for _, m := range s.ms[mi].members {
			if m.country == "" {
				continue
			}
			if c != "" && m.country != c {
				return -1
			}
			c = m.country
			if at < 0 && len(s.ms[mi].members) == 1 {
				at = mi
			}
		}
	}
	return at
}
