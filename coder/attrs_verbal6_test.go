package coder

import (
	"testing"

	"github.com/dyadhq/dyad"
)

// TestChargeAfterDate: a charge told by a participle after its act
// (chargeafter.go) is dated as the act is, not by the document's date.
func TestChargeAfterDate(t *testing.T) {
	day := func(e dyad.Event) string { return e.Date }
	checkAttr(t, []attrCase{
		{"accusing it", "The Malaysian navy seized a Vietnamese trawler off Terengganu on Sunday, accusing it of poaching in Malaysian waters.", "MYSMIL VNM 112", "2024-06-16"},
		{"accusing its neighbour", "Djibouti cut diplomatic ties with Eritrea on Monday, accusing its neighbour of arming rebels along the frontier.", "DJI ERI 112", "2024-06-17"},
	}, day)
}
