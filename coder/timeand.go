package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// timeAnd reports whether the "and" at toks[i], with no comma before it,
// joins a clause with a subject of its own to a clause that ends on its
// time: "Russia struck Kharkiv on Monday and Poland scrambled its jets",
// "protesters stormed parliament on Tuesday night and police opened fire".
// A time word ends a clause's adjuncts, so what follows "and" is no second
// object nor a second subject of the clause before it; without the
// boundary the second clause's act reads the first clause's subject, or
// none. Two times joined ("on Monday and Tuesday", "between Friday and
// Sunday") open nothing.
func timeAnd(toks []text.Token, i int) bool {
	if toks[i].Lower != "and" || i < 1 || i+1 >= len(toks) || isWord(toks, i-1, ",") {
		return false
	}
	if forceAnd(toks, i) {
		return true
	}
	if !clauseTime(toks, i-1) || clauseTime(toks, i+1) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if toks[j].Lower == "between" || toks[j].Lower == "from" {
			return false
		}
	}
	n := &toks[i+1]
	// "and were taken", "and then deployed": the same subject's second act
	if n.Lower == "early" || n.Lower == "late" || n.Lower == "again" || monthNames[n.Lower] > 0 || n.Kind == text.Number ||
		beForms[n.Lower] || auxWords[n.Lower] || auxAdverbs[n.Lower] || n.Lower == "then" || strings.HasSuffix(n.Lower, "ly") {
		return false
	}
	return subordinate(toks, i)
}

// clauseTime reports whether toks[k] is a word that ends a time phrase: a
// weekday ("on Monday"), a part of the day ("on Friday night", "overnight"),
// "weekend", or the day of a date ("on March 3").
func clauseTime(toks []text.Token, k int) bool {
	t := &toks[k]
	switch {
	case weekdayAt(toks, k), dayParts[t.Lower], t.Lower == "weekend", t.Lower == "overnight", t.Lower == "dawn":
		return true
	case t.Kind == text.Number && k > 0 && monthNames[toks[k-1].Lower] > 0:
		return true
	}
	return false
}

// prepAside returns the token after a comma-bracketed phrase of a
// preposition at the comma toks[j] that stands between a subject and its
// verb (", and Putin, in a televised address, called"), or j when none
// does: the clause's subject is still the words before it. The verb must
// follow the closing comma.
func prepAside(toks []text.Token, j int) int {
	if toks[j].Text != "," || j+2 >= len(toks) || !prepositions[toks[j+1].Lower] {
		return j
	}
	for k := j + 2; k < len(toks) && k <= j+8; k++ {
		t := &toks[k]
		if t.Text == "," {
			if k+1 < len(toks) && toks[k+1].Kind == text.Word && !toks[k+1].Cap && pastForm(&toks[k+1]) {
				return k + 1
			}
			return j
		}
		if t.Kind != text.Word && t.Kind != text.Number || clauseWords[t.Lower] {
			return j
		}
	}
	return j
}

// forceAnd reports whether the "and" at toks[i] is followed by a bare noun
// of a force or a crowd and its past verb, with an object or adjunct after
// it: "set part of it on fire and police opened fire on the crowds". Such a
// noun with no determiner, right before a verb, is a subject; a participle
// with "by" after it ("and police attacked by the crowd") is no verb.
func forceAnd(toks []text.Token, i int) bool {
	j := i + 1
	if j+1 < len(toks) && actingNouns[toks[j+1].Lower] && plainWord(&toks[j]) {
		j++ // "and riot police fired"
	}
	if !actingNouns[toks[j].Lower] || j+2 >= len(toks) {
		return false
	}
	v, n := &toks[j+1], &toks[j+2]
	if v.Kind != text.Word || v.Cap || !pastForm(v) || n.Kind != text.Word || n.Lower == "by" {
		return false
	}
	for k := i - 1; k >= 0; k-- {
		if t := &toks[k]; t.Kind == text.Word && !t.Cap && (pastForm(t) || samePasts[t.Lower]) {
			return true // a clause before with a verb of its own, not "police and soldiers fired"
		}
	}
	return false
}

// actingNouns name, with no determiner, a force or a crowd that acts.
var actingNouns = set(`police troops soldiers protesters demonstrators rebels militants gunmen rioters`)
