package coder

import (
	"slices"

	"github.com/dyadhq/dyad/text"
)

// A subordinate clause whose subject carries a modifier phrase before its
// verb: "a day after gunmen loyal to the former president ambushed soldiers",
// "hours after troops under his command surrounded the parliament". The
// phrase hides the verb from the subordinator (subordinate and
// subordinateActors look for a past verb right after the subject), so the
// clause's act was read as a complement of the main clause's and dropped.

// modClauseSubj is a subordinate clause's subject mention and its verb token.
type modClauseSubj struct{ verb, mention int }

// subordinateModified marks as a clause boundary the "after" or "before"
// whose subject, an actor right after it, is followed by a modifier phrase
// (a preposition's phrase, an adjective of stance with its preposition, or
// "and" with a second noun) and then by the clause's own past verb, found as
// verbAfterPhrase finds a main verb after a relative clause. The modifier's
// last word ends the phrase, so no pattern of the modifier runs on into the
// verb's words, and the verb's subject is the actor, not the modifier's noun.
func (s *sentence) subordinateModified() {
	for i, t := range s.toks {
		if s.boundary[i] || !marked(&t, cSubord) { // speed9: a word class (wordclass.go)
			continue
		}
		mi := s.actorAfter(i)
		if mi < 0 {
			continue
		}
		k := s.ms[mi].end
		if k+2 >= len(s.toks) {
			continue
		}
		w := s.toks[k].Lower
		if w == "," {
			// "days after Kim Yo Jong, the sister of the leader, threatened":
			// an appositive on the subject, its verb right after the aside
			if e := s.asideEnd(k); e > 0 && e+1 < len(s.toks) && !s.toks[e+1].Cap && pastForm(&s.toks[e+1]) && s.in[e+1] < 0 && s.namingPhrase(k+1, e) {
				s.boundary[i] = true
				s.clauseSubj = append(s.clauseSubj, modClauseSubj{verb: e + 1, mention: mi})
			}
			continue
		}
		if !(prepositions[w] && w != "of" && w != "by" || w == "and" || stanceWords[w] && statePreps[s.toks[k+1].Lower]) {
			continue
		}
		v := s.verbAfterPhrase(k+1, min(len(s.toks), k+10))
		if v < 0 || isWord(s.toks, v+1, "by") {
			continue // "after rebels from groups backed by": a participle, no clause
		}
		s.boundary[i] = true
		if !s.boundary[v-1] {
			s.boundary[v-1] = true
			s.mainAt = append(s.mainAt, v-1)
		}
		s.clauseSubj = append(s.clauseSubj, modClauseSubj{verb: v, mention: mi})
	}
}

// modifiedClauseSubject returns the subject subordinateModified found for
// the verb at token t, or -1.
func (s *sentence) modifiedClauseSubject(t int) int {
	if k := slices.IndexFunc(s.clauseSubj, func(c modClauseSubj) bool { return c.verb == t }); k >= 0 {
		return s.clauseSubj[k].mention
	}
	return -1
}

// namingPhrase reports whether the words from token a up to the comma at e
// are a noun phrase naming who the subject before them is ("the sister of
// the leader", "a former minister"): a determiner first, and no verb.
func (s *sentence) namingPhrase(a, e int) bool {
	if a >= e || !determiners[s.toks[a].Lower] {
		return false
	}
	for j := a; j < e; j++ {
		if t := &s.toks[j]; t.Kind != text.Word || s.in[j] < 0 && !t.Cap && pastForm(t) || clauseWords[t.Lower] {
			return false
		}
	}
	return true
}

// charging participles say something of someone: a speaker's words.
var chargingParticiples = set(`accusing blaming calling denouncing condemning criticising criticizing branding labelling labeling describing`)

// speakerPastSubordinate returns the subordinator that opens the clause right
// before a participle of speech or charge at token t when that clause has no
// actor for its subject ("closed the crossing after a landmine wounded three
// soldiers, accusing Cambodia of planting mines"): a mine accuses no one, so
// the participle is the speaker's of the clause the subordinate one depends
// on, looked for from the subordinator back. It returns -1 otherwise.
func (s *sentence) speakerPastSubordinate(t int) int {
	if !s.participial(t) || !speechParticiples[s.toks[t].Lower] && !chargingParticiples[s.toks[t].Lower] {
		return -1
	}
	b := t - 2
	for b >= 0 && !s.boundary[b] {
		b--
	}
	if b < 1 || !subordinators[s.toks[b].Lower] {
		return -1
	}
	j := b + 1
	for j < t && determiners[s.toks[j].Lower] {
		j++
	}
	if mi := s.in[j]; mi >= 0 && s.ms[mi].usable() && !s.chargesItself(mi, t) {
		return -1 // "after Somalia expelled two diplomats, accusing them": Somalia's words
	}
	return b
}

// chargesItself reports whether the participle at token t names as its
// object the country of mention mi, the subject of the subordinate clause
// before it ("suspended imports after Japan began releasing water, accusing
// Tokyo of"): no state accuses itself, so the participle is the speaker's of
// the clause the subordinate one depends on.
func (s *sentence) chargesItself(mi, t int) bool {
	k := t + 1
	for k < len(s.toks) && determiners[s.toks[k].Lower] {
		k++
	}
	if k >= len(s.toks) {
		return false
	}
	oi := s.in[k]
	if oi < 0 || oi == mi || len(s.ms[oi].members) == 0 {
		return false
	}
	for _, o := range s.ms[oi].members {
		if o.country == "" || o.country != s.ms[mi].members[0].country {
			return false
		}
	}
	return true
}

// speaksOrNames reports whether the pronoun at token i is the subject of a
// verb of saying or of naming ("in what it called an act of piracy", "which
// it said"): a ship says nothing, so "it" there is no vessel named before.
func speaksOrNames(toks []text.Token, i int) bool {
	return i+1 < len(toks) && (labelVerbs[toks[i+1].Lemma] || reportVerbs[toks[i+1].Lower])
}

// namedReaction reports whether the verb at token t names an act told before
// it in a relative clause of its own ("in what it called an act of piracy",
// ", which Manila called illegal", ", a move Tokyo called provocative"): the
// speaker's words, said when the sentence's report is dated, not on the day
// of the act they name.
func (s *sentence) namedReaction(t int) bool {
	if t < 1 || t >= len(s.toks) || !labelVerbs[s.toks[t].Lemma] {
		return false
	}
	k := t - 1
	for k > 0 && auxAdverbs[s.toks[k].Lower] {
		k--
	}
	mi := s.in[k]
	return mi >= 0 && s.summaryObject(t, mi) > 0
}
