package coder

import (
	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// Measures undone by a pronoun. A sentence that tells a measure and its end
// names the measure once and then refers to it, by a pronoun or a noun that
// only refers back ("the decree"): "declared martial law on
// Tuesday, only to lift it six hours later", "imposed a curfew and lifted it
// on Friday", "the parliament voted to revoke it". The pattern of the end
// ("lift ... martial law") cannot see through "it", so the end is coded here
// from the measure's event: the same code's easing (CAMEO 081x, 085), by the
// undoing verb's subject, or by the measure's source when the verb shares
// it, against the measure's target.

// undoCodes give the easing of each measure that may be undone.
var undoCodes = map[dyad.EventCode]dyad.EventCode{
	"172": "081", "1721": "0811", "1722": "0812", "1723": "0813", "1724": "0814",
	"163": "085",
}

// anaphors are nouns that refer back to a measure named before them: "the
// decree", "the measures".
var anaphors = set(`decree measure order`)

// undoVerbs end a measure.
var undoVerbs = set(`lift lifted revoke rescind repeal scrap withdraw overturn reverse remove ease relax suspend end ended`)

// undone returns the ends of the measures of protos that the sentence tells
// through a pronoun ("lifted it") or a noun that refers back ("lifted the
// decree") after a verb of undoVerbs.
func (c *Coder) undone(s *sentence, protos []proto, frames []match) []proto {
	var out []proto
	for t := 1; t+1 < len(s.toks); t++ {
		it := s.toks[t+1].Lower
		end := t + 2 // past the object
		if it == "the" && t+2 < len(s.toks) && anaphors[s.toks[t+2].Lemma] {
			// "but lifted the decree hours later": a noun that only
			// refers back, one measure or several as its number says
			it, end = "it", t+3
			if s.toks[t+2].Lower != s.toks[t+2].Lemma {
				it = "them"
			}
		}
		if it != "it" && it != "them" || s.toks[t].Kind != text.Word || s.toks[t].Cap {
			continue
		}
		if !undoVerbs[s.toks[t].Lemma] && !undoVerbs[s.toks[t].Lower] {
			continue
		}
		if s.tail >= 0 && t > s.tail || governed(frames, t) || s.negated(t) || s.hypothetical(t) {
			continue // "..., officials said", "refused to lift it", "did not lift it"
		}
		// the measure: the latest one told before the verb
		k := -1
		for i, p := range protos {
			if _, ok := undoCodes[p.code]; ok && len(p.words) > 0 && p.words[len(p.words)-1] < t && (k < 0 || p.words[0] >= protos[k].words[0]) {
				k = i
			}
		}
		if k < 0 {
			continue
		}
		m := protos[k]
		n := len(m.words) - 1
		for n > 0 && prepositions[s.toks[m.words[n]].Lower] {
			n-- // "imposed sanctions on": the measure is the noun before
		}
		noun := &s.toks[m.words[n]]
		if plural := noun.Lower != noun.Lemma; plural != (it == "them") {
			continue // "it" is one measure ("martial law"), "them" several ("sanctions")
		}
		e := m
		e.code, e.frame, e.conf = undoCodes[m.code], -1, max(m.conf-0.1, 0.1)
		e.words = nil
		for k := t; k < end; k++ {
			e.words = append(e.words, k)
		}
		if mi, _ := s.subject(t, -1); mi >= 0 && s.ms[mi].start > m.words[len(m.words)-1] && s.startsClause(mi) &&
			s.ms[mi].usable() && len(s.ms[mi].members) == 1 {
			e.src = s.ms[mi].members[0] // "but parliament voted to revoke it"
		}
		if e.hasTgt && e.src.code == e.tgt.code {
			continue
		}
		out = append(out, e)
	}
	return out
}

// startsClause reports whether mention mi begins a clause of its own, as a
// subject does after a conjunction ("but parliament voted"), not as the
// object of a verb ("accusing the opposition").
func (s *sentence) startsClause(mi int) bool {
	k := s.ms[mi].start - 1
	for k >= 0 && determiners[s.toks[k].Lower] {
		k--
	}
	return k < 0 || s.boundary[k] || subjectOpeners[s.toks[k].Lower]
}

// subjectOpeners may stand right before the subject of a clause.
var subjectOpeners = set(`but and then after before when until while as , ;`)
