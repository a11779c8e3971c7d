// The times a clause may take from elsewhere in its sentence: a time of an
// act done at once with it, a schedule, an earlier time, the report's stated
// date.

package coder

import (
	"strings"
	"time"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// simultaneous returns the index in xs of the time of a clause that follows
// the action's words and opens with "when" or "while", for an action whose
// own clause names no time: that clause happened at the same time ("killed
// 54 soldiers when they overran a base on May 26, the president said on
// Saturday" killed them on May 26). -1 when there is none.
func (s *sentence) simultaneous(xs []timex, words []int) int {
	last := words[len(words)-1]
	for k, x := range xs {
		if x.pos <= last || x.report || x.deadline || x.future || x.since || x.noun > 0 || x.due > 0 || x.rel > 0 || !days(x.w) {
			continue
		}
		opened := false
		for j := words[0] + 1; j < x.pos; j++ { // when12: from the verb, as a pattern's words may run past the "as"
			w := s.toks[j].Lower
			switch {
			case w == "when" || w == "while" || w == "as" && subordinate(s.toks, j):
				// ("accused Kigali of a declaration of war as protesters
				// attacked its embassy on Tuesday")
				opened = s.clause(j+1) == s.clause(x.pos)
			case w == "after" || w == "before" || w == "since" || w == "until" || reportWords[w] || reportParticiples[w] || w == ";":
				opened = false // "killed 12 after militants attacked on Monday": another time
			}
		}
		if opened {
			return k
		}
	}
	return -1
}

// schedule reports whether x is a span of days ahead that the text gives
// for what will be done ("will travel to Moscow from Monday to
// Wednesday"): an intention with a schedule that precise is dated by it,
// not by the day it was stated.
func schedule(x timex) bool {
	_, end, ok := strings.Cut(x.w.iso, "/")
	return ok && x.future && days(x.w) && end != x.w.start
}

// keepVerbs hold what one act seized for as long as a period runs: the
// event is that act, at the period's start.
var keepVerbs = set(`hold keep`)

// earlierTime returns the latest time expression before token t that dates
// no report and no deadline, in a sentence that names no time of its own
// for t's clause: "arrested 47 people in Nairobi on Tuesday as protesters
// opposed to a bill that would raise taxes tried to march on parliament"
// marched on Tuesday. -1 when there is none.
func (s *sentence) earlierTime(xs []timex, t int) int {
	best := -1
	before := pluperfect(s.toks, t)
	for k, x := range xs {
		if x.pos >= t || x.report || x.deadline || x.since || x.noun > 0 || !days(x.w) || s.openingTime(x.pos, t) {
			continue
		}
		if crossed := s.reportAcross(xs, x.pos, t); crossed && !before || s.reportBetween(x.pos, t) && !(crossed && before) {
			// "Gunmen killed 26 men on Tuesday, and India said late on
			// Wednesday it was expelling advisers": the report's day;
			// "the air force said on Sunday, adding that its defences had
			// shot down 60 of them": what was done before the report, the
			// time of what it reports
			continue
		}
		if s.closedPhrase(x, t) || s.relativeTime(x.pos, t) {
			continue // nor a relative clause's own day (relativetime.go)
		}
		if s.participleTimed(x.rel) < 0 && (best < 0 || x.pos > xs[best].pos) {
			best = k // the latest by position: offsets follow the rest in xs
		}
	}
	return best
}

// reportAcross reports whether a time expression that dates a report
// stands between tokens i and j, and the act at j is the report's: "killed
// 26 men on Tuesday, and India said late on Wednesday it was expelling".
// An act after "after", "before" or "since" past the report is background
// to what the report tells ("the ministry said early on Sunday, after a
// week of fighting"), not the report's.
func (s *sentence) reportAcross(xs []timex, i, j int) bool {
	for _, x := range xs {
		if x.report && x.pos > i && x.pos < j {
			for k := x.pos + 1; k < j; k++ {
				if w := s.toks[k].Lower; w == "after" || w == "before" || w == "since" || w == "following" {
					return false
				}
			}
			return true
		}
	}
	return false
}

// pluperfect reports whether the verb at token t is told in the past
// perfect ("had shot down", "had been detained", "'d fled"): done before
// the report that tells it.
func pluperfect(toks []text.Token, t int) bool {
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		switch toks[k].Lower {
		case "had", "'d":
			return true
		case "been", "already", "also", "just", "since", "reportedly", "allegedly", "not", "never":
			continue
		}
		return false
	}
	return false
}

// nearestReport returns the time expression of the report nearest before
// token t, else the sentence's first report's, or nil: "the ministry said on
// Saturday its troops had taken the town, after the army chief announced
// overnight that his forces were pulling out" tells the pull-out by the
// announcement's time; "Washington warned on Tuesday ..., and Pyongyang
// said on Wednesday it was studying a plan" the plan by Wednesday's. Each
// is resolved against the document's date, as a report's time is.
func nearestReport(xs []timex, t int) *timex {
	var best *timex
	for k := range xs {
		if xs[k].report && xs[k].pos < t && (best == nil || xs[k].pos > best.pos) {
			best = &xs[k]
		}
	}
	if best == nil {
		return reportTime(xs)
	}
	return best
}

