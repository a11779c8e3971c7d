package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// goodsList returns the list of goods a measure counts when the goods
// named after its "of" go on in a list of three or more ending in "and":
// "12 tonnes of rice, tarpaulins and water tanks" measures the whole list,
// which is its item as written (qty8); two goods ("2,000 containers of
// shells and rockets") keep the first, as the team's sets mostly write
// them. k is the end of the list's first member, item its words; it
// returns "" when no such list follows. Each member is a noun phrase
// whose head is a plural or a goods word, so that "of diesel and sent" or
// "of wheat and 300 tonnes of rice" list nothing.
func (c *Coder) goodsList(toks []text.Token, item string, k int) (string, int) {
	list := item
	pos, and := k, false
	for pos < len(toks) && !and {
		sep := toks[pos].Lower
		switch {
		case sep == "," && isWord(toks, pos+1, "and"):
			pos, and = pos+2, true
		case sep == ",":
			pos++
		case sep == "and":
			pos, and = pos+1, true
		default:
			return "", k
		}
		if pos >= len(toks) {
			return "", k
		}
		if _, inflected := verbLemma(&toks[pos]); inflected && !strings.HasSuffix(toks[pos].Lower, "s") {
			return "", k // "of diesel and sent two tankers": another act
		}
		member, k2 := nounPhrase(toks, pos, c.adjectiveAt(toks))
		if member == "" || k2 <= pos {
			return "", k
		}
		if _, n := c.lx.Goods(toks, k2-1); n == 0 && !pluralHead(&toks[k2-1]) {
			return "", k
		}
		if and {
			list += " and " + member
		} else {
			list += ", " + member
		}
		pos = k2
	}
	if !and || !strings.Contains(list, ",") {
		return "", k // two goods joined by "and" are counted by the first, as the sets write them ("military equipment and munitions")
	}
	return list, pos
}
