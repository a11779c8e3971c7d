package coder

import "testing"

// TestInKindOwnDay: an act answered in kind and told as a noun with its own
// day ("retaliating for Estonia's expulsion of five envoys on Monday") is
// dated by that day, not the answer's, and counts its own people.
func TestInKindOwnDay(t *testing.T) {
	const text = "Moscow expelled five Estonian diplomats on Wednesday, retaliating for Estonia's expulsion of four Russian envoys on Monday."
	checkAttr(t, []attrCase{
		{"answered", text, "EST RUSGOV 161", "2024-06-17"},
		{"answer", text, "RUS ESTGOV 161", "2024-06-19"},
	}, eventDate)
	checkAttr(t, []attrCase{
		{"answered", text, "EST RUSGOV 161", "4 envoys"},
		{"answer", text, "RUS ESTGOV 161", "5 diplomats"},
	}, amount)
}
