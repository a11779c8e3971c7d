package coder

import "github.com/dyadhq/dyad"

// measureOfPlace returns the measure at a (a curfew, a state of emergency,
// martial law, a ban on the freedoms of a place's people: 1721, 1723, 1724)
// told in the passive with no agent ("A curfew was imposed in Dhaka",
// "Martial law was declared in the Philippine province of Sulu") as the act
// of the state of the place it was imposed in, on its own people, as §5 of
// POLICY codes such measures with no target named and §10 an execution with
// no agent: only a state imposes them at home. Nil when the words name no
// passive, no place after the trigger in its clause, or places of two
// countries (coerce11).
func (s *sentence) measureOfPlace(a match, tgt int, code dyad.EventCode, conf float64) []proto {
	if code != "1721" && code != "1723" && code != "1724" || !a.p.Solo {
		return nil
	}
	passive := false
	for k := a.trig; k+1 < a.end; k++ {
		if beForms[s.toks[k].Lower] && s.toks[k+1].Lower != s.toks[k+1].Lemma {
			passive = true // "was imposed", "were banned"
		}
	}
	if !passive {
		return nil
	}
	if tgt >= 0 && !s.placeLike(tgt) && s.ms[tgt].kind != mWeak {
		return nil // a target of its own: whose people, the rules that read it say
	}
	cl := s.clause(a.trig)
	pl := -1
	for mi := range s.ms {
		m := &s.ms[mi]
		if m.start <= a.trig || s.clause(m.start) != cl || !m.usable() {
			continue
		}
		c := s.stateOf(mi)
		if c == "" || !s.placeLike(mi) && m.kind != mWeak {
			return nil // an actor after it: "was imposed by the army", "on the opposition"
		}
		if pl >= 0 && s.stateOf(pl) != c {
			return nil
		}
		if pl < 0 {
			pl = mi
		}
	}
	if pl < 0 {
		return nil
	}
	p := s.ms[pl].members[0]
	src := member{code: p.country, country: p.country, name: p.name, start: -1, end: -1}
	y := member{code: p.country + "CVL", country: p.country, name: p.name, start: -1, end: -1}
	return []proto{{src: src, tgt: y, hasTgt: true, code: code, words: a.words, conf: conf - 0.15, frame: -1}}
}
