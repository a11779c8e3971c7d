package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// forSpan reports whether the count before "after" or "before" at token i
// measures how long something lasts, not how far one act is from another:
// "slashed tariffs for 90 days after weekend talks" is no act 90 days
// before the talks, but "released him two days after his arrest" is one.
// A count of "for", "within" or "up to" before it ("for two weeks after",
// "for up to three days after") is a duration.
func forSpan(toks []text.Token, i int) bool {
	k := i - 3 // "for 90 days after": the count is at i-2, its unit at i-1
	if k >= 1 && toks[k].Lower == "to" && toks[k-1].Lower == "up" {
		k -= 2
	}
	return k >= 0 && (toks[k].Lower == "for" || toks[k].Lower == "within")
}

// weekendNoun reports whether "weekend" at token i modifies the event noun
// after it with no word of its own before it but an article or a
// preposition ("after weekend talks", "the weekend protests"): the latest
// weekend up to the report, the event's alone. "This weekend's summit",
// "next weekend's vote" and "a weekend visit" are not: another word or a
// possessive says which weekend, or none.
func weekendNoun(toks []text.Token, i int) bool {
	if toks[i].Lower != "weekend" || i+1 >= len(toks) || toks[i+1].Kind != text.Word || toks[i+1].Cap {
		return false
	}
	if eventNouns[toks[i+1].Lower] == nil && eventNouns[toks[i+1].Lemma] == nil {
		return false
	}
	if i == 0 {
		return true
	}
	switch toks[i-1].Lower {
	case "the", "after", "following", "during", "at", "in", "from", "since", "over", "amid":
		return true
	}
	return false
}

// inThe reports whether "in the" stands at token i before a unit of the
// calendar: "earlier in the week" is "earlier this week".
func inThe(toks []text.Token, i int) bool {
	return isWord(toks, i, "in") && isWord(toks, i+1, "the") && i+2 < len(toks) &&
		(toks[i+2].Lower == "week" || toks[i+2].Lower == "month" || toks[i+2].Lower == "year")
}

// retaliators name what an act answers: "in retaliation for", "retaliating
// for", "in response to", "in revenge for".
var retaliators = set(`retaliation retaliating retaliate retaliated retaliates response revenge reprisal reprisals`)

// causeNoun returns the event noun that a time expression at token pos
// dates when it ends the cause an act answers ("expelled 23 diplomats,
// retaliating for Britain's expulsion of 23 envoys earlier in the week",
// "in retaliation for Iran's missile attack on Israel earlier this month"),
// or 0: the time is the cause's, not the answer's, which is dated by its own
// time or the report. The noun is the first event noun after "for" or "to"
// of a word of retaliators, within ten words before the time and no comma
// or clause between; with none, the first plain word after it.
func causeNoun(toks []text.Token, pos int) int {
	for k := pos - 1; k >= 1 && k >= pos-10; k-- {
		t := &toks[k]
		if t.Kind == text.Punct && t.Lower != "'s" && t.Lower != "'" && t.Lower != "-" || clauseWords[t.Lower] || t.Lower == "and" || t.Lower == "but" {
			return 0
		}
		if (t.Lower != "for" && t.Lower != "to") || !retaliators[toks[k-1].Lower] {
			continue
		}
		head := 0
		for n := k + 1; n < pos; n++ {
			w := &toks[n]
			if w.Kind != text.Word || w.Cap || closedClass(w.Lower) {
				continue
			}
			if eventNouns[w.Lower] != nil || eventNouns[w.Lemma] != nil {
				return n
			}
			if head == 0 {
				head = n // "for Turkey's suspension of trade": a noun no list names
			}
		}
		return head
	}
	return 0
}

// relativeBetween reports whether a restrictive relative clause with a verb
// of its own in the past opens after an action that ends at token last and
// before a time expression at token pos: "killed a Hezbollah commander who
// planned the attack on Majdal Shams in July" is no killing in July. The pronoun stands right after a word that is no verb ("said
// that" opens what is reported, not a relative clause), with no comma or
// clause boundary from the action to the time. Its callers ask it only of
// a time that names no day: a clause dated by a month or a year identifies
// its noun (doc/POLICY.md §7), while one with a day may tell when the act
// itself was done ("deported them on ships that sailed on Tuesday").
func relativeBetween(toks []text.Token, boundary []bool, last, pos int) bool {
	open := false
	for k := last + 1; k < pos; k++ {
		t := &toks[k]
		pronoun := (t.Lower == "who" || t.Lower == "which" || t.Lower == "that") && !open
		if t.Lower == "," || t.Lower == ";" || k < len(boundary) && boundary[k] && !open && !pronoun {
			return false
		}
		switch {
		case pronoun:
			n := &toks[k-1]
			if n.Kind != text.Word || pastForm(n) || reportWords[n.Lower] || reportParticiples[n.Lower] || prepositions[n.Lower] || n.Lower == "so" || n.Lower == "now" {
				return false
			}
			open = true
		case open && pastForm(t):
			return true
		case !open && k > last && pastForm(t) && !t.Cap && participleAfterNoun(toks, k):
			return true // "freed two soldiers captured in Kursk in August"
		}
	}
	return false
}

// participleAfterNoun reports whether the past form at token k follows a
// plain noun as its participle ("soldiers captured in Kursk"), not a verb
// after an auxiliary, a conjunction or a name that may be its subject
// ("were captured", "struck and destroyed", "the man Israel arrested").
func participleAfterNoun(toks []text.Token, k int) bool {
	if k < 1 {
		return false
	}
	n := &toks[k-1]
	return n.Kind == text.Word && !n.Cap && !pastForm(n) && !auxWords[n.Lower] && !prepositions[n.Lower] &&
		!closedClass(n.Lower) && n.Lower != "and" && n.Lower != "or" && n.Lower != "but" && !strings.HasSuffix(n.Lower, "ly")
}
