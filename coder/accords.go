package coder

import (
	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// A city that names an agreement or a diplomatic process ("the Minsk
// agreements", "the Sochi deal", "the Doha accord", "the Astana process",
// "the Paris climate agreement") names the text, not a party to it: praising
// the Minsk agreements is no act toward Belarus, welcoming the Astana
// process no visit to Kazakhstan. Real news names most such deals by the
// city where they were signed or are held. A country's name in the same place
// ("the Iran nuclear deal") is what the deal is about, one of its parties,
// and stays an actor.

// namesAccord reports whether hit x, a place or a capital, is the name of an
// agreement or process: after a determiner or a possessive, and before an
// accord's noun, with at most two lower-case words between ("the Paris
// climate agreement", "the Doha peace deal").
func namesAccord(toks []text.Token, x raw) bool {
	if x.kind != rPlace && !(x.kind == rActor && pick(x.acts).Kind == lexicon.Capital) {
		return false
	}
	if x.start == 0 || !determiners[toks[x.start-1].Lower] && toks[x.start-1].Lower != "'s" {
		return false
	}
	for k := x.end; k < len(toks) && k <= x.end+2; k++ {
		t := &toks[k]
		if t.Kind != text.Word || t.Cap || t.Upper {
			return false
		}
		if accordNouns[t.Lower] {
			return true
		}
		if closedClass(t.Lower) {
			return false
		}
	}
	return false
}

// accordNouns are the nouns of agreements and diplomatic processes that a
// city's name may name.
var accordNouns = set(`agreement agreements accord accords deal deals process format protocol protocols declaration
	framework memorandum treaty pact roadmap communique consensus understanding arrangement arrangements`)
