package coder

import (
	"testing"

	"github.com/dyadhq/dyad"
)

// TestNextMorning: "the next morning", "the following evening" date their
// clause the day after the one named before, as "the next day" does
// (nextmorning.go); the clause before keeps its own day, and "the next day"
// is as before. The document is of Thursday 20 June 2024.
func TestNextMorning(t *testing.T) {
	date := func(e dyad.Event) string { return e.Date }
	checkAttr(t, []attrCase{
		{"the next morning", "Sudanese troops shelled a camp near the border on Sunday, and Chad closed its border the next morning.", "TCD TCDCVL 191", "2024-06-17"},
		{"the following morning", "Police detained the opposition leader in Harare late on Monday and a court charged him with treason the following morning.", "ZWEJUD ZWEOPP 173", "2024-06-18"},
		{"the following evening", "Rebels stormed a prison in Goma on Sunday, and the government imposed a curfew the following evening.", "CODGOV CODCVL 1723", "2024-06-17"},
		{"the clause before", "Rebels stormed a prison in Goma on Sunday, and the government imposed a curfew the following evening.", "CODREB COD 190", "2024-06-16"},
		{"guard: the next day", "Rebels stormed a prison in Goma on Sunday, and the government imposed a curfew the next day.", "CODGOV CODCVL 1723", "2024-06-17"},
		{"guard: its own day", "Police in Harare detained the opposition leader on Monday morning.", "ZWECOP ZWEOPP 173", "2024-06-17"},
	}, date)
}
