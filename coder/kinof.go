package coder

import "github.com/dyadhq/dyad/text"

// familyNouns are the people of someone named after them by "of", with
// the singular kinNouns (heldnames.go).
var familyNouns = set(`family families relatives sons daughters parents children widower`)

// kinOf returns the country of the person or body a kin word belongs to
// ("condolences to the family of the late Indian prime minister", "the
// relatives of two Kenyan soldiers"): the kin are that country's people,
// not the document's; else "".
func kinOf(toks []text.Token, ms []mention, i int) (country, name string) {
	m := &ms[i]
	if m.end < 1 || !familyNouns[toks[m.end-1].Lower] && !kinNouns[toks[m.end-1].Lower] || !isWord(toks, m.end, "of") {
		return "", ""
	}
	// past the words that describe the person before the name or title:
	// "the wife and children of ousted Peruvian president Pedro Castillo",
	// "the family of a jailed British aid worker"
	for j, n := m.end+1, 0; j < len(toks) && n <= 3; j++ {
		for _, p := range ms {
			if p.start == j && len(p.members) == 1 && p.members[0].country != "" && p.kind != mPlace {
				return p.members[0].country, p.members[0].name
			}
		}
		if w := toks[j]; w.Kind != text.Word && w.Kind != text.Number || w.Cap || w.Lower == "and" || w.Lower == "or" || prepositions[w.Lower] {
			break
		}
		if !determiners[toks[j].Lower] && toks[j].Kind != text.Number {
			n++
		}
	}
	return "", ""
}
