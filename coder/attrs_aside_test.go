package coder

import (
	"testing"

	"github.com/dyadhq/dyad"
)

// TestAsideDate: a time inside a relative clause that an aside on the
// subject holds dates the clause's act, not the main verb after the aside
// (asideclause.go); the main verb's own time, or the report's day, dates it.
func TestAsideDate(t *testing.T) {
	date := func(e dyad.Event) string { return e.Date }
	checkAttr(t, []attrCase{
		{"the main verb's day", "Rwandan soldiers, the vanguard of a force that Kigali agreed to lead in March, arrived in Maputo on Friday.", "RWAMIL MOZ 074", "2024-06-14"},
		{"no day of its own", "Rwandan soldiers, the vanguard of a force that Kigali agreed to lead in March, shelled rebel positions in Mozambique.", "RWAMIL MOZREB 194", "2024-06-20"},
		// guard: the time of the main clause itself is kept
		{"after the verb", "Rwandan soldiers arrived in Maputo in March.", "RWAMIL MOZ 074", "2024-03"},
	}, date)
}
