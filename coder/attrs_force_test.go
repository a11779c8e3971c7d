package coder

import "testing"

// TestImposedBeforeDate: the imposition an easing tells "after imposing
// it" is dated from the easing's day by the words after "after"
// (measures.go imposedBefore); the easing keeps its own.
func TestImposedBeforeDate(t *testing.T) {
	checkAttr(t, []attrCase{
		{"two days after", "Peru's president lifted the curfew in Lima on Monday, two days after imposing it.", "PERGOV PERCVL 1723", "2024-06-15"},
		{"the easing's own", "Peru's president lifted the curfew in Lima on Monday, two days after imposing it.", "PERGOV PERCVL 0813", "2024-06-17"},
		{"a week after", "Sri Lanka lifted the state of emergency on Friday, a week after declaring it.", "LKA LKACVL 1724", "2024-06-07"},
		{"hours after", "Bangladesh lifted martial law on Sunday, hours after imposing it.", "BGD BGDCVL 1724", "2024-06-16"},
	}, eventDate)
}
