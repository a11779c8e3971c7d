package coder

import "github.com/dyadhq/dyad/text"

// noparties: "it" after a verb of naming, followed by what it is called
// ("the mission said, calling it a serious violation", "Seoul called it a
// provocation"), is the act told before, as "denounced it as" is
// (reactedAs): not the latest actor, which may be the act's victim, left
// then with no other party.

// namingForms are the forms of verbs that call an act something.
var namingForms = set(`calling called calls call terming termed terms term describing`)

// calledIt reports whether token i is an "it" a naming verb calls "a" or
// "an" something.
func calledIt(toks []text.Token, i int) bool {
	return i > 0 && toks[i].Lower == "it" && namingForms[toks[i-1].Lower] && (isWord(toks, i+1, "a") || isWord(toks, i+1, "an"))
}
