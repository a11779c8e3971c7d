package coder

import (
	"testing"

	"github.com/dyadhq/dyad/text"
)

func TestPlacedSpeaker(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"in Kabul said .", true},
		{"in the Gaza Strip said .", true},
		{"from Nairobi told reporters", true},
		{"in Kabul , where", false},
		{"in the morning said", false},
		{"said .", false},
	}
	for _, c := range cases {
		toks := text.Tokenize(c.s, 0)
		if got := placedSpeaker(toks, 0); got != c.want {
			t.Errorf("placedSpeaker(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
