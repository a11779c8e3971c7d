package coder

// What a crowd or a state reacts against is what it reacts to, told before:
// "thousands protested against the government's decision to suspend talks
// with the bloc", "protesters, who are angry at the cabinet's plan to cut
// ties with Minsk" report the protest or the anger, not a new suspension or
// cut; "protesters angered by the junta's arrest of a journalist stormed the
// ministry" tell the storming, and the arrest only as why. The act in the
// infinitive of "decision", "plan" or "move" whose noun phrase follows
// "against", "over", "at" or a verb of protest, and the act a noun names
// right after "angered by" or "angry at", are background (no event),
// whether or not the reaction itself is coded in the clause (a relative "who
// are angry at" is no disapproval of its own).

// decidedNouns name a decision whose infinitive says what was decided.
var decidedNouns = set(`decision decisions plan plans move`)

// reactedTo are the words before such a noun phrase that tell it is what
// someone reacts against.
var reactedTo = set(`against over at protest protested protesting protests opposed opposing`)

// angerWords are the words of anger whose "by", "at" or "over" names what
// angered.
var angerWords = set(`angered angry anger outraged outrage incensed furious fury`)

// opposedDecision reports whether action a is what a decision, reacted
// against, decided ("against the government's decision to suspend talks"),
// or the act a noun names as what angered ("angered by the kingdom's
// execution of a cleric").
func (s *sentence) opposedDecision(a match) bool {
	decided := a.trig >= 3 && s.toks[a.trig-1].Lower == "to" && decidedNouns[s.toks[a.trig-2].Lower]
	from := a.trig - 1
	if decided {
		from = a.trig - 3
	}
	for k := from; k >= 1 && k >= from-4; k-- {
		w := s.toks[k].Lower
		if decided && reactedTo[w] {
			return true
		}
		if (w == "by" || w == "at" || w == "over") && angerWords[s.toks[k-1].Lower] {
			return true // "angered by the kingdom's execution of", "angry at the cabinet's plan to"
		}
		if s.boundary[k] || !determiners[w] && !modifierWords[w] && s.in[k] < 0 && !s.toks[k].Cap && w != "new" && w != "latest" && !isWord(s.toks, k+1, "'s") {
			return false
		}
	}
	return false
}
