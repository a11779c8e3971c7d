package coder

import (
	"strings"

	"github.com/dyadhq/dyad"
)

// Forces told as sent, in the passive with no agent: "police were deployed
// to Nairobi", "some 12,000 soldiers had been sent to the area", "45,000
// police were deployed across the country". Their state sent them: the
// state is the source, as of "Kenya deployed police to Mombasa", and the
// act is its police power (153) or its armed forces' mobilisation (154),
// which postures (aimedAt, a foe the sentence names) and addressee (its own
// people, at home) give a target. Forces the sentence sends abroad keep
// what the visit patterns make of them (074).

// sentVerbs are the participles of a state's sending its forces.
var sentVerbs = set(`deployed redeployed sent dispatched rushed stationed posted`)

// passiveAux are the forms of "be" of a passive.
var passiveAux = set(`was were been being is are`)

// sentNot follow a participle of sending when it is no deployment: "sent
// home", "sent back", "sent to prison".
var sentNot = set(`home back away prison jail trial court`)

// sentForces adds, for each passive participle of sending whose subject is
// a state's soldiers or police and that no event of the sentence holds, the
// state's mobilisation: 153 for police, 154 for troops.
func (c *Coder) sentForces(s *sentence, ps []proto) []proto {
	if !s.saysAny(sentVerbs) {
		return ps
	}
	for k := 2; k < len(s.toks); k++ {
		if !sentVerbs[s.toks[k].Lower] || s.in[k] >= 0 || inWords(ps, k) {
			continue
		}
		aux := k - 1
		for aux > 0 && strings.HasSuffix(s.toks[aux].Lower, "ly") || aux > 0 && (s.toks[aux].Lower == "also" || s.toks[aux].Lower == "already") {
			aux--
		}
		if !passiveAux[s.toks[aux].Lower] || s.negated(k) || s.hypothetical(k) || futureBe(s, aux) {
			continue
		}
		if n := k + 1; n < len(s.toks) && (s.toks[n].Lower == "by" || sentNot[s.toks[n].Lower]) ||
			n+1 < len(s.toks) && (s.toks[n].Lower == "to" || s.toks[n].Lower == "into") && sentNot[s.toks[n+1].Lower] {
			continue // an agent names the sender; "sent back", "sent to prison"
		}
		f := s.sentSubject(aux)
		if f == nil || f.country == "" {
			continue
		}
		if s.sentAbroad(k, f.country) || s.sentToOwn(k, f) {
			continue
		}
		name, _ := c.lx.Name(f.country)
		code := "154"
		if role(*f) == "COP" || s.saysWordOf(proto{words: []int{f.start, max(f.end-1, f.start)}}, policeWords) {
			code = "153"
		}
		ps = append(ps, proto{src: member{code: f.country, country: f.country, name: name, start: -1, end: -1},
			code: dyad.EventCode(code), words: []int{k}, conf: 0.7, frame: -1})
	}
	return ps
}

// futureBe reports whether the "be" at aux is a future's or a modal's:
// "will be deployed", "would have been sent" tell no deployment done.
func futureBe(s *sentence, aux int) bool {
	switch s.toks[aux].Lower {
	case "be":
		return true
	case "been":
		return aux >= 2 && s.toks[aux-1].Lower == "have" && sentModals[s.toks[aux-2].Lower]
	}
	return false
}

// sentModals make a passive of sending a plan or a guess.
var sentModals = set(`will would could should might may must`)

// sentSubject returns the soldiers or police, of a state's military or
// police, that the passive's "be" at aux has as its subject: the nearest
// such role word before it in its clause, within eight words ("Thousands
// of riot police were deployed", "45,000 police backed by armoured vehicles
// were deployed").
func (s *sentence) sentSubject(aux int) *member {
	for j := aux - 1; j >= 0 && j >= aux-8; j-- {
		if s.boundary[j] || s.toks[j].Lower == "," || s.toks[j].Lower == "that" && j < aux-1 && s.in[j+1] < 0 {
			return nil
		}
		mi := s.in[j]
		if mi < 0 {
			continue
		}
		m := &s.ms[mi]
		if len(m.members) == 0 {
			return nil
		}
		f := &m.members[len(m.members)-1]
		if r := role(*f); r == "MIL" || r == "COP" {
			if !s.forceNoun(*f) {
				return nil // "the defence minister was sent"
			}
			return f
		}
		return nil
	}
	return nil
}

// sentToOwn reports whether the country of the forces f is only the one the
// sentence names, and names after the participle at k as where they go:
// "soldiers were sent to the border with Belarus" are not Belarus's.
func (s *sentence) sentToOwn(k int, f *member) bool {
	if mi := s.in[f.start]; mi < 0 || s.ms[mi].implied != fromOnly {
		return false
	}
	for j := k + 1; j < len(s.toks); j++ {
		if mi := s.in[j]; mi >= 0 && s.ms[mi].kind != mPlace {
			m := &s.ms[mi]
			for _, mb := range m.members {
				if mb.code == f.country && strings.EqualFold(strings.TrimPrefix(mb.name, "the "), s.spanText(m.start, m.end)) {
					// the state by its name, not a town of it ("sent to
					// Zamfara", "to Nairobi") nor its people
					return true
				}
			}
			j = m.end - 1
		}
	}
	return false
}

// sentAbroad reports whether the words after the participle at k send the
// forces to an actor or a place of a country other than country: "were
// deployed to Mozambique" (074, the visit patterns' deployment).
func (s *sentence) sentAbroad(k int, country string) bool {
	for j := k + 1; j < len(s.toks) && j <= k+6; j++ {
		if s.boundary[j] {
			return false
		}
		if mi := s.in[j]; mi >= 0 {
			for _, mb := range s.ms[mi].members {
				if mb.country != "" && mb.country != country {
					return true
				}
			}
		}
	}
	return false
}

// spanText returns the words of tokens [a, b) joined by spaces, without a
// leading "the".
func (s *sentence) spanText(a, b int) string {
	if a < b && s.toks[a].Lower == "the" {
		a++
	}
	ws := make([]string, 0, b-a)
	for k := a; k < b; k++ {
		ws = append(ws, s.toks[k].Text)
	}
	return strings.Join(ws, " ")
}
