package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// A court "based in The Hague" is an international court, not the
// Netherlands' judiciary: "the Hague-based court issued an arrest warrant
// for Putin" is the International Criminal Court, the one court there that
// tries people for war crimes; "the Hague-based court" that gives an
// advisory opinion or rules on a dispute, or whose party is a state ("ordered
// Israel to halt"), is the International Court of Justice, which judges
// states alone. Where the words say neither, the court is left without a
// country rather than given the Netherlands' or the context's.

// hagueCourts name the international courts by the words that tell them
// apart, with the codes of organisations.txt.
var hagueCourts = []struct {
	code  string
	words []string
}{
	{"IGOJUDICC", []string{"warrant", "war crime", "crimes against humanity", "prosecutor", "indict", "fugitive"}},
	{"IGOUNOJUDICJ", []string{"advisory opinion", "provisional measures", "territorial dispute", "maritime dispute", "border dispute"}},
}

// hagueCourt reports whether role word ms[i] is a court or tribunal based
// in The Hague ("the Hague-based court"), and returns the member of the
// international court the sentence's words name, or none. The Hague's own
// mention is dropped: it says where the court sits, and is no actor.
func (c *Coder) hagueCourt(toks []text.Token, ms []mention, i int) (member, bool) {
	m := &ms[i]
	if m.role != "JUD" || !courtWords[toks[m.end-1].Lemma] || !hagueBased(toks, m.start) {
		return member{}, false
	}
	for j := range ms {
		if ms[j].end == m.start-2 && ms[j].kind == mPlace {
			ms[j].members, ms[j].kind, ms[j].start = nil, mWeak, -1 // dropped below
		}
	}
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.Lower)
		b.WriteByte(' ')
	}
	sentence := b.String()
	for _, hc := range hagueCourts {
		for _, w := range hc.words {
			if strings.Contains(sentence, w) {
				name, _ := c.lx.Name(hc.code)
				return member{code: hc.code, name: name, start: m.start, end: m.end}, true
			}
		}
	}
	for j := i + 1; j < len(ms); j++ {
		if ms[j].kind == mFull && len(ms[j].members) == 1 && len(ms[j].members[0].code) == 3 && ms[j].members[0].person == nil {
			// "ordered Israel to halt": a state before it, which only the
			// International Court of Justice judges
			name, _ := c.lx.Name(stateCourt)
			return member{code: stateCourt, name: name, start: m.start, end: m.end}, true
		}
	}
	return member{}, true
}

// stateCourt is the court in The Hague that judges states.
const stateCourt = "IGOUNOJUDICJ"

// courtWords are the role words of a court.
var courtWords = set(`court tribunal`)

// hagueBased reports whether the words right before token start say
// "Hague-based".
func hagueBased(toks []text.Token, start int) bool {
	k := start - 1
	return k >= 2 && toks[k].Lower == "based" && toks[k-1].Text == "-" && toks[k-2].Lower == "hague"
}
