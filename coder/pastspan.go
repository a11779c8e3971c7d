package coder

import (
	"strings"
	"time"

	"github.com/dyadhq/dyad/text"
)

// new13a: "over the past three days", "in the last 48 hours": a count of
// days or hours back from the report names the span that ends on the
// report's day, its first day included ("the past three days" of a Sunday
// report are Friday to Sunday; "the past 48 hours" of a Tuesday report
// Sunday to Tuesday). Before this the words named no time, and the act took
// the day of the verb that reported it.

// pastSpan reads "the past|last N days|hours" at token i ("past" or
// "last", after "the").
func pastSpan(toks []text.Token, i int, doc time.Time) (when, bool) {
	if !isWord(toks, i-1, "the") || (toks[i].Lower != "past" && toks[i].Lower != "last") || i+2 >= len(toks) {
		return when{}, false
	}
	n, ok := numberWords[toks[i+1].Lower]
	if !ok {
		n, ok = atoiOK(toks[i+1].Text)
	}
	if !ok || n < 1 || toks[i+1].Lower == "a" || toks[i+1].Lower == "an" {
		return when{}, false
	}
	back := 0
	switch strings.TrimSuffix(toks[i+2].Lower, "s") {
	case "day":
		if n > 31 {
			return when{}, false
		}
		back = n - 1
	case "hour":
		if n > 24*31 {
			return when{}, false
		}
		back = (n + 23) / 24
	default:
		return when{}, false
	}
	if back == 0 {
		return dayOf(doc), true
	}
	a := doc.AddDate(0, 0, -back)
	return daysFrom(a, doc), true
}

// new13a: a year after "of" that an event noun owns ("the mass protests of
// 2020", "the elections of 2019") is that event's, told to say which one it
// was: it dates no act of the sentence, which keeps its own time ("pardoned
// 37 people, including several who took part in the protests of 2020, and
// ordered their release on Monday" is Monday's).
func yearOfEvent(toks []text.Token, i int) bool {
	if !isWord(toks, i-1, "of") || i < 2 {
		return false
	}
	n := &toks[i-2]
	return n.Kind == text.Word && !n.Cap && (yearEventNouns[n.Lower] || eventNouns[n.Lower] != nil)
}

// yearEventNouns are events a year after "of" names: "the protests of 2020".
var yearEventNouns = set(`protest protests demonstrations rallies election elections vote referendum war uprising revolution
	coup crisis riots unrest invasion annexation massacre genocide famine earthquake`)

// ownedAfter reports whether the words at token j name an owner ("Moscow's
// shadow fleet", "its fleet", "the navy's ships"): a container's noun
// before "of" and an owner counts the containers themselves, as "74
// vessels of Moscow's shadow fleet" are 74 vessels, not shiploads of a
// fleet (new13a).
func ownedAfter(toks []text.Token, j int) bool {
	if j >= len(toks) {
		return false
	}
	if possDets[toks[j].Lower] {
		return true
	}
	return ownerEnd(toks, j) > 0
}
