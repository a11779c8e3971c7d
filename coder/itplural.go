package coder

import "github.com/dyadhq/dyad/text"

// bind8: "it" is one thing, never a plural role word: in "Germany expelled
// two Russian diplomats on Tuesday after it accused them of spying" the one
// that accused is Germany, not the diplomats named last; nor are "troops"
// or "protesters" an "it" ("Turkey deported 40 Syrian refugees after it
// said they had entered illegally"). A plural name ("the United States",
// "the Philippines") may be, so only a role word's plural is passed over;
// antecedent then takes the latest single actor before the pronoun.

// itNotPlural reports whether the pronoun "it" at token i may not stand for
// mention m, a plural role word ("diplomats", "troops"), where "it" opens
// a clause after a subordinator or a conjunction ("after it accused"); in
// a relative clause ("soldiers, whom it sent") other rules read it.
func itNotPlural(toks []text.Token, m *mention, i int) bool {
	return toks[i].Lower == "it" && i > 0 && itLeads[toks[i-1].Lower] && isPlural(toks, m) && !toks[m.end-1].Cap
}

// itLeads open a clause whose subject "it" may be.
var itLeads = set(`after before because since when while as once until and but`)
