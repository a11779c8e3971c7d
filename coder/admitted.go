package coder

// admitted reports whether act a is the act that admission b admits, read
// at the verb where the admission's words end: "Iran's armed forces
// admitted that they had shot down a Ukrainian airliner" admits the
// downing (015), and the downing was done (190): an admission, unlike a
// denial, says the act happened, so it is coded beside the admission
// rather than swallowed by its words.
func admitted(a, b match) bool {
	if b.p.Code != "015" || a.p.Code.Root() < "18" || a.p.Code.Root() > "19" || len(b.words) == 0 {
		return false
	}
	return contains(b.words, a.trig) && a.trig > b.trig && a.trig <= b.words[len(b.words)-1] && len(b.p.Elems[0].Words) > 0 && admitWords[b.p.Elems[0].Words[0]]
}

// admitWords begin the patterns of admitting an act.
var admitWords = set(`admit acknowledge`)
