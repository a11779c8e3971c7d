package coder

import (
	"testing"

	"github.com/dyadhq/dyad"
)

// TestRankedSince: a "since" phrase that measures a rank ("the bloodiest
// day since the coup last month", "the largest protest since 2019") dates
// no act: an act told with "as" in the same sentence keeps the main
// clause's day.
func TestRankedSince(t *testing.T) {
	day := func(e dyad.Event) string { return e.Date }
	checkAttr(t, []attrCase{
		{"the bloodiest day since", "Security forces in Myanmar killed at least 38 people on Saturday as they broke up protests, the deadliest day since the army took power last month, witnesses said.", "MMRCOP MMRCVL 175", "2024-06-15"},
		{"the deadliest since", "Sudanese police fired tear gas at protesters in Khartoum on Thursday as they cracked down on marches, the deadliest crackdown since the coup in October.", "SDNCOP - 175", "2024-06-20"},
	}, day)
}
