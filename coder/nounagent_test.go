package coder

import (
	"testing"
)

// TestNounDates pins the date of an act told by a noun: the noun phrase's
// own time ("the detention of two Canadians by China in December 2018"),
// not the report's, wherever the phrase stands.
func TestNounDates(t *testing.T) {
	checkDates(t, []dateCase{
		{"subject with its month", "2024-06-20",
			"The detention of two Canadians by China in December 2018 soured relations with Ottawa.", "CHN CANCVL 173", "2018-12"},
		{"after a preposition, with its weekday", "2024-06-20",
			"Residents fled after the shelling of Kharkiv by Russian forces on Tuesday.", "RUSMIL UKR 194", "2024-06-18"},
		{"object of a reaction, dated by the reaction's time", "2024-06-20",
			"China condemned the arrest of two Chinese fishermen by Japanese police on Monday.", "JPNCOP CHNAGR 173", "2024-06-17"},
		{"a possessive with its year", "2024-06-20",
			"The sinking of the Moskva by Ukraine in April 2022 embarrassed Russia.", "UKR RUS 190", "2022-04"},
	})
}
