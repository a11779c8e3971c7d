package coder

import (
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// A sentence may date its events differently: "North Korea said on Monday
// it had test-fired a missile on Sunday" reports on Monday a test of Sunday;
// "will provide aid, the ministry said on Tuesday" reports on Tuesday a
// promise; "ordered French troops to leave by January" dates the order, not
// the deadline. Each event takes the time expression of its own clause.

// timex is one time expression of a sentence.
type timex struct {
	pos      int  // its first token
	w        when // what it resolves to
	report   bool // it dates a reporting verb: "said on Monday"
	deadline bool // "by January", "until March": when something is due, not when it happened
	since    bool // "since October": from then to the report
	late     bool // late in its day: "late on Tuesday", "on Tuesday night"
	early    bool // early in its day: "early on Monday"
	future   bool // in a clause about the future: "will visit on Tuesday", "said it would hold drills on Wednesday"
	rel      int  // for "six hours later", "the next day": the token "later" or "day", whose verb it dates; else 0
	noun     int  // for "last week's bombing", "the Oct. 9 election": the noun it dates alone; else 0
	due      int  // for "tariffs due to take effect on Tuesday": the token "due" or "set" of what is scheduled, which it dates alone; else 0
	after    int  // for "a day after", "two days before": the token "after" or "before", whose clause it dates alone; else 0
}

// reportWords are the verbs whose time expression dates the report, not
// the reported event.
var reportWords = set(`said says say told tells reported announced stated added claimed warned noted insisted argued
	confirmed declared`)

// pastPlanners before "planned" make it a past act of its own ("who had
// planned the attack"), not a plan ahead ("the summit planned for June").
var pastPlanners = set(`had has have who which that`)

// presentReport are the reporting verbs of reportWords in the present
// tense, whose time may be ahead.
var presentReport = set(`says say tells`)

// times returns the time expressions of toks, each resolved in the tense of
// its own verb phrase ("will visit on Tuesday" resolves "on Tuesday"
// forward).
func times(toks []text.Token, pre lexed, ctx *docCtx) []timex {
	mark, boundary := pre.time, pre.bounds
	clauseOf := make([]int, len(toks))
	n := 0
	for k := range toks {
		if boundary[k] {
			n++
		}
		clauseOf[k] = n
	}
	var markers, leads []int
	reported := false
	for k, t := range toks {
		switch t.Lower {
		case "will", "shall", "'ll", "scheduled", "upcoming", "planned":
			if t.Lower == "planned" && k > 0 && !isWord(toks, k+1, "to") && pastPlanners[toks[k-1].Lower] {
				break // "who had planned the attack on October 7": a past act, not a plan ahead
			}
			markers = append(markers, k)
		case "due", "set":
			if dueAt(toks, k) {
				leads = append(leads, k) // "tariffs due to take effect on Tuesday": ahead of the report
			}
		case "plans", "plan", "intends", "intend", "aims", "expects", "expected", "hopes", "hoped", "hope", "wants", "wanted",
			"intended", "forward":
			if isWord(toks, k+1, "to") && k > 0 && !marked(&toks[k-1], cDeterminer) && toks[k-1].Lower != "'s" && !describesNoun(toks, k) { // speed9: a word class
				leads = append(leads, k) // "plans to send a destroyer in February"; not "Macron's plan to"
			}
		case "would":
			if reported && !isWord(toks, k+1, "have") {
				leads = append(leads, k) // "said on Monday it would hold drills on Wednesday": ahead of the report
			}
		}
		reported = reported || marked(&toks[k], cReport|cReportPart) // speed9: word classes
	}
	// a time expression is of the future when a marker of the future
	// stands before it in its clause ("will visit on Tuesday"), or after it
	// in the same verb phrase ("on Tuesday, Putin will visit"), but not in a
	// coordinated one ("visited on Monday and will meet on Friday")
	future := func(i int) bool {
		for _, k := range leads {
			if k < i && clauseOf[k] == clauseOf[i] {
				return true // these mark only what follows them
			}
		}
		for _, k := range markers {
			if clauseOf[k] != clauseOf[i] {
				continue
			}
			if k < i {
				return true
			}
			if toks[k].Lower == "upcoming" || k > 0 && (determiners[toks[k-1].Lower] || toks[k-1].Lower == "'s") {
				continue // "held talks on Monday on the planned summit": an adjective dates its noun, not the verb before
			}
			and := false
			for j := i + 1; j < k; j++ {
				and = and || toks[j].Lower == "and"
			}
			if !and {
				return true
			}
		}
		return false
	}
	var out []timex
	for i := 0; i < len(toks); i++ {
		if t := &toks[i]; t.Kind == text.Punct || t.Kind == text.Word && !t.Cap && !marked(t, cDate) && !isWord(toks, i+1, "days") && t.Lower != "night" { // speed9: a word class
			continue
		}
		w, ok := anchoredAt(toks, i, out, ctx) // "the day before", "that year" after a time of their own (anchoredtime.go)
		if !ok {
			w, ok = dateAt(toks, i, ctx, future(i))
		}
		that := false // "that night": a day named before, not a period's start
		if !ok {
			w, ok = thatDay(toks, i, out)
			that = ok
		}
		if !ok {
			continue
		}
		if rankedSince(toks, i) || rankedPeriod(toks, i) {
			for i+1 < len(toks) && mark[i+1] {
				i++ // "the bloodiest day since the coup last month": no time of an act
			}
			continue
		}
		w.explict = true
		x := timex{pos: i, w: w, future: future(i)}
		lead := i - 1
		for lead >= 0 && (toks[lead].Lower == "on" || toks[lead].Lower == "late" || toks[lead].Lower == "early" || toks[lead].Lower == "in") {
			lead--
		}
		near := i - 3
		if k := lead; k >= 0 && toks[k].Cap {
			// "said in Jeddah on Tuesday": a place between the report and its day
			for k >= 0 && toks[k].Cap && toks[k].Kind == text.Word {
				k--
			}
			if k > 0 && (toks[k].Lower == "in" || toks[k].Lower == "at") && reportWords[toks[k-1].Lower] {
				lead, near = k-1, k-1
			}
		}
		x.report = lead >= 0 && reportWords[toks[lead].Lower] && lead >= near
		x.late = isWord(toks, i-1, "late") || isWord(toks, i-1, "on") && isWord(toks, i-2, "late") ||
			isWord(toks, i+1, "night") || isWord(toks, i+1, "evening")
		x.early = isWord(toks, i-1, "early") || isWord(toks, i-1, "on") && isWord(toks, i-2, "early")
		if ctx.known() && !x.w.unsure && !that && sinceBefore(toks, i) {
			x.since = true
			x.w = sinceThen(x.w, ctx) // "since October": from then to the report
		}
		x.deadline = isWord(toks, i-1, "by") || isWord(toks, i-1, "until") || isWord(toks, i-1, "before") && !spanBefore(toks, i-1)
		if x.deadline {
			// a deadline is ahead of the report: "leave by January",
			// written in March, is next January
			x.w, _ = dateAt(toks, i, ctx, true)
			x.w.explict = true
		}
		if x.report && future(i) && (!future(lead) || !presentReport[toks[lead].Lower]) {
			// "will provide aid, the ministry said on Tuesday": the report
			// is in the past whatever the clause it ends, and whatever
			// follows it ("announced on Tuesday, a trip it hopes will ...")
			x.w, _ = dateAt(toks, i, ctx, false)
			x.w.explict = true
		}
		out = append(out, x)
		if w := toks[i].Lower; w == "between" || w == "from" {
			if _, end, ok := rangeAt(toks, i, ctx, false); ok {
				i = end // "between September 2023 and September 2024" is one expression
				continue
			}
		}
		if k := overnightDay(toks, i); toks[i].Lower == "overnight" && k >= 0 {
			i = k // "overnight into Wednesday" is one expression
		}
		if k := nextDayAnd(toks, i); k > 0 && weekdayAt(toks, i) && strings.Contains(x.w.iso, "/") {
			i = k // when12: "on Friday and Saturday" is one expression, the second day no time of its own
		}
		for i+1 < len(toks) && mark[i+1] {
			i++ // the rest of this expression
		}
		if x := &out[len(out)-1]; !x.since {
			x.noun = nounTimed(toks, x.pos, i)
		}
		if x := &out[len(out)-1]; x.future {
			for k := x.pos - 1; k > 0 && k >= x.pos-8 && clauseOf[k] == clauseOf[x.pos]; k-- {
				if dueAt(toks, k) {
					x.due = k
					break
				}
			}
		}
	}
	out = append(out, offsets(toks, out, ctx)...)
	out = append(out, midnights(toks, out)...) // when8: "shortly after midnight" after a night (midnight.go)
	return append(out, eves(toks, out)...)
}

// dueAt reports whether "due to" or "set to" at token k says what is
// scheduled: a verb of starting, ending or happening after it ("due to take
// effect", "set to expire"), not a cause ("due to heavy rain") or a setting
// ("set to music").
func dueAt(toks []text.Token, k int) bool {
	return (toks[k].Lower == "due" || toks[k].Lower == "set") && isWord(toks, k+1, "to") && k+2 < len(toks) && scheduled[toks[k+2].Lower]
}

// scheduled are the verbs that "due to" and "set to" schedule.
var scheduled = set(`take begin start come expire end arrive hold meet be open close resume visit leave travel sign vote enter return`)

// nounTimed returns the noun that the time expression from token pos to
// end modifies, or 0: a possessive ("last week's bombing", "Monday's
// earthquake") or a day or year between an article and its noun ("the Oct.
// 9 election"). Such a time dates that noun's event alone, not the clause's
// verb: "protesting against the results of the Oct. 9 election" was not on
// Oct. 9.
func nounTimed(toks []text.Token, pos, end int) int {
	if pos == end && weekendNoun(toks, pos) {
		return pos + 1 // when12: "after weekend talks": the talks' time alone
	}
	if isWord(toks, end+1, "'s") && end+2 < len(toks) && toks[end+2].Kind == text.Word {
		return end + 2
	}
	if n := yearOfNoun(toks, pos, end); n > 0 {
		return n
	}
	if n := causeNoun(toks, pos); n > 0 {
		return n // when12: "retaliating for Britain's expulsion of 23 envoys earlier in the week" (when12.go)
	}
	k := end + 1
	if pos == 0 || !(toks[pos-1].Lower == "the" || toks[pos-1].Lower == "a" || toks[pos-1].Lower == "an") ||
		!(monthNames[toks[pos].Lower] > 0 || isYear(toks[pos]) || weekdayAt(toks, pos)) ||
		k >= len(toks) || toks[k].Kind != text.Word || toks[k].Cap ||
		prepositions[toks[k].Lower] || clauseWords[toks[k].Lower] || toks[k].Lower == "and" || toks[k].Lower == "or" {
		return 0
	}
	return k
}

// yearOfNoun returns the event noun that a year after "in" at tokens [pos,
// end] follows inside a phrase of a preposition ("in exchange for an
// official jailed over mass executions in 1988", "protested over the coup
// in 2021"), or 0: the year is that event's, not the clause's verb's. A noun
// right after the verb ("conducted nuclear tests in 2017") keeps its year
// for the verb.
func yearOfNoun(toks []text.Token, pos, end int) int {
	y := pos
	if isWord(toks, y, "in") {
		y++
	} else if !isWord(toks, y-1, "in") {
		return 0
	}
	if y != end || !isYear(toks[y]) {
		return 0
	}
	in := y - 1
	n := in - 1
	if n < 1 || toks[n].Kind != text.Word || toks[n].Cap || !(eventNouns[toks[n].Lower] != nil || eventNouns[toks[n].Lemma] != nil) {
		return 0
	}
	for k := n - 1; k >= 0 && k >= n-4; k-- {
		t := &toks[k]
		switch {
		case prepositions[t.Lower]:
			return n
		case t.Kind != text.Word || t.Cap && !determiners[t.Lower]:
			return 0
		}
	}
	return 0
}

// dateOf finds the date of a sentence as a whole (see sentenceDate),
// resolved against the document date (ctx.doc) and earlier sentences. It
// returns false when the sentence has none.
func dateOf(toks []text.Token, ctx *docCtx) (when, bool) {
	return sentenceDate(times(toks, lex(toks), ctx))
}

// sinceThen turns the start of a period that runs to the document's date
// ("since October", "since Aug. 6", "since 2022") into the interval from it
// to the document's date, at the start's precision.
func sinceThen(w when, ctx *docCtx) when {
	var end string
	switch len(w.iso) {
	case 4:
		end = ctx.doc.Format("2006")
	case 7:
		end = ctx.doc.Format("2006-01")
	case 10:
		end = ctx.doc.Format("2006-01-02")
	default:
		return w
	}
	if end <= w.iso {
		return w
	}
	w.iso += "/" + end
	return w
}

// sentenceDate is the date of a sentence as a whole: its first time
// expression that is no deadline, dates no noun alone ("killed the
// commander behind the October 7 attack" was not on October 7) and no
// clause after "a day after" alone ("fired tear gas, a day after the
// opposition called a strike" was not on the day of the call).
func sentenceDate(xs []timex) (when, bool) {
	for _, x := range xs {
		if !x.deadline && x.noun == 0 && x.after == 0 {
			return x.w, true
		}
	}
	return when{}, false
}

// futureClause reports whether clause cl speaks of the future ("will
// withdraw by January").
func (s *sentence) futureClause(cl int) bool {
	for k, t := range s.toks {
		switch t.Lower {
		case "will", "shall", "'ll":
			if s.clause(k) == cl {
				return true
			}
		}
	}
	return false
}

// reportParticiples begin a reported clause within a clause: "seized a
// tanker on Friday, saying it had transferred oil in October".
var reportParticiples = set(`saying adding claiming noting stating alleging warning insisting`)

// reportBetween reports whether a participle of reporting stands between
// tokens i and j.
func (s *sentence) reportBetween(i, j int) bool {
	if i > j {
		i, j = j, i
	}
	for k := i + 1; k < j; k++ {
		if reportParticiples[s.toks[k].Lower] {
			return true
		}
	}
	return false
}

// ownTime returns the index in xs of the time expression of the event whose
// action has the token indexes words, told through the frame at token frame
// (-1 for none), or -1: of the time expressions of its own clause that date
// neither a report nor a deadline, the nearest that belongs to it, else the
// nearest. A time expression belongs to the action it follows ("struck
// Kharkiv on Monday and Odesa's port on Tuesday"), or, with none before it,
// to the one it precedes ("On Monday, Russia struck"); an action told
// through a frame of its clause begins at the frame ("agreed on Monday to
// hold talks next month"). starts are the first words of the sentence's actions.
func (s *sentence) ownTime(xs []timex, words []int, frame int, starts []int) int {
	t := words[0]
	cl := s.clause(t)
	if frame >= 0 && frame < t && s.clause(frame) == cl {
		t = frame
	}
	last := words[len(words)-1]
	owner := func(pos int) int {
		before, after := -1, -1
		for _, k := range append(starts[:len(starts):len(starts)], t) {
			if k != t && t <= k && k <= last || s.clause(k) != s.clause(pos) {
				continue // a word of this action; another clause's action
			}
			if k < pos && k > before {
				before = k
			}
			if k > pos && (after < 0 || k < after) {
				after = k
			}
		}
		if before >= 0 && !(after >= 0 && opensConjunct(s.toks, pos)) {
			return before
		}
		return after
	}
	best, dist := -1, 1<<30
	for k := range xs {
		x := &xs[k]
		if x.report {
			continue
		}
		if s.openingTime(x.pos, words[0]) {
			continue // "Following the attack on October 7, Israel launched": the attack's time, not the launch's
		}
		if x.deadline && !s.futureClause(cl) || s.clause(x.pos) != cl || s.reportBetween(x.pos, words[0]) {
			continue // a deadline dates what will be done by then, not an order or a demand made now
		}
		if x.due > last && !s.futureClause(cl) {
			continue // "paused the tariffs due to take effect on Tuesday": when they were due, not when they were paused
		}
		if x.noun > 0 && !contains(words, x.noun) && !partakes(s.toks, x.pos, words) {
			continue // "protesting against the results of the Oct. 9 election": the election's time
		}
		if x.after > last {
			continue // "fired tear gas in Nairobi, a day after the opposition called a strike": the call's day alone
		}
		if x.after > 0 && x.pos == words[0] {
			return k // "released him a day after arresting him": the offset stands on the gerund's own word
		}
		if s.asideTime(x.pos, t) {
			continue // "the generals, who seized power last month, expelled the envoy": the seizure's time
		}
		if x.noun > 0 && x.pos == words[0] && contains(words, x.noun) && s.toks[x.pos].Lower == "weekend" {
			return k // when12: "after weekend talks": the talks' own time, wherever the clause stands
		}
		d := abs(x.pos - t)
		if o := owner(x.pos); o > t && opensConjunct(s.toks, x.pos) {
			continue // "landed in Taipei, and on Wednesday suspended imports": the later act's alone
		}
		if owner(x.pos) != t {
			d += len(s.toks) // another action's time, unless there is no other
			if isWord(s.toks, x.pos-1, "after") || isWord(s.toks, x.pos-1, "before") {
				d += len(s.toks) // "four days after launching an offensive": that clause's alone, less the main clause's
			}
		}
		if x.w.unsure {
			d += len(s.toks) // "since taking office": only when nothing dates it better
		}
		if v := s.participleTimed(x.rel); v >= 0 && !contains(words, v) {
			continue // "an arms sale approved a day earlier": the approval's time
		}
		if x.rel > 0 && !s.datesVerb(x.rel, words) {
			d += len(s.toks) // "accusing the opposition, only to lift it six hours later": lifting's time
		}
		if v := modifierTimed(s.toks, x.pos); v >= 0 && !contains(words, v) {
			continue // "under a contract signed last year were handed over on Wednesday": the signing's time
		}
		if x.pos > last && s.consequenceTime(x.pos, last) {
			continue // attrs6: "seized its computers, prompting journalists to march on Wednesday": the march's day (consequencetime.go)
		}
		if x.pos > last && x.rel == 0 && !days(x.w) && relativeBetween(s.toks, s.boundary, last, x.pos) {
			continue // when12: "killed a commander who planned the attack in July": the planning's time (when12.go)
		}
		if x.pos > last && x.rel == 0 && s.farParticiple(x.pos, last) >= 0 {
			continue // "ended the siege of a train seized by separatists in the pass on Tuesday": the seizure's time
		}
		if d < dist {
			best, dist = k, d
		}
	}
	return best
}

// auxWords make a participle after them a verb of its own clause.
var auxWords = set(`be is are was were been being has have had having get got gets not never also`)

// opensConjunct reports whether the time expression at token pos opens a
// coordinated verb phrase, and so belongs to the action after it: "landed in
// Taipei, and on Wednesday suspended imports".
func opensConjunct(toks []text.Token, pos int) bool {
	k := pos - 1
	for k >= 0 && timeLead[toks[k].Lower] {
		k--
	}
	return k >= 0 && (toks[k].Lower == "and" || toks[k].Lower == "but" || toks[k].Lower == "then")
}

// reportTime returns the first time expression of xs that dates a
// reporting verb, or nil.
func reportTime(xs []timex) *timex {
	for k := range xs {
		if xs[k].report {
			return &xs[k]
		}
	}
	return nil
}

// clauseDate returns the date of the event whose action has the token
// indexes words (see ownTime), resolved against the report's day when the sentence has
// one; else the report's date; else def.
func (s *sentence) clauseDate(xs []timex, words []int, frame int, starts []int, code dyad.EventCode, ctx *docCtx, def when, defDated bool) (when, bool) {
	if report := reportTime(xs); report != nil && code.Root() == "11" && s.namedReaction(words[0]) {
		return report.w, true // "said on Wednesday that ... boarded the boats on Monday, in what it called piracy" (subclause.go)
	}
	best := s.ownTime(xs, words, frame, starts)
	if v := verbOf(words, frame); best < 0 || xs[best].pos < v {
		if k := s.conjunctTime(xs, v, starts); k >= 0 {
			best = k // "accused Russia on Sunday of downing a jet that crashed on Christmas Day, and demanded": Sunday's
			for j, x := range xs {
				if x.pos > v && s.clause(x.pos) == s.clause(v) && !x.report && !x.deadline && x.noun == 0 && x.after == 0 && !x.w.unsure {
					best = j // "and demanded compensation on Wednesday": its own
					break
				}
			}
		}
	}
	if k := s.nounRelative(xs, words); k >= 0 && (best < 0 || xs[best].pos < words[0]) {
		best = k // "retaliating on Friday for a drone attack that killed three soldiers last Sunday": the attack's Sunday
	}
	if k := s.subReportOver(xs, best, words[0]); k >= 0 {
		return xs[k].w, true // "overnight, after the premier announced on Thursday that talks were suspended" (subreport.go)
	}
	if r := code.Root(); (r == "03" || r == "13") && s.futureClause(s.clause(words[0])) && !(best >= 0 && schedule(xs[best])) {
		return s.statedDate(xs, ctx, def, defDated)
	}
	if r := code.Root(); best >= 0 && r != "03" && r != "13" && ctx.known() && !xs[best].future &&
		!s.futureClause(s.clause(words[0])) && xs[best].w.start > ctx.docWhen.start {
		best = -1 // "barred her from standing, upending her plans to run in 2027": a time ahead dates no act told as done
	}
	if best >= 0 {
		w := s.timeAt(xs, best, ctx)
		if r := code.Root(); (r == "03" || r == "13") && ctx.known() && !schedule(xs[best]) {
			// "agreed to meet again next week": an intention is dated
			// when it is stated, not when it speaks of ("said on Monday it
			// would hold drills on Wednesday" is Monday's)
			if stated, ok := s.statedDate(xs, ctx, def, defDated); ok && (w.start > ctx.docWhen.start || xs[best].future && w.start > stated.start) {
				return stated, true
			}
		}
		if ctx.known() && w.start > ctx.docWhen.start && !xs[best].future && !s.futureClause(s.clause(words[0])) {
			// "barred her from standing for election, upending her plans
			// to run for president in 2027": what was done is not dated
			// after the report
			best = -1
		}
	}
	if best >= 0 {
		w := s.timeAt(xs, best, ctx)
		if xs[best].since && (pluperfect(s.toks, words[0]) || isWord(s.toks, words[0]-1, "having")) {
			w = s.sinceEnded(xs, best, w) // sinceend.go
		}
		if xs[best].since && keepVerbs[s.toks[words[0]].Lemma] {
			// "who have held the president at his residence since
			// Wednesday": a state that one act began, on that day
			if a, _, ok := strings.Cut(w.iso, "/"); ok {
				w.iso = a
			}
		}
		return w, true
	}
	if x := s.earlierTime(xs, words[0]); x >= 0 && !s.asideOtherAct(xs[x].pos, words[0], code) {
		return s.timeAt(xs, x, ctx), true
	}
	if x := s.simultaneous(xs, words); x >= 0 {
		return s.timeAt(xs, x, ctx), true
	}
	if x := s.objectRelative(xs, words, code); x >= 0 {
		return s.timeAt(xs, x, ctx), true
	}
	if report := nearestReport(xs, words[0]); report != nil {
		return report.w, true
	}
	for _, x := range xs {
		if !x.deadline && x.noun == 0 {
			if x.pos > words[len(words)-1] && !days(x.w) && !x.w.unsure && relativeBetween(s.toks, s.boundary, words[len(words)-1], x.pos) {
				// when12: "killed a commander who planned the attack in
				// July" dates the planning, not the act: the report's
				// day; but a time that says no date ("... a partnership
				// that had been rendered irrelevant since the end of the
				// Cold War") leaves the act the date it has (the seed
				// article's: the trip's)
				return ctx.docWhen, ctx.known()
			}
			if s.openingTime(x.pos, words[0]) || s.asideTime(x.pos, words[0]) || s.relativeTime(x.pos, words[0]) {
				// the sentence's first time is the opening phrase's event's,
				// or a relative clause's that names no day ("Mali's junta,
				// which took power in 2021, expelled the envoy"; a day of
				// one is earlierTime's: the same raid), or a relative
				// clause's on a noun that ended before the act ("downed
				// drones that entered its airspace overnight, and Warsaw
				// said it had invoked Article 4": the report's day)
				return ctx.docWhen, ctx.known()
			}
			if x.future && s.clause(x.pos) != s.clause(words[0]) {
				// "condemned the launch, and North Korea said it would try
				// again in October": another clause's plan, not this act's day
				return ctx.docWhen, ctx.known()
			}
			break
		}
	}
	return def, defDated
}

// verbOf is the first word of an action with the token indexes words, told
// through the frame at token frame (-1 for none): the frame when it comes
// first ("vowed to continue").
func verbOf(words []int, frame int) int {
	if frame >= 0 && frame < words[0] {
		return frame
	}
	return words[0]
}

// partakeVerbs are acts done at the event that is their object, on its
// day: "boycotted Sunday's election", "disrupted the May 5 vote".
var partakeVerbs = set(`boycott attend disrupt skip monitor`)

// partakes reports whether the time expression at token pos dates the noun
// of an event that the action with the token indexes words takes part in:
// the action's verb of partakeVerbs right before it, or before an article
// ("boycotted Sunday's election", "boycotted the Oct. 9 vote").
func partakes(toks []text.Token, pos int, words []int) bool {
	v := pos - 1
	if isWord(toks, v, "the") {
		v--
	}
	return v >= 0 && partakeVerbs[toks[v].Lemma] && contains(words, v)
}

// thatDay resolves "that morning", "that evening", "that night" at token i
// to the day of the latest time expression before it in the sentence that
// names one day and dates no deadline ("announced late on Wednesday that
// they had ousted the president, who had been held since that morning").
func thatDay(toks []text.Token, i int, xs []timex) (when, bool) {
	if !isWord(toks, i, "that") || i+1 >= len(toks) || !dayParts[toks[i+1].Lower] {
		return when{}, false
	}
	for k := len(xs) - 1; k >= 0; k-- {
		if x := xs[k]; !x.deadline && !x.since && len(x.w.iso) == 10 {
			w := x.w
			w.explict = true
			return w, true
		}
		if x := xs[k]; x.since && len(x.w.start) == 10 && namesWeekday(toks, x.pos) {
			// "who had held the president since Wednesday morning went on
			// television late that night": the day the period began
			return when{iso: x.w.start, start: x.w.start, year: x.w.year, explict: true}, true
		}
	}
	return when{}, false
}

// namesWeekday reports whether a weekday's name stands at token pos or
// within the two words after it ("on Monday", "since late Monday").
func namesWeekday(toks []text.Token, pos int) bool {
	for k := pos; k < len(toks) && k <= pos+2; k++ {
		if weekdayAt(toks, k) {
			return true
		}
	}
	return false
}
