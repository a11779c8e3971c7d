package syntax

import (
	"slices"
	"strings"
	"testing"
)

// A participle is the past tense of a sentence with no finite verb, when
// no verb comes before it.
func TestFinite(t *testing.T) {
	tests := []struct {
		name             string
		upos, xpos, want string
	}{
		{"main verb", "ADJ NOUN VERB NOUN", "JJ NNS VBN NNS", "JJ NNS VBD NNS"},
		{"only the first", "NOUN VERB NOUN VERB", "NNS VBN NNS VBN", "NNS VBD NNS VBN"},
		{"a finite verb elsewhere", "NOUN VERB NOUN VERB NOUN", "NNS VBN NNS VBD NNS", "NNS VBN NNS VBD NNS"},
		{"a modal", "NOUN AUX VERB", "NNS MD VBN", "NNS MD VBN"},
		{"after a verb", "VERB NOUN VERB", "VBG NNS VBN", "VBG NNS VBN"},
		{"first word", "VERB ADP NOUN", "VBN IN NN", "VBN IN NN"},
		{"an adjective", "NOUN ADJ NOUN", "NNS VBN NNS", "NNS VBN NNS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			upos, xpos := strings.Fields(tt.upos), strings.Fields(tt.xpos)
			finite(upos, xpos)
			if want := strings.Fields(tt.want); !slices.Equal(xpos, want) {
				t.Errorf("%v: got %v, want %v", tt.upos, xpos, want)
			}
		})
	}
}
