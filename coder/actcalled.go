package coder

import "github.com/dyadhq/dyad/text"

// reactionForms are the forms of verbs of reaction whose object "it",
// followed by what it is called ("denounced it as a reward for Hamas",
// "welcomed it as a step"), is the act told before, not a state.
var reactionForms = set(`denounced denounces denounce condemned condemns condemn welcomed welcomes welcome hailed hails hail
	praised praises praise criticised criticized criticises criticizes criticise criticize slammed slams slam
	rejected rejects reject dismissed dismisses dismiss decried decries decry branded brands brand`)

// reactedAs reports whether token i is such an "it".
func reactedAs(toks []text.Token, i int) bool {
	return i > 0 && toks[i].Lower == "it" && isWord(toks, i+1, "as") && reactionForms[toks[i-1].Lower] || calledIt(toks, i) // noparties: calledit.go
}

// actCalled returns the event the "it" at token i refers to, when it is
// the object of a reaction that calls it something: the latest act of its
// sentence before it, else of the document (doc/POLICY.md §7).
func actCalled(toks []text.Token, i int, ctx *docCtx) *lastEvent {
	if !reactedAs(toks, i) {
		return nil
	}
	if calledIt(toks, i) {
		return ctx.lastOf([]string{""}, i-1) // noparties: not the naming verb's own act (calledit.go)
	}
	return ctx.lastOf([]string{""}, i)
}

// eventMention is a mention, over tokens start to end, of the earlier event
// e: its parties, its targets last.
func eventMention(e *lastEvent, start, end int) mention {
	m := mention{start: start, end: end, kind: mEvent, victims: len(e.tgt)}
	m.members = respan(append(append([]member{}, e.src...), e.tgt...), start, end)
	m.oneSided = !e.mutual
	m.hostile = e.code.Quad() >= 3
	return m
}

// joinedAct adds le to the event of here that the same words coded (the
// act of a list of subjects, "Spain and Norway recognised Kosovo"), so that
// "the decision" stands for all who made it, and reports whether it did.
func joinedAct(here []hereEvent, le *lastEvent, at int) bool {
	for k := range here {
		h := here[k].e
		if here[k].at != at || h.code != le.code || h.mutual || le.mutual {
			continue
		}
		h.src = addMembers(h.src, le.src)
		h.tgt = addMembers(h.tgt, le.tgt)
		return true
	}
	return false
}

// addMembers appends to ms those of more whose codes it lacks.
func addMembers(ms, more []member) []member {
next:
	for _, m := range more {
		for _, x := range ms {
			if x.code == m.code {
				continue next
			}
		}
		ms = append(ms, m)
	}
	return ms
}
