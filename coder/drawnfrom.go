package coder

// bind8: a reaction "drawn from" someone by an act told as a noun has that
// act's doer as its target: "The arrest of a French journalist by Algerian
// police drew protests from Paris" is France's protest against Algeria, as
// "Hungary blocked the sanctions, drawing criticism from Poland" is
// Poland's against Hungary. The clause's subject is the act, which names
// no actor outside a preposition, so no target is found for the reaction
// (patterns "draw ... criticism ... from $S", "draw ... &COMPLAINTN ... from
// $S", "spark ... angry ... reaction ... from $S"); the one it answers is
// the source of the event bound before it in its own clause, of another
// country than the reacting side (reactedTo, reaction.go).

// drawnFrom returns the target of a reaction at token t, from source src,
// whose verb draws it from its source ("drew", "sparked", "provoked"):
// the doer of the act bound before it. Else it returns tgt, how unchanged.
func (s *sentence) drawnFrom(t, src, tgt int, h how) (int, how) {
	if !drawVerbs[s.toks[t].Lemma] || s.ms[src].prep != "from" {
		return tgt, h
	}
	if mi := s.reactedTo(t, src); mi >= 0 && s.clause(s.ms[mi].start) == s.clause(t) {
		return mi, earlier // (not "struck Odesa, a port that has drawn criticism from Kyiv": a clause of its own)
	}
	return tgt, h
}

// drawVerbs draw a reaction out of its source.
var drawVerbs = set(`draw prompt provoke trigger spark`)
