package coder

import (
	"slices"

	"github.com/dyadhq/dyad"
)

// Repression with no one named. "Security forces fired tear gas and live
// bullets in Kampala", "riot police in Minsk fired stun grenades and rubber
// bullets to break up protests": the crowd control a state's own police or
// troops use at home, with no words for whom, is used on its own people
// (175 against the country's civilians), as POLICY §5 codes a curfew or a
// protest that names no one. Not where the sentence names another country
// (the force may be at its border or its people), nor on migrants or
// refugees, who are no people of the state.

// unnamedCrowds gives each violent repression (175) with no target, by a
// state's police, troops or security service of one country, that country's
// people as its target.
func unnamedCrowds(s *sentence, ps []proto) []proto {
	for i, p := range ps {
		if p.code != "175" || p.hasTgt || p.src.country == "" || role(p.src) != "COP" && role(p.src) != "MIL" && role(p.src) != "SPY" {
			continue
		}
		if s.otherCountry(p.src.country) || s.hasWord(strangersAtBorder) || crowdNamed(ps, p) ||
			len(p.words) > 0 && s.crowdAfter(p.words[0]+1) >= 0 { // protesters, whom protestKinds gives their protest too
			continue
		}
		name, _ := s.lx.Name(p.src.country)
		ps[i].tgt = member{code: p.src.country + "CVL", country: p.src.country, name: name, start: -1, end: -1}
		ps[i].hasTgt = true
	}
	return ps
}

// crowdNamed reports whether another repression by p's source in ps names
// its target ("fired tear gas at protesters ... as they cracked down on
// marches": the protesters are whom the crackdown is on).
func crowdNamed(ps []proto, p proto) bool {
	for _, q := range ps {
		if q.code == "175" && q.hasTgt && q.src.code == p.src.code {
			return true
		}
	}
	return false
}

// strangersAtBorder are people a state's force meets who are not its own.
var strangersAtBorder = set(`migrant migrants refugee refugees asylum-seekers asylum`)

// otherCountry reports whether the sentence names an actor or a place of a
// country other than c.
func (s *sentence) otherCountry(c string) bool {
	for _, m := range s.ms {
		for _, mb := range m.members {
			if mb.country != "" && mb.country != c {
				return true
			}
		}
	}
	return false
}

// hasWord reports whether a word of the sentence is in ws.
func (s *sentence) hasWord(ws map[string]bool) bool {
	for k := range s.toks {
		if ws[s.toks[k].Lower] {
			return true
		}
	}
	return false
}

// heldByOwnState reports whether code is an act of custody a state does to
// its own people or officials as a state, which stays an event when the
// state is named bare ("Saudi Arabia detained 11 princes and four
// ministers", "Nicaragua expelled them to the United States"): arrest,
// expulsion, release. Other acts of a bare state on its own parts ("Russia"
// and "Russian officials") are one actor.
func heldByOwnState(code dyad.EventCode) bool {
	return code == "173" || code == "174" || code == "0841"
}

// deportedAbroad gives an expulsion (174) of people (civilians, officials)
// whose country only the context gives, the source's own ("Thailand deported 40 Uyghur men to
// China": "men" of a report from Thailand), the country they were sent to
// as its target: no state deports its own people to another by that word
// alone. People the words tie to the state ("freed 222 political prisoners
// and expelled them to the United States") stay its own.
func deportedAbroad(s *sentence, ps []proto) []proto {
	out := ps[:0]
	for _, p := range ps {
		if p.code == "174" && p.hasTgt && p.tgt.country == p.src.country && stateRoles[role(p.tgt)] && p.tgt.start >= 0 && len(p.words) > 0 && len(p.src.code) == 3 {
			if mi := s.in[p.tgt.start]; mi >= 0 && s.ms[mi].kind == mImplied {
				dest, ok := s.sentTo(p.words[len(p.words)-1], p.src.country)
				if !ok {
					continue // "Thailand deported 40 Uyghur men": whose they are, the words do not say
				}
				p.tgt = dest
			}
		}
		out = append(out, p)
	}
	return out
}

