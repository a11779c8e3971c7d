package coder

import "testing"

// TestNumberRange: a range of numbers before a counted noun is one amount,
// read from its first number, and the act binds the noun after it
// (numberrange.go); a count alone is as before.
func TestNumberRange(t *testing.T) {
	checkAttr(t, []attrCase{
		{"between", "Zimbabwean police detained between 30 and 40 opposition supporters in Harare on Monday.", "ZWECOP ZWEOPP 173", "30 opposition supporters"},
		{"to", "Ugandan police arrested 15 to 20 students in Kampala on Tuesday.", "UGACOP UGAEDU 173", "15 students"},
		{"hyphen", "Ethiopian troops killed 40-50 rebels in Amhara on Sunday.", "ETHMIL ETHREB 190", "40 rebels"},
		{"a count alone", "Police in Lagos arrested 12 protesters on Monday.", "NGACOP NGAOPP 173", "12 protesters"},
	}, amount)
}
