package coder

import "github.com/dyadhq/dyad/text"

// noparties9: the arrester of a passive arrest that names no agent and no
// reporting body, told right after a police force's act: in an earlier
// clause of the same sentence ("Police in Lagos fired tear gas at
// protesters, and dozens were arrested") or as the subject of the sentence
// before ("Georgian riot police broke up a rally outside parliament.
// Dozens of protesters were arrested."). The police that acted are the
// police that arrested; a crowd no actor names is their country's people.
// Troops are the arresters only of people the words name as another
// country's ("Israeli troops raided Jenin, and 20 Palestinians were
// detained").

// priorPolice returns the police, security service or troops that were the
// subject of the sentence right before the one being coded, or a member
// with no code; acted says that sentence coded an act of theirs, whose day
// an undated arrest after it takes.
func priorPolice(ctx *docCtx) (member, bool) {
	if ctx.sentence == 0 || ctx.subjectAt != ctx.sentence-1 || len(ctx.subject) != 1 || !arrestingForce(ctx.subject[0]) && role(ctx.subject[0]) != "MIL" {
		return member{}, false
	}
	mb := ctx.subject[0]
	acted := false
	if ctx.last != nil && ctx.last.sentence == ctx.sentence-1 {
		for k := len(ctx.events) - 1; k >= 0 && ctx.events[k].sentence == ctx.sentence-1; k-- {
			if e := ctx.events[k]; len(e.src) > 0 && e.src[0].code == mb.code && e.date.iso == ctx.last.date.iso {
				acted = true // the sentence's acts share the day a later arrest takes (ctx.last's)
			}
		}
	}
	mb.start, mb.end = -1, -1 // words of the sentence before
	return mb, acted
}

// arrestingForce reports whether mb is a state's police or security
// service, which makes arrests.
func arrestingForce(mb member) bool {
	r := role(mb)
	return (r == "COP" || r == "SPY") && mb.country != "" && mb.person == nil && len(mb.code) == 6
}

// clausePolice returns the police mention that is no preposition's object,
// before token t and apart from it by a clause boundary, a comma or "and"
// (the subject of another verb), or -1.
func (s *sentence) clausePolice(t int) int {
	for mi := range s.ms {
		m := &s.ms[mi]
		if m.start >= t {
			break
		}
		if m.kind != mFull || m.prep != "" || len(m.members) != 1 || !arrestingForce(m.members[0]) && role(m.members[0]) != "MIL" {
			continue
		}
		for k := m.end; k < t; k++ {
			if s.boundary[k] || s.toks[k].Lower == "," || s.toks[k].Lower == "and" {
				return mi
			}
		}
	}
	return -1
}

// countBefore reports whether a bare number is the subject of the passive
// at token t: "and 30 were detained".
func (s *sentence) countBefore(t int) bool {
	k := t - 1
	for k > 0 && (beForms[s.toks[k].Lower] || auxWords[s.toks[k].Lower]) {
		k--
	}
	return k < t-1 && s.toks[k].Kind == text.Number && (k == 0 || s.boundary[k-1] || s.toks[k-1].Lower == "," || s.toks[k-1].Lower == "and")
}

// policeArrest codes the passive arrest of match a (head its clause's
// first word, tgt its subject's mention or -1) by the police of an earlier
// clause or of the sentence before; nil when there is none, or when the
// subject is no actor and no crowd.
func (s *sentence) policeArrest(a match, head, tgt int, conf float64) []proto {
	var src member
	before := false // the police of the sentence before
	if mi := s.clausePolice(a.trig); mi >= 0 {
		if mi == tgt {
			tgt = -1 // the subject of the clause before: the police, not whom they held
		}
		src = s.ms[mi].members[0]
	} else if s.prevPolice.code != "" {
		src, before = s.prevPolice, true
	} else {
		return nil
	}
	var tgts []member
	switch {
	case tgt >= 0:
		tgts = s.ms[tgt].members
		for _, y := range tgts {
			if role(src) == "MIL" && y.country == src.country {
				return nil // troops hold foreigners: "Russian troops shelled Kharkiv. Two men were detained" names no arrester
			}
		}
	case role(src) == "MIL":
		return nil // troops hold only people the words name: "Israeli troops raided Jenin, and 20 Palestinians were detained"
	case s.crowdBefore(head) || s.countBefore(a.trig):
		tgts = []member{{code: src.country + "CVL", country: src.country, name: src.name, start: -1, end: -1}} // "dozens were arrested", "and 30 were detained"
	default:
		return nil
	}
	var out []proto
	for _, y := range tgts {
		if y.code == src.code {
			continue
		}
		out = append(out, proto{src: src, tgt: y, hasTgt: true, code: "173", words: a.words, conf: conf - 0.15, frame: -1,
			viaEvent: before && s.prevActed}) // undated, on the day of the police's act before
	}
	return out
}
