package coder

import "testing"

// TestRelativeTimeNotLent: a time inside a relative clause on a noun
// ("drones that entered its airspace overnight") dates that clause's act
// and the act it is the object of, not an act told after the clause ends
// with no time of its own: that one is the report's day. A time of the
// clause itself, with no relative clause, is shared by the act coordinated
// after it.
func TestRelativeTimeNotLent(t *testing.T) {
	checkAttr(t, []attrCase{
		{"overnight, then a report", "Romanian jets shot down Russian drones that entered Romania's airspace overnight, and President Klaus Iohannis said Bucharest had asked NATO for consultations.", "ROU IGOWSTNAT 020", "2024-06-20"},
		{"overnight, the object's act", "Romanian jets shot down Russian drones that entered Romania's airspace overnight, and President Klaus Iohannis said Bucharest had asked NATO for consultations.", "ROU RUS 195", "2024-06-19/2024-06-20"},
		{"a day, then a demand", "Polish fighters downed two Russian drones that violated Polish airspace on Sunday, and Warsaw demanded an apology from Moscow.", "POL RUS 100", "2024-06-20"},
		{"a subject's clause, then a summons", "US air strikes that killed 25 militia fighters in Iraq on Sunday drew protests, and Iraq summoned the US envoy.", "IRQ USAGOV 114", "2024-06-20"},
		// guards: the clause's own day is shared; an aside on the subject tells its act
		{"no relative clause", "Polish fighters downed two Russian drones on Sunday, and Warsaw demanded an apology from Moscow.", "POL RUS 100", "2024-06-16"},
		{"an aside on the subject", "Al Shabaab militants, who stormed a hotel in Mogadishu on Friday, killed 20 people.", "SOMREBSHB SOMCVL 190", "2024-06-14"},
	}, eventDate)
}
