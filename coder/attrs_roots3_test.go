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

// TestListRemnant: each member of a gapped clause's list that shares one
// amount ("and Italy, Spain and Greece two each") has that amount.
func TestListRemnant(t *testing.T) {
	sent := "Britain ordered 23 Russian diplomats out on Wednesday, while Canada expelled 9 and Italy, Spain and Greece two each."
	checkAttr(t, []attrCase{
		{"a member of the list", sent, "ESP RUSGOV 161", "2 diplomats"},
		{"the bare count before it", sent, "CAN RUSGOV 161", "9 diplomats"},
	}, amount)
}
