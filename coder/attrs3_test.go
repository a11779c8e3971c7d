package coder

import "testing"

// TestPartitiveOfThem: "N of them" counts a part of the amount named
// before it, and takes that amount's item; an amount of places in between
// ("in 12 provinces") is not what the pronoun stands for, and a measure
// ("tonnes") gives no item to a count.
func TestPartitiveOfThem(t *testing.T) {
	checkAttr(t, []attrCase{
		{"intercepted", "Iran fired 120 ballistic missiles at Israel late on Tuesday, and the Israeli military said its air defences had shot down 95 of them.", "ISRMIL IRN 190", "95 ballistic missiles"},
		{"places between", "Russia struck Ukraine with 140 drones overnight, damaging power lines in 12 provinces, and Ukrainian air defences brought down 110 of them, officials said on Friday.", "UKR RUS 190", "110 drones"},
		{"no amount before", "Russia launched drones at Kyiv on Friday, and Ukrainian air defences shot down 30 of them.", "UKR RUS 190", ""},
	}, amount)
}
