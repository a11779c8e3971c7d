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
		{"the bloodiest day since", "Myanmar's security forces shot dead at least 50 people on Saturday as they cracked down on protests, the bloodiest day since the military seized power last month, local media reported.", "MMRCOP MMRMIL 175", "2024-06-15"},
		{"the deadliest since", "Sudanese police fired tear gas at protesters in Khartoum on Thursday as they cracked down on marches, the deadliest crackdown since the coup in October.", "SDNCOP - 175", "2024-06-20"},
	}, day)
}