// days reports whether w names a day or an interval of days ("overnight":
// the two days the night spans), not a week, a month or a year.
func days(w when) bool {
	a, b, _ := strings.Cut(w.iso, "/")
	return len(a) == 10 && (b == "" || len(b) == 10)
}

// statedDate is the date of an intention or a threat (03, 13) about what
// will be done ("will hold exercises next month, the ministry said on
// Thursday"): the day it was stated, not the day it speaks of. That is
// the report's day, else the nearest time expression outside the clauses
// about the future, else the document's date (def when the sentence has no
// time expression at all).
func (s *sentence) statedDate(xs []timex, ctx *docCtx, def when, defDated bool) (when, bool) {
	if report := reportTime(xs); report != nil {
		return report.w, true
	}
	for k, x := range xs {
		if !x.deadline && !x.future && !s.futureClause(s.clause(x.pos)) {
			return s.timeAt(xs, k, ctx), true
		}
	}
	if len(xs) == 0 {
		return def, defDated
	}
	return ctx.docWhen, ctx.known()
}

// timeAt resolves xs[k] against the report's day when the sentence has one:
// "said on Monday it had test-fired a missile on Sunday" is the Sunday
// before the Monday of the report.
func (s *sentence) timeAt(xs []timex, k int, ctx *docCtx) when {
	report := reportTime(xs)
	if report != nil && report.pos > xs[k].pos {
		// a report in a clause after "after" or "before" reports no act
		// before that clause (subreport.go)
		if main, sub := s.mainReport(xs); sub > xs[k].pos {
			report = main
		}
	}
	if report == nil || len(report.w.iso) != 10 || s.joinedAfter(report.pos, xs[k].pos) {
		return xs[k].w
	}
	day, err := time.Parse("2006-01-02", report.w.iso)
	if err != nil {
		return xs[k].w
	}
	at := *ctx
	at.doc = day
	w, ok := dateAt(s.toks, xs[k].pos, &at, xs[k].future && !xs[k].report && !xs[k].deadline)
	if !ok {
		return xs[k].w
	}
	w.explict = true
	if xs[k].since {
		w = sinceThen(w, &at) // "has sent troops since October, the military said on Monday"
	}
	return w
}

// conjunctTime returns the index in xs of the time of the verb that the
// action at token t is coordinated with, when t is a verb after "and" with
// no subject of its own ("accused Russia on Sunday of shooting down a jet
// that crashed on Christmas Day, and demanded an apology": Sunday's
// demand), or -1. That verb's time is the report's when it is a reporting
// verb ("confirmed on Saturday that its leader had been killed on Friday,
// and vowed revenge"), else its own clause's.
func (s *sentence) conjunctTime(xs []timex, t int, starts []int) int {
	if !isWord(s.toks, t-1, "and") || s.toks[t].Cap || len(xs) < 2 || xs[1].pos > t {
		return -1 // not two times before it to choose from: no need to parse
	}
	tr := s.parse()
	if tr == nil || t >= len(tr.Heads) || tr.Labels[t] != "conj" || tr.UPOS[t] != "VERB" {
		return -1
	}
	h := tr.Heads[t]
	if h < 0 || h >= t || tr.UPOS[h] != "VERB" {
		return -1
	}
	for k, x := range xs {
		if x.report && reportVerbOf(s.toks, x.pos) == h {
			return k
		}
	}
	if k := s.ownTime(xs, []int{h}, -1, starts); k >= 0 && xs[k].pos > h && !xs[k].deadline && !xs[k].future {
		return k
	}
	return -1
}

// reportVerbOf returns the reporting verb that the time expression at token
// pos dates ("said late on Tuesday"), or -1.
func reportVerbOf(toks []text.Token, pos int) int {
	k := pos - 1
	for k >= 0 && (toks[k].Lower == "on" || toks[k].Lower == "late" || toks[k].Lower == "early" || toks[k].Lower == "in") {
		k--
	}
	if k >= 0 && reportWords[toks[k].Lower] {
		return k
	}
	return -1
}

