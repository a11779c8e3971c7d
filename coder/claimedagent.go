package coder

import "github.com/dyadhq/dyad/text"

// bind8: "claimed" is a word of report, so it bounds a clause ("..., the
// group claimed"); but "claimed by" after the noun of an attack is a
// participle that names who made it, and the victims of a passive before it
// were struck by that claimant: "Three Nigerian soldiers were killed on
// Sunday in an ambush claimed by Boko Haram" is Boko Haram's, as "in an
// ambush by Boko Haram" is. byAgent (slots.go) reads past such a "claimed".

// claimedByAt reports whether token k is "claimed" right after the noun of
// an attack and right before "by".
func claimedByAt(toks []text.Token, k int) bool {
	return k >= 1 && toks[k].Lower == "claimed" && isWord(toks, k+1, "by") && claimedAttackNouns[toks[k-1].Lower]
}

// claimedAttackNouns name an attack that a group claims.
var claimedAttackNouns = set(`attack attacks ambush ambushes bombing bombings raid raids assault strike strikes blast blasts explosion
	explosions shooting massacre abduction kidnapping`)
