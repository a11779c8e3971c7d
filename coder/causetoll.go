package coder

import "github.com/dyadhq/dyad/text"

// The toll of the act an answer answers: "Russian forces struck Kharkiv on
// Monday, a day after a drone attack on Belgorod killed five people",
// "struck targets in Iraq in retaliation for an attack that killed nine
// soldiers". The five and the nine are the earlier attack's dead, told to
// say why the strike came, and no amount of the strike: the clause that
// "after", "before", "following" or "in retaliation for" opens between the
// act and the number is an event of its own, whatever the parse makes of
// it.

// causeOpeners open, after an act, a phrase about another event that the
// act follows or answers.
var causeOpeners = set(`after before following retaliation response revenge reprisal`)

// causeToll reports whether the amount that starts at token q, after the
// action that ends at token last, counts whom a verb of harm right before
// it harmed ("killed five people") in a phrase that a word of causeOpeners
// opens between them. "After midnight" and the like are times, no events.
func causeToll(toks []text.Token, last, q int) bool {
	if q <= last+2 || !harmedWords[toks[q-1].Lower] {
		return false // the cheap test first: most amounts follow no "killed"
	}
	for k := last + 1; k < q-1; k++ {
		if !causeOpeners[toks[k].Lower] {
			continue
		}
		if n := k + 1; n < len(toks) && (dayTimes[toks[n].Lower] || isWeekday(toks[n].Lower) || monthNames[toks[n].Lower] > 0 || toks[n].Kind == text.Number) {
			continue // "after midnight", "before Monday": a time
		}
		return true
	}
	return false
}
