package coder

import (
	"slices"
	"testing"
)

// TestEdited checks that edited returns its input itself until an event is
// dropped, changed or inserted, and the events in order after.
func TestEdited(t *testing.T) {
	in := []proto{{code: "010"}, {code: "020"}, {code: "030"}}
	codes := func(ps []proto) []string {
		var out []string
		for _, p := range ps {
			out = append(out, string(p.code))
		}
		return out
	}
	for _, tc := range []struct {
		name string
		run  func(e *edited)
		want []string
		same bool // the input itself
	}{
		{"none", func(e *edited) {
			for i, p := range in {
				e.keep(i, p, false)
			}
		}, []string{"010", "020", "030"}, true},
		{"drop", func(e *edited) { e.keep(0, in[0], false); e.drop(1); e.keep(2, in[2], false) }, []string{"010", "030"}, false},
		{"change", func(e *edited) {
			e.keep(0, in[0], false)
			p := in[1]
			p.code = "021"
			e.keep(1, p, true)
			e.keep(2, in[2], false)
		}, []string{"010", "021", "030"}, false},
		{"insert", func(e *edited) {
			e.keep(0, in[0], false)
			e.insert(1, proto{code: "141"})
			e.keep(1, in[1], false)
			e.keep(2, in[2], false)
		}, []string{"010", "141", "020", "030"}, false},
		{"drop all", func(e *edited) { e.drop(0); e.drop(1); e.drop(2) }, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := edited{in: in}
			tc.run(&e)
			got := e.result()
			if !slices.Equal(codes(got), tc.want) {
				t.Errorf("got %v, want %v", codes(got), tc.want)
			}
			if same := len(got) > 0 && &got[0] == &in[0]; same != tc.same {
				t.Errorf("input itself: %v, want %v", same, tc.same)
			}
			if string(in[1].code) != "020" {
				t.Errorf("input changed: %v", codes(in))
			}
		})
	}
}
