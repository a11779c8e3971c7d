package coder

import "github.com/dyadhq/dyad/text"

// noparties: "it" after a verb of naming, followed by what it is called
// ("the mission said, calling it a serious violation", "Seoul called it a
// provocation"), is the act told before, as "denounced it as" is
// (reactedAs): not the latest actor, which may be the act's victim, left
// then with no other party.

// calledIt reports whether token i is an "it" a verb of naming
// (labelVerbs, reaction.go) calls "a" or "an" something.
func calledIt(toks []text.Token, i int) bool {
	return i > 0 && toks[i].Lower == "it" && labelVerbs[toks[i-1].Lemma] && (isWord(toks, i+1, "a") || isWord(toks, i+1, "an"))
}
