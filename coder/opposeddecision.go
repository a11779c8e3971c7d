package coder

// What a crowd or a state reacts against is what it reacts to, told before:
// "thousands protested against the government's decision to suspend talks
// with the bloc", "protesters, who are angry at the cabinet's plan to cut
// ties with Minsk" report the protest or the anger, not a new suspension or
// cut. The act in the infinitive of "decision", "plan" or "move" whose noun
// phrase follows "against", "over", "at" or a verb of protest is background
// (no event), whether or not the reaction itself is coded in the clause
// (a relative "who are angry at" is no disapproval of its own).

// decidedNouns name a decision whose infinitive says what was decided.
var decidedNouns = set(`decision decisions plan plans move`)

// reactedTo are the words before such a noun phrase that tell it is what
// someone reacts against.
var reactedTo = set(`against over at protest protested protesting protests opposed opposing`)

// opposedDecision reports whether action a is what a decision, reacted
// against, decided: "against the government's decision to suspend talks".
func (s *sentence) opposedDecision(a match) bool {
	if a.trig < 3 || s.toks[a.trig-1].Lower != "to" || !decidedNouns[s.toks[a.trig-2].Lower] {
		return false
	}
	for k := a.trig - 3; k >= 0 && k >= a.trig-7; k-- {
		w := s.toks[k].Lower
		if reactedTo[w] {
			return true
		}
		if s.boundary[k] || !determiners[w] && !modifierWords[w] && s.in[k] < 0 && !s.toks[k].Cap && w != "new" && w != "latest" {
			return false
		}
	}
	return false
}
