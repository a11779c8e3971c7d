package coder

import (
	"testing"

	"github.com/dyadhq/dyad"
)

// TestRelativeClauseDates: a relative clause set off by a comma after the
// main clause's act dates its own act alone (relative.go asideAfter), and
// the act of a clause whose object is its antecedent takes the clause's
// own day (objectgap.go). Report of Thursday 20 June 2024.
func TestRelativeClauseDates(t *testing.T) {
	day := func(e dyad.Event) string { return e.Date }
	checkAttr(t, []attrCase{
		{"whose aside after the act", "Kenya expelled the Ugandan ambassador, whose soldiers detained 12 Kenyan fishermen in March.", "KEN UGAGOV 161", "2024-06-20"},
		{"the whose aside's own act", "Kenya expelled the Ugandan ambassador, whose soldiers detained 12 Kenyan fishermen in March.", "UGAMIL KENAGR 173", "2024-03"},
		{"which aside after the act", "The Sudanese army shelled Wad Madani, which RSF fighters seized in December.", "SDNMIL SDNCVL 194", "2024-06-20"},
		{"to whom aside after the act", "Police in Bolivia detained the former minister, to whom Peru had granted asylum on Monday.", "BOLCOP BOLGOV 173", "2024-06-20"},
		{"object gap's day", "The opposition leader, whom police arrested on Friday, appeared in court in Harare on Monday.", "ZWECOP ZWEOPP 173", "2024-06-14"},
		// guard: a restrictive clause (no comma) still dates an act with no time of its own
		{"restrictive clause", "Kenyan police fired tear gas at protesters who had gathered in Nairobi on Tuesday.", "KENCOP KENOPP 175", "2024-06-18"},
	}, day)
}

// TestRelativeClausePlaces: force that a relative clause tells on its
// antecedent place was used there, though the place stands before the
// clause (place.go, objectgap.go antecedentAt).
func TestRelativeClausePlaces(t *testing.T) {
	checkAttr(t, []attrCase{
		{"shelled its antecedent", "Kharkiv, which Russian troops shelled overnight, was without power on Monday.", "RUSMIL UKR 194", "Kharkiv"},
		{"struck its antecedent", "The Ukrainian army held Kupiansk, which Russian troops shelled on Monday.", "RUSMIL UKR 194", "Kupiansk"},
	}, placeName)
}
