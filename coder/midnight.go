package coder

import "github.com/dyadhq/dyad/text"

// midnights returns the times of "after midnight" ("shortly after
// midnight", "just after midnight") told after a night or a late hour of a
// day the sentence names ("stormed the parliament on Monday night, and police
// fired tear gas to clear them shortly after midnight"): the next day, which
// midnight opens. Each stands at the first word of its phrase. With no such
// late time before it, or with a day of its own ("after midnight on
// Friday"), the phrase dates nothing here.
func midnights(toks []text.Token, xs []timex) []timex {
	var out []timex
	for i := 1; i < len(toks); i++ {
		if toks[i].Lower != "midnight" || toks[i-1].Lower != "after" {
			continue
		}
		if isWord(toks, i+1, "on") && weekdayAt(toks, i+2) {
			continue // "after midnight on Friday": its own day
		}
		pos := i - 1
		if isWord(toks, pos-1, "shortly") || isWord(toks, pos-1, "just") || isWord(toks, pos-1, "soon") {
			pos--
		}
		var anchor *timex
		for k := range xs {
			if x := &xs[k]; x.pos < pos && !x.report && !x.deadline && !x.since && x.noun == 0 && !x.future && len(x.w.iso) == 10 {
				anchor = x
			}
		}
		if anchor == nil || !anchor.late {
			continue
		}
		if w, ok := addDays(anchor.w, 1); ok {
			out = append(out, timex{pos: pos, w: w})
		}
	}
	return out
}
