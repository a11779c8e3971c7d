package lexicon

import (
	"testing"

	"github.com/dyadhq/dyad"
)

// TestPloverTypes pins codes whose PLOVER type the CAMEO to PLOVER mapping
// (2021) sets apart from their CAMEO neighbours: sanctions imposed (163) are
// PLOVER's SANCTION, with the rest of 16, not COERCE, which is 17's.
func TestPloverTypes(t *testing.T) {
	lx, _, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		code dyad.EventCode
		want string
	}{
		{"163", "SANCTION"},
		{"162", "SANCTION"},
		{"1723", "COERCE"},
	} {
		ci, ok := lx.CodeInfo(tc.code)
		if !ok || ci.Plover != tc.want {
			t.Errorf("%s: PLOVER type %q, want %q", tc.code, ci.Plover, tc.want)
		}
	}
}
