package coder

import "github.com/dyadhq/dyad/text"

// A relative clause on a decree, an order or a law that an actor issued
// tells the issuer's act: "Burkina Faso's junta issued a decree that
// ordered French diplomats to leave" is the junta's expulsion. Read alone,
// the clause's subject, the decree, names no actor and its act was dropped.

// instruments are what a body issues to act through.
var instruments = set(`decree order law directive edict resolution ruling regulation notice letter`)

// issueVerbs issue an instrument.
var issueVerbs = set(`issue sign pass adopt enact publish approve announce`)

// issuedBefore returns the verb of issuing whose object is the instrument
// noun before the relative pronoun at token b (past a time phrase on it, and
// up to three modifiers between verb and noun), or -1.
func (s *sentence) issuedBefore(b int) int {
	k := b - 1
	for k > 0 && s.time[k] {
		k--
	}
	if k < 1 || !instruments[s.toks[k].Lemma] || s.toks[k].Cap {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		t := &s.toks[j]
		if issueVerbs[t.Lemma] && t.Lower != t.Lemma && pastForm(t) {
			return j
		}
		if s.boundary[j] || s.in[j] >= 0 || prepositions[t.Lower] || t.Kind != text.Word {
			return -1
		}
	}
	return -1
}
