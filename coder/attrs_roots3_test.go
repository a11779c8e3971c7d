package coder

import "testing"

// TestBareCount: an expulsion whose object is a bare number expels the
// people the sentence counted before (barecount.go), and its amount is that
// number; the gapped clause after it keeps its own.
func TestBareCount(t *testing.T) {
	sent := "Spain expelled 27 Russian diplomats on Monday, two days after Belgium ordered out 19 and Austria 8."
	checkAttr(t, []attrCase{
		{"the bare count", sent, "BEL RUSGOV 161", "19 diplomats"},
		{"the gapped clause after it", sent, "AUT RUSGOV 161", "8 diplomats"},
		{"guard: the first clause keeps its own", sent, "ESP RUSGOV 161", "27 diplomats"},
	}, amount)
}