// sentTo returns the country of another state than c that a "to" or "into"
// within a few words after token from names, and true, or false.
func (s *sentence) sentTo(from int, c string) (member, bool) {
	for k := from; k+1 < len(s.toks) && k <= from+8 && !s.boundary[k]; k++ {
		if s.toks[k].Lower != "to" && s.toks[k].Lower != "into" {
			continue
		}
		if mi := s.at[k+1]; mi >= 0 && s.ms[mi].kind == mFull && len(s.ms[mi].members) == 1 && s.ms[mi].members[0].country != c {
			return s.ms[mi].members[0], true
		}
		break
	}
	return member{}, false
}

// linkedSuspects gives an arrest (173) whose target is a group named only
// as what the people arrested are suspected of links to ("detained five
// members of his family suspected of links to the Jemaah Islamiyah
// network") the people of the arresting state's country as its target: the
// group was not arrested.
func linkedSuspects(s *sentence, ps []proto) []proto {
	for i, p := range ps {
		if p.code != "173" || !p.hasTgt || p.tgt.start < 1 || p.src.country == "" || len(p.words) == 0 || p.tgt.start < p.words[0] {
			continue
		}
		if !s.linkedTo(p.tgt.start) {
			continue
		}
		name, _ := s.lx.Name(p.src.country)
		ps[i].tgt = member{code: p.src.country + "CVL", country: p.src.country, name: name, start: -1, end: -1}
	}
	return ps
}

// linkWords are the nouns of a suspected tie to a group.
var linkWords = set(`links link ties connections connection affiliation`)

// linkedTo reports whether the mention at token start is the object of "links
// to", "ties with" and the like after "suspected" or "accused": "suspected of
// links to the Pakistani Taliban".
func (s *sentence) linkedTo(start int) bool {
	k := start - 1
	for k > 0 && determiners[s.toks[k].Lower] {
		k--
	}
	if k < 3 || s.toks[k].Lower != "to" && s.toks[k].Lower != "with" || !linkWords[s.toks[k-1].Lower] {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-4; j-- {
		if w := s.toks[j].Lower; w == "suspected" || w == "accused" || w == "alleged" {
			return true
		}
	}
	return false
}

// inCrackdown recodes force (repressionForce: shooting, beating, force of
// no stated kind) that a state's police or troops use on their own people
// in a sentence that tells their crackdown on protests (175): "security
// forces shot dead at least 114 people as they cracked down on protests"
// is the repression, not a shooting beside it.
func inCrackdown(ps []proto) []proto {
	for i, p := range ps {
		if !p.hasTgt || !repressionForce[string(p.code)] || !repressionRoles[role(p.src)] || p.src.country == "" || p.tgt.country != p.src.country {
			continue
		}
		if r := role(p.tgt); r != "CVL" && r != "OPP" && r != "EDU" && r != "LAB" {
			continue
		}
		if slices.ContainsFunc(ps, func(q proto) bool {
			return q.code == "175" && q.src.country == p.src.country && repressionRoles[role(q.src)]
		}) {
			ps[i].code = "175"
		}
	}
	return ps
}

// heldAtHome gives an arrest, a seizure or a restriction (17x, not an
// expulsion, 174) whose target is a role word that only the document gives
// a country ("Washington threatened sanctions a day after Venezuela's army
// detained two opposition leaders": "leaders" of a report about the United
// States) the country of the state body that holds them: a state's police,
// army, courts or government arrest at home, so the people they hold are
// that state's (POLICY §5), unless the words or the place say whose they are.
func heldAtHome(s *sentence, ps []proto) []proto {
	for i, p := range ps {
		if p.code.Root() != "17" || p.code == "174" || !p.hasTgt || p.src.country == "" || p.tgt.country == p.src.country || len(p.words) == 0 {
			continue
		}
		if r := role(p.src); len(p.src.code) != 3 && !stateBodies[r] && r != "SPY" {
			continue
		}
		if p.tgt.start < 0 || p.tgt.start >= len(s.toks) || p.tgt.start < p.words[0] {
			continue
		}
		mi := s.in[p.tgt.start]
		if mi < 0 || s.ms[mi].kind != mImplied || !documentClues[s.ms[mi].implied] {
			continue
		}
		name, _ := s.lx.Name(p.src.country)
		ps[i].tgt.code = p.src.country + role(p.tgt)
		ps[i].tgt.country, ps[i].tgt.name = p.src.country, name
	}
	return ps
}

// documentClues are where a role word's country comes from when only the
// document, not its own sentence, gives it.
var documentClues = map[string]bool{fromDocument: true, fromDateline: true, fromStory: true}
