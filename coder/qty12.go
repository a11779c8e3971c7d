package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// nounAfterName returns the counted noun that follows a name ending in s
// which reads as a people's ("Afghans") but here describes the noun after
// it: "two senior Hamas commanders" counts the
// commanders. The noun must end its phrase as a plural head (or, for one,
// as any noun: "a senior Hamas commander"); "" when nothing follows the
// name that way ("1,500 undocumented Afghans were deported").
func (c *Coder) nounAfterName(toks []text.Token, k int, one bool) (string, int) {
	if k >= len(toks) || toks[k].Kind != text.Word || toks[k].Cap || durations[toks[k].Lower] || timeWords[toks[k].Lower] {
		return "", k // not "500 Afghans days after the deadline"
	}
	if t := &toks[k]; strings.HasSuffix(t.Lower, "ed") || irregularPast(t) || unchangedPast[t.Lower] || afterItem[t.Lower] || participleAfterItem(toks, k) {
		return "", k // "59 white South Africans granted refugee status": what the people were given
	}
	it, k2 := nounPhrase(toks, k, c.adjectiveAt(toks))
	if it == "" || k2 <= k {
		return "", k
	}
	if last := &toks[k2-1]; !pluralHead(last) && !(one && !describing(last.Lower)) {
		return "", k
	}
	return it, k2
}

// participlesBefore reports whether the participle at toks[k] is one more
// word that describes a counted noun after it, as the participles before it
// do: "200 jailed suspected jihadists" counts jihadists, "some 50 detained
// wounded fighters" fighters. Every word before must be a participle and a
// plural noun must follow, so "fertiliser donated by" and "wheat loaded at"
// still end their phrase at the goods.
func participlesBefore(toks []text.Token, words []string, k int) bool {
	for _, w := range words {
		if len(w) <= 4 || !strings.HasSuffix(w, "ed") {
			return false
		}
	}
	n := k + 1
	if n >= len(toks) || toks[n].Kind != text.Word || toks[n].Cap || itemStops[toks[n].Lower] || prepositions[toks[n].Lower] {
		return false
	}
	return pluralHead(&toks[n]) && !strings.HasSuffix(toks[n].Lower, "ed")
}

// tollHolds reports whether the words of an act at toks[a] stand in the
// phrase that says what a toll counts, and that toll is the subject of the
// verb before the count at toks[n]: "the death toll from Russian strikes on
// Dnipro rose to 40" is the strikes' dead.
func tollHolds(toks []text.Token, a, n int) bool {
	for i := n - 1; i >= 0 && i >= n-14; i-- {
		if toks[i].Kind == text.Punct {
			return false
		}
		if toks[i].Lower == "toll" {
			return i+1 < a && (toks[i+1].Lower == "from" || toks[i+1].Lower == "in" || toks[i+1].Lower == "of")
		}
	}
	return false
}

// theyPassive returns the index of "they" when the verb at toks[a] is a
// passive whose subject it is ("where they were locked up", "and they were
// flown home"), or -1: the people it stands for are what the act was done
// to, as "and released them" is.
func theyPassive(toks []text.Token, a int) int {
	k := a - 1
	if k >= 0 && toks[k].Lower == "been" {
		k-- // "they had been held"
	}
	if k < 1 {
		return -1
	}
	switch toks[k].Lower {
	case "were", "are", "had", "have":
	default:
		return -1
	}
	if toks[k-1].Lower != "they" || !strings.HasSuffix(toks[a].Lower, "ed") && !irregularPast(&toks[a]) {
		return -1
	}
	return k - 1
}
