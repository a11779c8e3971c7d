package coder

import "github.com/dyadhq/dyad/text"

// deathToll reports whether the number at toks[start] is a toll the
// sentence gives in a clause of its own: "the death toll rose to 14", "the
// toll has climbed to 30", "the death toll stood at 9". It counts the dead
// of the violent act the clause is joined to ("Russian missiles hit Odesa
// on Wednesday, and the death toll rose to 14"), as "12 people were killed"
// told after the act does (tollAfter); one that "brings" a toll to a sum
// ("..., bringing the death toll to 35,000") is no clause of its own and
// counts no act (qty8).
func deathToll(toks []text.Token, start int) bool {
	k := start - 1
	if k < 2 {
		return false
	}
	switch toks[k].Lower {
	case "to", "at":
		k--
	}
	switch toks[k].Lower {
	case "rose", "risen", "climbed", "jumped", "increased", "reached", "stood", "stands", "rises", "climbs":
	default:
		return false
	}
	for i := k - 1; i >= 0 && i >= k-3; i-- {
		if toks[i].Lower == "toll" {
			return true
		}
	}
	return tollOf(toks, k) // qty12
}

// tollOf reports whether a "toll" whose words say what it counts ("the
// death toll from Russian strikes on Dnipro rose to 40", "the toll in the
// attack on the market has risen to 12") is the subject of the verb at k,
// with no punctuation between them (qty12).
func tollOf(toks []text.Token, k int) bool {
	for i := k - 1; i >= 0 && i >= k-12; i-- {
		if toks[i].Kind == text.Punct {
			return false
		}
		if toks[i].Lower == "toll" {
			return i+1 < k && (toks[i+1].Lower == "from" || toks[i+1].Lower == "in" || toks[i+1].Lower == "of")
		}
	}
	return false
}
