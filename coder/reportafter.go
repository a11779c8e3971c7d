package coder

import "github.com/dyadhq/dyad/text"

// A verb of saying in a clause of "after" or "before" tells a past
// announcement, not the report of the sentence: "police dispersed
// protesters overnight, who had rallied after the prime minister announced
// on Thursday that talks were suspended" was reported the next morning, and
// its night is the one before the report, not before Thursday (POLICY §19).
// Only when no report is told before it: "the army said on Sunday its troops
// had entered the town, after rebels announced overnight that they were
// withdrawing" keeps the nearer report for the withdrawal.

// backgroundReport reports whether the reporting verb at token lead stands
// in a clause opened by "after", "before" or "since" within the eight words
// before it, with no comma between.
func backgroundReport(toks []text.Token, lead int) bool {
	for k := lead - 1; k >= 0 && k >= lead-8; k-- {
		switch toks[k].Lower {
		case "after", "before", "since", "following":
			return true
		case ",", ";", ":", "and", "but", "while", "as":
			return false
		}
	}
	return false
}

// roleVerbs take "as" before the office someone holds, takes or leaves:
// "resigned as Bolivia's president on Sunday" is one clause, whose day
// that is.
var roleVerbs = set(`resigned resigns resign quit served serves serve serving sworn elected re-elected appointed named installed reinstated remained remains down`)
