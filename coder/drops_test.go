package coder

import (
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
)

// TestExplainDrops checks that --explain names why an act that matched was
// let go: at bind's guards, in participants, and after a pass.
func TestExplainDrops(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct{ text, want string }{
		{"Kenya did not expel the Ugandan ambassador.", `"expel the Ugandan ambassador" 161 negated`},
		{"Chad might close its border with Sudan.", `"close its border with Sudan" 191 hypothetical`},
		{"Armenia denied shelling Azerbaijani positions.", `"shelling Azerbaijani positions" 190 cancelled`},
		{"Peru rejected a proposal for signing a trade agreement with Chile.", `"signing a trade agreement with Chile" 057 unreal-noun`},
		{"The Russian government criticized Russian officials.", `"criticized Russian officials" 111 no-parties: one-actor`},
		{"Police said 30 people had been arrested.", `"arrested" 173 no-parties: arrest-no-subject`},
		{"Rebels attacked a village in Mali on Monday, killing 12 soldiers.", `"killing" 190 consequences..evacuatedFrom`},
	} {
		var b strings.Builder
		c.Explain(&b, dyad.Document{ID: "d", Date: "2024-05-06", Text: tc.text})
		got := dropLines(b.String())
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%s\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
	// an act coded is no drop, and coding keeps no log
	var b strings.Builder
	c.Explain(&b, dyad.Document{ID: "d", Date: "2024-05-06", Text: "Kenya expelled the Ugandan ambassador."})
	if got := dropLines(b.String()); len(got) != 0 {
		t.Errorf("a coded act dropped: %q", got)
	}
	if evs := c.Code(dyad.Document{ID: "d", Date: "2024-05-06", Text: "Kenya did not expel the Ugandan ambassador."}); len(evs) != 0 {
		t.Errorf("a negated act coded: %v", evs)
	}
}

// dropLines returns the "dropped" lines of an explanation, without their
// label and padding.
func dropLines(explained string) []string {
	var out []string
	for _, l := range strings.Split(explained, "\n") {
		if rest, ok := strings.CutPrefix(l, "  dropped "); ok {
			out = append(out, strings.Join(strings.Fields(rest), " "))
		}
	}
	return out
}
