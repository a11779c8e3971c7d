package coder

import (
	"strings"

	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// armedFighters reports whether the role word "fighters" at raws[r] names
// armed men, the rebels agents.txt makes it (actors6): after the name of an
// armed group ("Houthi fighters who rappelled from a helicopter"), after an
// adjective of a people or a creed that is no state's ("Kurdish fighters
// hit back", "Islamist fighters stormed the town"), before "of" and whose
// they are ("fighters of the Wagner Group"). Elsewhere the word is
// dropped, as it was before it was a role word: after a state's adjective
// or a role word ("Polish fighters downed two drones" are its jets,
// "jihadist fighters" the jihadists the word before names), after an
// aircraft's name ("Gripen fighters"), and with no name before it ("its
// fighters", "thousands of fighters": the validation sets lost more than
// they gained where these took a country from the context).
func armedFighters(toks []text.Token, raws []raw, r int) bool {
	x := raws[r]
	if x.kind != rAgent || x.end != x.start+1 || toks[x.start].Lemma != "fighter" {
		return true // not the word: kept as it is
	}
	if toks[x.start].Lower != "fighters" {
		return false // "a fighter", mostly an aircraft
	}
	if x.end+1 < len(toks) && toks[x.end].Lower == "of" && toks[x.end+1].Cap {
		return true
	}
	if x.start == 0 {
		return false
	}
	if r > 0 && raws[r-1].end == x.start {
		p := raws[r-1]
		return p.kind == rActor && pick(p.acts).Kind == lexicon.Group
	}
	prev := toks[x.start-1]
	if prev.Kind != text.Word || !prev.Cap {
		return false // "armed fighters", "its fighters", "thousands of fighters"
	}
	for _, suf := range peopleAdjEnds {
		if strings.HasSuffix(prev.Lower, suf) {
			return true
		}
	}
	return false // "Gripen fighters"
}

// peopleAdjEnds are the endings of the adjectives of peoples and creeds
// ("Kurdish", "Islamist", "Baloch" aside): an aircraft's name ("Gripen",
// "Rafale") has none of them.
var peopleAdjEnds = []string{"ish", "ist", "ian", "an", "i", "ese"}
