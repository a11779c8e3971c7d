package coder

import (
	"slices"

	"github.com/dyadhq/dyad"
)

// The holding a release tells of. "Belarus freed 14 political prisoners,
// among them an opposition figure who was arrested five years ago", "the
// junta released the head of a journalists' union who had been jailed in
// January", "gunmen freed 344 schoolboys who had been seized last week from
// a school in Kankara": a passive with no agent, in a clause on the people
// freed, tells their earlier arrest (173) or abduction (181), and who held
// them is who freed them. A state's release tells an arrest, detention or
// jailing it made; an armed group's, an abduction or a seizure. A state
// that frees people someone abducted rescued them from their abductor,
// who is no one the words name; nothing is added.

// arrestedLemmas are the passive participles of a state's custody.
var arrestedLemmas = set(`arrest detain jail imprison incarcerate intern`)

// abductedLemmas are the passive participles of taking people by force.
var abductedLemmas = set(`abduct kidnap seize capture snatch`)

// heldBefore adds to ps, for each release (0841) of people, the earlier
// custody its sentence tells of them in a passive with no agent after it.
func heldBefore(s *sentence, ps []proto) []proto {
	var out []proto
	for _, p := range ps {
		if p.code != "0841" || !p.hasTgt || len(p.words) == 0 {
			continue
		}
		state := stateActor(p.src)
		for t := p.words[len(p.words)-1] + 1; t < len(s.toks); t++ {
			l := s.toks[t].Lemma
			if s.toks[t].Lower == l || !(state && arrestedLemmas[l] || !state && abductedLemmas[l]) || !s.onFreed(t) {
				continue
			}
			code := dyad.EventCode("173")
			if !state {
				code = "181"
			}
			if slices.ContainsFunc(ps, func(q proto) bool {
				return q.code == code && q.src.code == p.src.code && q.tgt.code == p.tgt.code || slices.Contains(q.words, t)
			}) {
				break // told already: "arrested in Nairobi" names where, and the dictionary reads it
			}
			out = append(out, proto{src: p.src, tgt: p.tgt, hasTgt: true, code: code, words: []int{t}, conf: p.conf - 0.1, frame: -1})
			break
		}
	}
	return append(ps, out...)
}

// onFreed reports whether the participle at token t is a passive with no
// agent whose subject is a relative or personal pronoun ("who was
// arrested", "who had been jailed", "she was detained").
func (s *sentence) onFreed(t int) bool {
	k := t - 1
	if k < 0 || !beForms[s.toks[k].Lower] || s.byAgent(t+1) >= 0 {
		return false
	}
	for k >= 0 && (beForms[s.toks[k].Lower] || s.toks[k].Lower == "had" || s.toks[k].Lower == "has" || s.toks[k].Lower == "have" || s.toks[k].Lower == "first" || s.toks[k].Lower == "also") {
		k--
	}
	if k < 0 {
		return false
	}
	switch s.toks[k].Lower {
	case "who", "he", "she", "they", "whom":
		return true
	}
	return false
}

// freedBefore reports whether a verb of release comes before token t in
// its sentence: "freed 222 political prisoners and put them on a plane to
// Washington" sends the state's own people abroad, an expulsion (174), as
// no evacuation of nationals is (flights.go).
func (s *sentence) freedBefore(t int) bool {
	for k := 0; k < t; k++ {
		switch s.toks[k].Lemma {
		case "free", "release", "pardon":
			return s.toks[k].Lower != s.toks[k].Lemma || s.toks[k].Lower == "free" && k > 0 && s.toks[k-1].Lower == "set"
		}
	}
	return false
}

// freedThem reports whether mention mi, after the verb at token t, is a
// pronoun for people of the flier's own country c that a release before t
// freed ("Cuba freed 40 political prisoners and put them on a plane to
// Miami"); foreigners freed and flown home are released, not deported.
func (s *sentence) freedThem(t, mi int, c string) bool {
	m := &s.ms[mi]
	return m.kind == mPronoun && len(m.members) == 1 && c != "" && m.members[0].country == c && s.freedBefore(t)
}

// receivedBack adds the other half of a swap told from one side: "Azerbaijan
// handed over 32 Armenian soldiers to Armenia and received two Azerbaijani
// servicemen in return" frees the Azerbaijanis too, by the country of the
// people the first release freed (0841). Only people of the receiving
// side's own country, received after the release.
func (c *Coder) receivedBack(s *sentence, ps []proto) []proto {
	var out []proto
	for _, p := range ps {
		if p.code != "0841" || !p.hasTgt || len(p.words) == 0 || p.tgt.country == "" || p.src.country == "" || p.tgt.country == p.src.country {
			continue
		}
		end := p.words[len(p.words)-1]
		for k := end + 1; k < len(s.toks) && k <= end+14; k++ {
			if s.toks[k].Lemma != "receive" || s.toks[k].Lower == "receive" {
				continue
			}
			for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
				mi := s.at[j]
				if mi < 0 {
					continue
				}
				m := &s.ms[mi]
				if len(m.members) == 1 && m.members[0].country == p.src.country && len(m.members[0].code) > 3 && heldPeople(m.members) {
					name, _ := c.lx.Name(p.tgt.country)
					src := member{code: p.tgt.country, country: p.tgt.country, name: name, start: -1, end: -1}
					out = append(out, proto{src: src, tgt: m.members[0], hasTgt: true, code: "0841", words: []int{k}, conf: p.conf - 0.1, frame: -1})
				}
				break
			}
			break
		}
	}
	return append(ps, out...)
}
