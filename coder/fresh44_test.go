package coder

import "testing"

// TestVisitCity: a visit whose words name only the host country, or whose
// place the sentence's other words took to another country, is where the
// guest's acts of that day were, a town of the host (fresh set 44).
func TestVisitCity(t *testing.T) {
	pact := "Narendra Modi and Vladimir Putin signed a trade pact in Moscow on Monday during the Indian leader's first visit to Russia in five years."
	deal := "The foreign ministers of Serbia and Kosovo signed a trade deal in Paris on Monday aimed at easing tensions that have flared in northern Kosovo, at a ceremony hosted by French President Emmanuel Macron."
	checkAttr(t, []attrCase{
		{"a visit to a country", pact, "INDGOV RUS 042", "Moscow"},
		{"its hosting", pact, "RUS INDGOV 043", "Moscow"},
		{"a ceremony's guest", deal, "XKXGOV FRAGOV 042", "Paris"},
		{"its host", deal, "FRAGOV XKXGOV 043", "Paris"},
		{"guard: no town named", "Narendra Modi visited Russia on Monday.", "INDGOV RUS 042", "Russia"},
		{"guard: a town of another country", "Narendra Modi visited Russia on Monday, a week after talks in Minsk.", "INDGOV RUS 042", "Russia"},
	}, placeName)
}

// TestSeatMeeting: a meeting the name of a seat of government describes is
// placed in the seat's capital (POLICY §20), and so is the visit it makes.
func TestSeatMeeting(t *testing.T) {
	text := "A Kremlin meeting between Vladimir Putin and Narendra Modi on Tuesday lasted three hours."
	checkAttr(t, []attrCase{
		{"the meeting", text, "RUSGOV INDGOV 040", "Moscow"},
		{"the visit", text, "INDGOV RUSGOV 042", "Moscow"},
		{"at the seat", "Joe Biden met Olaf Scholz at the White House on Friday.", "DEUGOV USAGOV 042", "Washington"},
	}, placeName)
}
