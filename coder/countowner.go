package coder

import "github.com/dyadhq/dyad/text"

// What an amount counts when the words around it add to it or own it: "the
// party's leader and 10 other executives" (11), "40 of Moscow's envoys"
// (envoys, not Moscow). quantities (quantity.go) asks both.

// oneBeforeOthers reports whether "and" before the amount at token start
// joins it to one thing named alone ("its former leader Pita Limjaroenrat
// and 10 other executives", "a priest and four other people"), which the
// "other" ones are counted with; not a list ("Argentina, Chile, Peru and
// four other countries") nor a plural ("three churches and two other").
func oneBeforeOthers(toks []text.Token, start int) bool {
	a := start - 1
	if !isWord(toks, a, "and") || a < 1 {
		return false
	}
	last := &toks[a-1]
	if last.Kind != text.Word || !last.Cap && pluralHead(last) {
		return false
	}
	for k := a - 1; k >= 0 && k >= a-6; k-- {
		switch toks[k].Lower {
		case ",", "and", "or", ";":
			return false
		}
		if toks[k].Kind == text.Number {
			return false // "three churches and three hotels and two other"
		}
	}
	return true
}

// ownerEnd returns the index after the "'s" of a possessor that starts at
// token j ("Moscow's", "Boko Haram's", "the country's", "the Russian
// embassy's"): a name of up to three capitalised words, or "the" and up to
// three words; 0 when there is none ("of protesters blocked Tel Aviv's", "of
// Kazakh crude reached Germany's" name no possessor).
func ownerEnd(toks []text.Token, j int) int {
	the := isWord(toks, j, "the")
	k := j
	if the {
		k++
	}
	for n := 0; k < len(toks) && n < 3; k, n = k+1, n+1 {
		t := &toks[k]
		if t.Lower == "'s" || t.Kind != text.Word || !the && !t.Cap || prepositions[t.Lower] || clauseWords[t.Lower] || t.Lower == "and" || t.Lower == "or" || pastForm(t) {
			break
		}
	}
	if k == j || the && k == j+1 || !isWord(toks, k, "'s") {
		return 0
	}
	return k + 1
}
