package coder

import "testing"

// TestTakenFrom: an act that takes something from someone or something
// counted after "from" took what its own object counts, not its source
// (takenfrom.go): the barrels, not the tankers; the rifles, not the
// militants its target's words count.
func TestTakenFrom(t *testing.T) {
	checkAttr(t, []attrCase{
		{"barrels from tankers", "The United States has seized about 800,000 barrels of Iranian fuel from two tankers headed for China, the Justice Department said.", "USA IRN 1711", "800000 fuel"},
		{"barrels, short", "The United States seized about 2 million barrels of Iranian oil from three tankers on Monday.", "USA IRN 1711", "2e+06 oil"},
		{"rifles from houses", "Israeli forces seized 40 rifles from two houses in Jenin on Tuesday.", "ISRMIL - 1711", "40 rifles"},
		{"rifles from militants", "Malian soldiers confiscated 300 rifles from 12 militants near Gao on Monday.", "MLIMIL MLIINS 1711", "300 rifles"},
		{"heroin from men", "Indian police seized 20 kilograms of heroin from three Pakistani men on Friday.", "INDCOP PAKCVL 1711", "20 heroin"},
		// a convoy's trucks after the goods, with "from" only where it set
		// out, leave the goods the amount
		{"a convoy from a post", "Pakistan dispatched 3,000 tonnes of rice for Afghanistan in a convoy of 40 trucks from the Torkham border post on Monday.", "PAK AFG 073", "3000 rice"},
	}, amount)
}
