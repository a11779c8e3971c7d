package coder

import "github.com/dyadhq/dyad/text"

// A leg still to come, told in a clause of its own after a movement that
// ended somewhere: "were evacuated from Gaza City to Rafah on Sunday ...,
// and are expected to be moved on to Egypt" went from Gaza City to Rafah;
// Egypt is where they may go next, no point of the way they went (qty8).
// A leg the same clause tells ("bound for Beira, from where it will be
// trucked to Malawi", "docked at Mombasa, to be trucked on to Somalia") is
// still the goods' way: it names where they are taken.

// plannedWords say that a clause tells what is to come: "will", "are
// expected to", "are due to", "is set to".
var plannedWords = set(`will expected due scheduled set planned`)

// plannedLeg reports whether the place sites[si], after "to" or "into",
// ends a leg told after a place the movement already reached, in a clause
// joined by ", and" or ";" that says the leg is still to come.
func plannedLeg(toks []text.Token, sites []site, si int) bool {
	st := sites[si]
	if st.prep != "to" && st.prep != "into" || si == 0 {
		return false
	}
	prev := -1
	for k := si - 1; k >= 0; k-- {
		if p := sites[k].prep; (p == "to" || p == "into" || sites[k].dest) && sites[k].end <= st.start {
			prev = k
			break
		}
	}
	if prev < 0 || st.start-sites[prev].end > 30 {
		return false
	}
	joined, planned := false, false
	for k := sites[prev].end; k < st.start; k++ {
		switch w := toks[k].Lower; {
		case w == ";" || w == "and" && isWord(toks, k-1, ","):
			joined = true
		case w == "where" || w == "which" || w == "after" || w == "before":
			return false // "from where it will be trucked to": the same way told on
		case joined && plannedWords[w] && (w == "will" || isWord(toks, k+1, "to")):
			planned = true // "are due to", not "set sail"
		}
	}
	return joined && planned
}
