package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// Words around an actor's mention that change what it is: the preposition
// before it, "anti-", "former", "both" and "the two", a seizure of power.

// seizedPower returns how many tokens from token k say that an agent took
// power before "in" ("who seized power", "that took power"), or 0.
func seizedPower(toks []text.Token, k int) int {
	if !isWord(toks, k, "who") && !isWord(toks, k, "that") || !seizeVerbs[toks[min(k+1, len(toks)-1)].Lower] ||
		!isWord(toks, k+2, "power") || !isWord(toks, k+3, "in") {
		return 0
	}
	return 3
}

// quantifierBefore returns the index of "both", "each" (of "each side") or "the two" (three, four)
// right before token i and how many it counts, or -1.
func quantifierBefore(toks []text.Token, i int) (int, int) {
	if isWord(toks, i-1, "both") || isWord(toks, i-1, "each") && (toks[i].Lower == "side" && !isWord(toks, i+1, "to") || theOtherAfter(toks, i) > 0) {
		// "each side" is either of two, and acts on the other (eachSide,
		// eachside.go; "each side accused the other", theother.go); not the
		// subject of an infinitive ("a pact that allows each side to deploy
		// troops"), which tells no act
		return i - 1, 2
	}
	if n := sideCounts[toks[max(i-1, 0)].Lower]; n > 0 && i >= 2 && isWord(toks, i-2, "the") {
		return i - 2, n
	}
	return -1, 0
}

// sideCounts are the numbers of "the two leaders", "the three ministers".
var sideCounts = map[string]int{"two": 2, "three": 3, "four": 4}

// former reports whether a title starting at token i (or the word before
// it) says the office is no longer held: "former", "ex-".
func former(toks []text.Token, i int) bool {
	for k := max(0, i-1); k <= i+1 && k < len(toks); k++ {
		if w := toks[k].Lower; w == "former" || w == "ex" || w == "ex-" || strings.HasPrefix(w, "ex-") {
			return true
		}
	}
	return false
}

// prepBefore returns the preposition whose object starts at token i
// (determiners may stand between), or "".
func prepBefore(toks []text.Token, i int) string {
	// capitalised words right before i are a title's, passed over only to
	// the agent's "by" of a participle: "led by Natural Resources Minister X"
	title, passed := true, false
	lo := i - 3
	for k := i - 1; k >= 0 && k >= lo; k-- {
		w := toks[k].Lower
		if (holdWords[w] || plightWords[w]) && k >= 2 && isWord(toks, k-1, "-") && (k == i-1 || k == i-2 && regionWords[toks[i-1].Lower]) {
			k, lo = k-2, lo-2 // "into rebel-held northwest Syria": the place is the preposition's, whoever holds it; flows7: and "to drought-hit Ethiopia" (plightWords)
			continue
		}
		if marked(&toks[k], cPreposition) { // speed9: a word class (wordclass.go)
			if w == "by" || !passed {
				return w
			}
			return ""
		}
		if title = title && k > 0 && toks[k].Cap && toks[k].Kind == text.Word; title {
			passed = true
			continue
		}
		if !marked(&toks[k], cDeterminer) && !(k == i-1 && (regionWords[w] || settlementWords[w] || w == "nearby")) { // "in nearby Bama", "in the remote Bolan Pass"; speed9: a word class
			return ""
		}
	}
	return ""
}

// anti reports whether the word at token i is joined to a preceding "anti-"
// ("anti-government", "anti-American"): what it names is opposed, not who
// opposes.
func anti(toks []text.Token, i int) bool {
	return i >= 2 && toks[i-1].Lower == "-" && toks[i-2].Lower == "anti" &&
		toks[i-1].Start == toks[i-2].End && toks[i].Start == toks[i-1].End
}

// branchAt reports whether token k is a word for a transnational group's
// part in one country: "Islamic State's Afghan branch", "the Syrian
// affiliate of al-Qaeda".
func branchAt(toks []text.Token, k int) bool {
	return k < len(toks) && branchWords[toks[k].Lower]
}

// branchWords name a group's part in one country.
var branchWords = set(`branch affiliate franchise offshoot wing province chapter`)
