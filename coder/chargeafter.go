package coder

import "github.com/dyadhq/dyad"

// A charge told by a participle after the act of its clause is the doer's
// words about the party the act reached: "Indonesia detained an Iranian
// tanker, accusing it of smuggling oil", "Somalia cut ties with Kenya,
// accusing its neighbour of meddling", "Trump imposed sanctions on the
// court, accusing the Hague-based court of baseless actions". Its object
// is often no actor of its own (a pronoun whose antecedent is a vessel or
// a modifier, "its neighbour", a described noun), and bind then finds no
// participants and codes nothing. The object is the act's target told
// again: the charge is the act's source against the act's target (CAMEO
// 11x, doc/POLICY.md §7), dated as the act is.

// chargeParticiples are the participles of a charge this pass reads; "calling"
// counts only where a pattern of disapproval matched it ("calling it a
// serious violation"), never as "calling for".
var chargeParticiples = set(`accusing blaming calling denouncing condemning criticising criticizing branding labelling labeling` +
	` saying`) // rootpick7: only where a charge's pattern matched it (", saying it had violated Turkish airspace")

// chargeAfter adds, for each charging participle after a comma that bind
// coded nothing for, the charge of the act before it: its source against
// its target.
func chargeAfter(s *sentence, acts []match, ps []proto) []proto {
	n := len(ps)
	for i := 2; i < len(s.toks); i++ {
		if !marked(&s.toks[i], cChargePart) || !s.participial(i) { // speed9: a word class (wordclass.go)
			continue
		}
		code := chargeCode(s, acts, i)
		if code == "" || inWords(ps[:n], i) {
			continue
		}
		if !s.chargeObject(i) {
			continue
		}
		m := actBefore(ps[:n], i)
		if m < 0 {
			continue
		}
		a := ps[m]
		if s.toks[i].Lower == "saying" && !s.saysOfTarget(i, a) {
			continue // rootpick7: "saying it had targeted camps of militants": its own deed (justified.go)
		}
		src, tgt := a.src, a.tgt
		if said := s.reportBefore(i); said >= 0 {
			// ", Ukrainian officials said, calling it a war crime": the
			// speaker's charge, against the act's other side
			sp, ok := s.speakerAt(said)
			if !ok || sp.country == "" {
				continue
			}
			switch sp.country {
			case a.tgt.country:
				src, tgt = sp, a.src
			case a.src.country:
				src = sp
			default:
				continue
			}
		}
		if hasDyad(ps, src.code, tgt.code, "11") {
			continue
		}
		ps = append(ps, proto{src: src, tgt: tgt, hasTgt: true, code: code, words: []int{i}, conf: 0.6, frame: -1, place: -1, amount: -1, timeFrom: a.words})
	}
	return ps
}

// chargeCode returns the code of the charge the participle at token i
// tells: the code of a disapproval pattern matched there, else, for
// "accusing" and "blaming" with "of" or "for" in their clause, 112; else "".
func chargeCode(s *sentence, acts []match, i int) dyad.EventCode {
	for _, a := range acts {
		if a.trig == i && a.p.Code.Root() == "11" {
			return a.p.Code
		}
	}
	if w := s.toks[i].Lower; w != "accusing" && w != "blaming" {
		return ""
	}
	for k := i + 1; k < len(s.toks) && k <= i+8 && !s.boundary[k]; k++ {
		if w := s.toks[k].Lower; w == "of" || w == "for" {
			return "112"
		}
	}
	return ""
}

// chargeObject reports whether the object of the participle at token i is
// the act's target told again: a pronoun, or a noun phrase that names no
// actor ("the Hague-based court", "its neighbour"); an actor named there is
// bind's to read.
func (s *sentence) chargeObject(i int) bool {
	k := i + 1
	if k >= len(s.toks) {
		return false
	}
	if mi := s.in[k]; mi >= 0 {
		m := &s.ms[mi]
		if m.kind != mPronoun {
			return false
		}
		if w := s.toks[k].Lower; w == "its" || w == "their" {
			return m.end <= k+2 // "its neighbour", "its forces"
		}
		return m.end == k+1 // "it", "them"
	}
	if !determiners[s.toks[k].Lower] {
		return false
	}
	for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
		if s.in[j] >= 0 {
			return false
		}
		if w := s.toks[j].Lower; w == "of" || w == "for" || w == "," || w == "as" {
			return j > k+1
		}
	}
	return false
}

// actBefore returns the index in ps of the latest event whose words end
// before token i, when it is an act with a target whose sides both have a
// country; else -1. A statement, a charge or a rejection there has told
// the words already ("condemned the seizure, calling it unacceptable").
func actBefore(ps []proto, i int) int {
	best := -1
	for k, p := range ps {
		if len(p.words) == 0 || p.words[len(p.words)-1] >= i {
			continue
		}
		if best < 0 || p.words[0] > ps[best].words[0] {
			best = k
		}
	}
	if best < 0 {
		return -1
	}
	switch p := ps[best]; {
	case !p.hasTgt || p.src.country == "" || p.tgt.country == "":
		return -1
	case p.code.Root() == "11" || p.code.Root() == "12" || p.code.Root() == "01":
		return -1
	}
	return best
}

// hasDyad reports whether ps holds an event of src on tgt whose code has
// the root.
func hasDyad(ps []proto, src, tgt, root string) bool {
	for _, p := range ps {
		if p.hasTgt && p.src.code == src && p.tgt.code == tgt && string(p.code.Root()) == root {
			return true
		}
	}
	return false
}

// reportBefore returns the reporting verb that closes the attribution right
// before the participle at token i (", the ministry said on Monday,
// accusing"), or -1.
func (s *sentence) reportBefore(i int) int {
	k := i - 2
	for k > 0 && s.time[k] {
		k--
	}
	if k < 1 || !reportVerbs[s.toks[k].Lower] || s.toks[k].Lower == "according" {
		return -1
	}
	return k
}

// speakerAt returns the one actor who speaks with the reporting verb at
// token said ("Ukrainian officials said", "the foreign ministry spokesman
// said"), or false.
func (s *sentence) speakerAt(said int) (member, bool) {
	k := said - 1
	for n := 0; n < 2 && k > 0 && s.in[k] < 0 && speakerNouns[s.toks[k].Lower]; n++ {
		k--
	}
	if k < 0 || s.in[k] < 0 {
		return member{}, false
	}
	m := &s.ms[s.in[k]]
	if !m.usable() || len(m.members) != 1 {
		return member{}, false
	}
	return m.members[0], true
}
