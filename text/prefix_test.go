package text

import "testing"

// A hyphenated prefix and its word are one token whose Lower drops the
// hyphen; a word the hyphen keeps apart from another stays split.
func TestHyphenPrefix(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"agreed to re-open its borders", "agreed|to|reopen|its|borders"},
		{"Co-operation in Europe", "cooperation|in|europe"},
		{"re-sign the deal", "re|-|sign|the|deal"},
		{"co-Chair Smith", "co|-|chair|smith"},
		{"pre-war", "pre|-|war"},
	} {
		var got string
		for i, tok := range Tokenize(c.in, 0) {
			if i > 0 {
				got += "|"
			}
			got += tok.Lower
		}
		if got != c.want {
			t.Errorf("%q: got %s, want %s", c.in, got, c.want)
		}
	}
	if toks := Tokenize("re-opened", 5); len(toks) != 1 || toks[0].Text != "re-opened" || toks[0].Start != 5 || toks[0].End != 14 {
		t.Errorf("re-opened: %+v", toks)
	}
}
