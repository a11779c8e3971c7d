package coder

// landings recodes a weapon's landing that verbs.txt codes as force
// ("a Hezbollah rocket landed in the Israeli town of Metula", 194) as a show
// of force (150) when where it landed is waters, a zone or an airspace: "a
// Chinese rocket fell inside Taiwanese territorial waters" is a test aimed
// there, as posture's pattern for such landings has it.
func landings(s *sentence, ps []proto) []proto {
	for i, p := range ps {
		if p.code.Root() != "19" || len(p.words) < 2 || !landVerbs[s.toks[p.words[1]].Lemma] {
			continue
		}
		for k := p.words[1] + 1; k < len(s.toks) && k < p.words[1]+10 && !s.boundary[k]; k++ {
			if w := &s.toks[k]; watersWords[w.Lower] || watersWords[w.Lemma] {
				ps[i].code = "150"
				break
			}
		}
	}
	return ps
}

var (
	// landVerbs are the verbs of a weapon coming down where it struck.
	landVerbs = set(`land fall explode`)
	// watersWords name waters, zones and airspaces a test may aim at.
	watersWords = set(`sea waters water zone eez airspace ocean`)
)