// closedPhrase reports whether the time x stands in a phrase of its own that
// a comma and "and" close before token t: a clause after "a day after"
// ("fired missiles on Thursday, a day after the speaker left Taipei, and
// Japan lodged a protest"), or a participle's phrase after a comma
// ("ordered an offensive on Wednesday, accusing its forces of attacking a
// base overnight, and the government declared an emergency"). Its time is
// that phrase's alone.
func (s *sentence) closedPhrase(x timex, t int) bool {
	open := x.after > 0
	for k := x.pos - 1; !open && k > 0; k-- {
		if s.toks[k].Lower == "," {
			open = strings.HasSuffix(s.toks[k+1].Lower, "ing") && s.toks[k+1].Kind == text.Word && !s.toks[k+1].Cap ||
				afterComma(s.toks, k+1) // ", two weeks after marines detained a tanker on July 4, and Britain warned"
			break
		}
	}
	if !open {
		return false
	}
	for k := x.pos + 1; k+1 < t; k++ {
		if s.toks[k].Lower == "," && s.toks[k+1].Lower == "and" {
			return true
		}
	}
	return false
}

// afterComma reports whether the phrase that starts at token k is a clause
// of an earlier or later time: "after", "before", or a span before them
// ("two weeks after", "hours before").
func afterComma(toks []text.Token, k int) bool {
	for j := k; j < len(toks) && j <= k+3; j++ {
		switch toks[j].Lower {
		case "after", "before":
			return true
		case ",", "and":
			return false
		}
	}
	return false
}

// objectRelative returns the index in xs of the day of a relative clause
// on the action's own last noun ("killed dozens of rioters who tried to
// storm government buildings overnight", "killed 85 villagers who had
// gathered for a feast on Sunday night"), for a violent action (18, 19, 20,
// 175) whose clause names no time: what the victims were doing then is when
// the violence befell them. Not an arrest: "arrested 12 men who had attacked
// a bus on Monday" tells what they did before. -1 when there is none.
func (s *sentence) objectRelative(xs []timex, words []int, code dyad.EventCode) int {
	if r := code.Root(); r != "18" && r != "19" && r != "20" && code != "175" {
		return -1
	}
	last := words[len(words)-1]
	r := -1
	for k := last + 1; k < len(s.toks) && k <= last+lexicon.MaxGap; k++ {
		if w := s.toks[k].Lower; w == "who" || w == "that" {
			r = k
			break
		}
		if s.boundary[k] || s.toks[k].Kind == text.Punct {
			return -1
		}
	}
	if r < 0 || !s.boundary[r] {
		return -1
	}
	for k, x := range xs {
		if x.pos > r && s.clause(x.pos) == s.clause(r+1) && !x.report && !x.deadline && !x.future && !x.since && x.noun == 0 && x.after == 0 && x.rel == 0 && days(x.w) {
			return k
		}
	}
	return -1
}

// purposeBefore reports whether an infinitive stands in (a, b): a time at b
// dates what is to be done ("a day after they signed an agreement to hold
// an election in the second half of 2024"), not the clause's act.
func purposeBefore(toks []text.Token, a, b int) bool {
	for k := a + 1; k+1 < b; k++ {
		if n := &toks[k+1]; toks[k].Lower == "to" && n.Kind == text.Word && !n.Cap && n.Lemma == n.Lower && !determiners[n.Lower] &&
			smallNumbers[n.Lower] == 0 && !itemStops[n.Lower] {
			return true
		}
	}
	return false
}

// nounRelative returns the index in xs of the day of a relative clause on
// the action's own event noun ("retaliating for a drone attack by militias
// that killed three soldiers at a base last Sunday", "condemned the air
// strike, which killed 12 people on Monday"): what the attack did is when it
// was made. The clause opens within a few words after the noun, its verb
// follows "that", "which" or "who" at once, and the time stands in it before
// any comma. -1 when there is none, or when the action's own words are a
// verb, whose time is its clause's.
func (s *sentence) nounRelative(xs []timex, words []int) int {
	head := -1
	for _, w := range words {
		if w > words[0]+1 {
			break // "condemned a drone attack": a verb's act, with a day of its own
		}
		if t := &s.toks[w]; eventNouns[t.Lower] != nil && !t.Cap {
			head = w // "drone attack by ...": the noun opens the action's words
			break
		}
	}
	if head < 0 {
		return -1
	}
	r := -1
	for k := head + 1; k < len(s.toks) && k <= head+lexicon.MaxGap; k++ {
		if w := s.toks[k].Lower; w == "that" || w == "which" {
			r = k
			break
		}
		if s.toks[k].Kind == text.Punct && s.toks[k].Lower != "," || s.toks[k].Lower == "," && !isWord(s.toks, k+1, "which") {
			return -1
		}
	}
	if r < 0 || !s.subjectRelative(r) {
		return -1
	}
	for k, x := range xs {
		if x.pos <= r {
			continue
		}
		for j := r + 1; j < x.pos; j++ {
			if s.toks[j].Lower == "," || s.toks[j].Lower == ";" || s.toks[j].Lower == "and" {
				return -1 // past the clause's end
			}
		}
		if x.report || x.deadline || x.future || x.since || x.noun > 0 || x.after > 0 || x.rel > 0 || !days(x.w) {
			return -1
		}
		return k
	}
	return -1
}
