package coder

import "slices"

// Verdicts with their sentence. A court that finds someone guilty and
// sentences them in one report gives one event, the finding of guilt (116):
// "convicted Bolsonaro of plotting a coup and sentenced him to 27 years",
// "found Najib guilty of abuse of power, jailing him for 12 years". The
// sentence is what the verdict carries, as the team's gold codes it, not a
// detention of its own; a sentence that no verdict in the sentence
// carries ("a Hanoi court sentenced the blogger to nine years") stays an
// arrest or detention (173), as CAMEO's usage note for 116 has it.

// sentenceWords are the words of a sentence handed down.
var sentenceWords = set(`sentence sentenced sentencing jail jailed jailing imprison imprisoned imprisoning term`)

// withVerdict drops from ps each 173 told by a sentence's words whose source
// and target a 116 of the same sentence has.
func withVerdict(s *sentence, ps []proto) []proto {
	if !slices.ContainsFunc(ps, func(p proto) bool { return p.code == "116" }) {
		return ps
	}
	return slices.DeleteFunc(ps, func(p proto) bool {
		if p.code != "173" || !p.hasTgt || !slices.ContainsFunc(p.words, func(k int) bool { return sentenceWords[s.toks[k].Lower] }) {
			return false
		}
		return slices.ContainsFunc(ps, func(q proto) bool {
			return q.code == "116" && q.hasTgt && q.src.code == p.src.code && q.tgt.code == p.tgt.code
		})
	})
}
