package coder

import "github.com/dyadhq/dyad/text"

// killedBare reports whether the number at toks[start:j] with no noun is
// what a verb of harm in the past did, right before it: "Boko Haram
// fighters killed 12, including three soldiers" killed 12 people, whoever
// they were, as "killing at least three" does (qty8), and so did "killed 7
// in Rafah"; the three soldiers are a part of the 12, not the count.
func killedBare(toks []text.Token, start, j int) bool {
	if start == 0 || toks[start-1].Lower != "killed" { // the dead are the toll; not "and wounded 30"
		return false
	}
	if start > 1 && (toks[start-2].Lower == "were" || toks[start-2].Lower == "was" || toks[start-2].Lower == "been") {
		return false // "were wounded 12 times"
	}
	return j == len(toks) || toks[j].Lower == "," || toks[j].Lower == "." || prepositions[toks[j].Lower] && toks[j].Lower != "of" ||
		toks[j].Lower == "and" && j+1 < len(toks) && harmedWords[toks[j+1].Lower] // qty12: "killed 5 and wounded 12"
}
