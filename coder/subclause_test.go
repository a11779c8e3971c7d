package coder

import "testing"

// TestNamedReactionTimes: what a speaker calls an act in a relative clause of
// its own ("in what it called", ", which it called") is said on the day of
// the sentence's report, not on the day of the act it names; with no report
// time, the reaction keeps the date it had. The act itself keeps its own day.
func TestNamedReactionTimes(t *testing.T) {
	checkClauseCases(t, []clauseCase{
		{name: "in what it called", date: "2024-05-06", // a Monday
			text:  "The Indian navy said on Wednesday that Pakistani sailors had boarded an Indian trawler near Okha on Monday, in what it called a brazen act of piracy.",
			event: "INDMIL PAK 1121", when: "2024-05-01"},
		{name: "the act named keeps its day", date: "2024-05-06",
			text:  "The Indian navy said on Wednesday that Pakistani sailors had boarded an Indian trawler near Okha on Monday, in what it called a brazen act of piracy.",
			event: "PAK IND 1711", when: "2024-04-29"},
		{name: "which it called", date: "2024-05-06",
			text:  "Manila said on Friday that Chinese ships fired water cannon at a Philippine boat on Tuesday, which it called illegal.",
			event: "PHL CHN 111", when: "2024-05-03"},
		{name: "no report time: the sentence's day", date: "2024-05-06",
			text:  "China held drills around Taiwan on Monday, a move Washington called provocative.",
			event: "USA CHN 111", when: "2024-05-06"},
	})
}
