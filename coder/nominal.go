package coder

import (
	"slices"
	"time"

	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// Wire reports name a negotiation as a noun whose parties only the main
// clause implies: "Iran and Saudi Arabia agreed to restore ties under a deal
// reached after four days of talks in Beijing" tells that the two
// negotiated, in Beijing, over the four days up to the agreement; "Russia
// and Ukraine each freed 390 prisoners ... in an exchange agreed at their
// talks in Istanbul last week" that they negotiated there last week. The
// noun names no actor of its own (talks "with" or "between" someone are
// patterns of the lexicon), the main clause's event is between exactly two
// parties, and the talks took place: talks that failed, were cancelled or
// are to come, or that only date something "since", are no event
// (doc/POLICY.md, section 7). A deal "brokered by" a third actor is that
// actor's mediation (045) between the two.

// talkNouns are the nouns of a negotiation or a meeting held.
var talkNouns = set(`talks negotiations meeting meetings summit consultations`)

// talkPreps put a negotiation before or around the main clause's event.
var talkPreps = set(`after at during following`)

// talkSpans are the units of "after four days of talks".
var talkSpans = map[string]int{"day": 1, "days": 1, "week": 7, "weeks": 7, "hour": 0, "hours": 0, "month": 0, "months": 0,
	"round": 0, "rounds": 0}

// talkFailed are words that say talks did not take place or came to
// nothing; talkAhead words of talks still to come.
var (
	talkFailed = set(`failed fail fails collapsed collapse stalled deadlocked cancelled canceled postponed suspended aborted
		scrapped derailed fruitless inconclusive`)
	talkAhead = set(`upcoming planned proposed scheduled expected future next possible new due will`)
)

// mediatedWords say a third party carried a deal or talks between the
// parties: "a deal brokered by China".
var mediatedWords = set(`brokered mediated facilitated`)

// dealNouns are what a mediator brokers.
var dealNouns = set(`deal agreement accord pact ceasefire truce talks negotiations swap exchange arrangement`)

// talks returns the negotiations (046, both ways) and mediations (045) that
// the nouns of a sentence imply between the two parties of its events ps.
func talks(s *sentence, ps []proto, xs []timex, ctx *docCtx) []proto {
	if !anyWord(s, talkNouns) && !anyWord(s, mediatedWords) {
		return nil
	}
	a, b, ok := twoParties(ps)
	if !ok {
		a, b, ok = s.reportersOfTalks()
	}
	if !ok {
		return dealBrokers(s, ps)
	}
	for _, p := range ps {
		if p.code.Root() == "04" || p.code == "036" && !heldTalks(s.toks) {
			// "met Merkel at a summit in Estonia", "hoped for more talks
			// following the first negotiations": the sentence tells of
			// their meetings itself; the noun is one of them, or the
			// background of one to come
			return nil
		}
	}
	var out []proto
	for k := range s.toks {
		if !talkNouns[s.toks[k].Lower] || s.in[k] >= 0 || inWords(ps, k) {
			continue
		}
		first, days, ok := s.talkPhrase(k)
		if !ok || s.failedTalks(k) || s.ownParties(k) || s.futureClause(s.clause(k)) && !s.saidAfter(first) {
			continue
		}
		if mediated(s, k) >= 0 {
			continue // "talks mediated by Washington": the parties did not talk directly; brokers codes the mediator
		}
		words := make([]int, 0, k-first+1)
		for j := first; j <= k; j++ {
			words = append(words, j)
		}
		if x := s.ownTime(xs, words, -1, []int{words[0]}); x >= 0 && ctx.known() && xs[x].w.start > ctx.docWhen.start {
			continue // "after talks in Geneva next week"
		}
		for _, pair := range [2][2]member{{a, b}, {b, a}} {
			out = append(out, proto{src: pair[0], tgt: pair[1], hasTgt: true, code: "046", words: words, conf: 0.7, frame: -1, days: days})
		}
	}
	return append(out, brokers(s, ps, []member{a, b})...)
}

// brokers returns the mediation of a third actor named after "brokered by"
// or "mediated by" a deal or talks ("under a deal brokered by China"): its
// 045 to each of the parties, unless ps already codes it.
func brokers(s *sentence, ps []proto, parties []member) []proto {
	if !anyWord(s, mediatedWords) {
		return nil
	}
	var out []proto
	for k := range s.toks {
		mi := mediated(s, k)
		if mi < 0 {
			continue
		}
		for _, z := range s.ms[mi].members {
			// each of several mediators: "a ceasefire brokered by the
			// United States and France"
			if isParty(z, parties) {
				continue
			}
			dup := false
			for _, p := range ps {
				dup = dup || p.code == "045" && p.src.code == z.code
			}
			if dup {
				continue
			}
			words := []int{s.venueEnd(k + 1)}
			for _, y := range parties {
				out = append(out, proto{src: z, tgt: y, hasTgt: true, code: "045", words: words, conf: 0.7, frame: -1})
			}
		}
	}
	return out
}

// mediators gives a mediation (045) that names no party the two parties of
// the sentence's other events: "talks between Russia and Ukraine, mediated
// by Turkey, resumed", "held talks in Kuwait City through Kuwaiti
// mediators" are mediations between the two that talked or dealt, each its
// own event.
func mediators(s *sentence, ps []proto) []proto {
	ps = append(ps, namedMediators(s, ps)...)
	if !slices.ContainsFunc(ps, func(p proto) bool { return p.code == "045" && !p.hasTgt }) {
		return ps // no mediation waits for its parties
	}
	var others []proto
	for _, p := range ps {
		if p.code != "045" {
			others = append(others, p)
		}
	}
	var parties []member
	if a, b, ok := twoParties(others); ok {
		parties = []member{a, b}
	} else if parties = eventSides(others); len(parties) != 2 {
		// "freed six Ukrainian children after talks mediated by Qatar":
		// the two sides of a one-way act are the mediation's parties too
		return ps
	}
	for i, n := 0, len(ps); i < n; i++ {
		z := ps[i].src
		if ps[i].code != "045" || ps[i].hasTgt || z.code == "" || isParty(z, parties) {
			continue
		}
		ps[i].tgt, ps[i].hasTgt = parties[0], true
		o := ps[i]
		o.tgt = parties[1]
		ps = append(ps, o)
	}
	return ps
}

// namedMediators returns the mediation (045, no party yet) of the actors
// whose adjective names the mediators something was done through:
// "through Kuwaiti mediators", "via Qatari and Egyptian intermediaries".
func namedMediators(s *sentence, ps []proto) []proto {
	var out []proto
	for k := 2; k < len(s.toks); k++ {
		if !marked(&s.toks[k], cMediator) { // speed9: a word class (wordclass.go)
			continue
		}
		var names []int // the adjectives, last first: "Egyptian and Qatari"
		for j := k - 1; j >= 0 && s.in[j] >= 0 && s.ms[s.in[j]].end == j+1; {
			mi := s.in[j]
			names = append(names, mi)
			j = s.ms[mi].start - 1
			if !isWord(s.toks, j, "and") && !isWord(s.toks, j, ",") {
				break
			}
			j--
		}
		if len(names) == 0 {
			continue
		}
		if first := s.ms[names[len(names)-1]].start; !isWord(s.toks, first-1, "through") && !isWord(s.toks, first-1, "via") {
			continue
		}
		for _, mi := range names {
			for _, z := range s.ms[mi].members {
				if !hasCode(ps, z, member{}, "045") {
					out = append(out, proto{src: z, code: "045", words: []int{k}, conf: 0.7, frame: -1})
				}
			}
		}
	}
	return out
}

// mediatorNouns name those who carry messages between parties.
var mediatorNouns = set(`mediators mediator intermediaries intermediary`)

// mediated returns the mention of the actor after "brokered by" or
// "mediated by" right after the deal or talks noun at token k, or after
// the place it names ("talks in Jeddah brokered by Saudi Arabia", "a deal
// on the island of Zanzibar mediated by Tanzania"), or -1.
func mediated(s *sentence, k int) int {
	if !dealNouns[s.toks[k].Lower] {
		return -1
	}
	b := s.venueEnd(s.betweenEnd(k + 1)) // betweenbroker.go
	if b+2 >= len(s.toks) || !mediatedWords[s.toks[b].Lower] || s.toks[b+1].Lower != "by" {
		return -1
	}
	j := b + 2
	if isWord(s.toks, j, "the") {
		j++ // "brokered by the United States"
	}
	if mi := s.at[min(j, len(s.toks)-1)]; mi >= 0 && s.ms[mi].usable() {
		return mi
	}
	return -1
}

// twoParties returns the two parties of the events ps when they are between
// exactly two, one event of the pair each way (a reciprocal action, or a
// list that acts on itself: "Russia and Ukraine each freed").
func twoParties(ps []proto) (a, b member, ok bool) {
	for _, p := range ps {
		if !p.hasTgt || p.src.code == "" || p.tgt.code == "" {
			continue
		}
		if !ok {
			back := false
			for _, q := range ps {
				back = back || q.code == p.code && q.src.code == p.tgt.code && q.tgt.code == p.src.code
			}
			if !back {
				continue
			}
			a, b, ok = p.src, p.tgt, true
			continue
		}
		if !(p.src.code == a.code && p.tgt.code == b.code || p.src.code == b.code && p.tgt.code == a.code) {
			return a, b, false // events between others too: whose talks is unsure
		}
	}
	return a, b, ok
}

// anyWord reports whether the sentence has one of words. Most sentences
// have none, which their signature tells without a lookup.
func anyWord(s *sentence, words map[string]bool) bool {
	for w := range words {
		if s.sig.Has(lexicon.Bit(w)) && s.words[w] {
			return true
		}
	}
	return false
}

// inWords reports whether token k is a word of an event of ps.
func inWords(ps []proto, k int) bool {
	for _, p := range ps {
		if contains(p.words, k) {
			return true
		}
	}
	return false
}

// talkPhrase reads back from the talks noun at token k to its preposition:
// "after four days of talks", "at their talks", "following a round of
// peace talks". It returns the first word of the phrase after its
// determiners and the days it lasted when it counts them ("four days of",
// 4), and whether the phrase is governed by one of talkPreps.
func (s *sentence) talkPhrase(k int) (first, days int, ok bool) {
	first = k
	for j := k - 1; j >= 0 && j >= k-7; j-- {
		t := &s.toks[j]
		switch {
		case talkPreps[t.Lower]:
			for first < k && (determiners[s.toks[first].Lower] || s.toks[first].Lower == "a") {
				first++
			}
			return first, days, true
		case t.Lower == "of":
			// "four days of", "a round of": only a span's "of"
			if j == 0 {
				return 0, 0, false
			}
			n, span := talkSpans[s.toks[j-1].Lower]
			if !span {
				return 0, 0, false // "at the close of a round of talks": the talks are not what "at" governs
			}
			if n > 0 && j >= 2 {
				if v, isNum := exactNumber(&s.toks[j-2]); isNum {
					days = v * n
				}
			}
		case t.Lower == "since" || t.Lower == "before" || talkAhead[t.Lower] || talkFailed[t.Lower] || negations[t.Lower]:
			return 0, 0, false
		case s.in[j] >= 0 && s.ms[s.in[j]].kind == mPronoun && s.ms[s.in[j]].poss:
			// "their talks": the parties' own
		case t.Kind == text.Punct && t.Text != "-" || s.in[j] >= 0 || s.boundary[j] || clauseWords[t.Lower] || prepositions[t.Lower]:
			return 0, 0, false // "Russian-Ukrainian talks": talks with actors of their own
		}
		first = j
	}
	return 0, 0, false
}

// exactNumber returns the count a word or numeral says exactly: "four",
// "4", "a"; not "several".
func exactNumber(t *text.Token) (int, bool) {
	if t.Lower == "several" || t.Lower == "few" {
		return 0, false
	}
	v, ok := smallCount(t)
	return v, ok && v > 0
}

// ownParties reports whether the talks noun at token k names its own
// parties after it: "talks with a U.S. peace envoy", "the meeting of
// Somalia's National Security Council".
func (s *sentence) ownParties(k int) bool {
	if k+1 >= len(s.toks) {
		return false
	}
	switch s.toks[k+1].Lower {
	case "with", "between", "among", "of", "involving":
	default:
		return false
	}
	for j := k + 2; j < len(s.toks) && j <= k+5; j++ {
		if mi := s.in[j]; mi >= 0 && len(s.ms[mi].members) > 0 {
			return true
		}
	}
	return false
}

// failedTalks reports whether the talks at token k came to nothing or are
// still to come, by the words after them in their clause ("talks in Doha
// collapsed", "talks due next week") or a failure the sentence reports
// ("failed to reach a deal after hours of talks").
func (s *sentence) failedTalks(k int) bool {
	for j := k + 1; j < len(s.toks) && j <= k+8; j++ {
		if s.boundary[j] || s.toks[j].Lower == "," {
			break
		}
		if talkFailed[s.toks[j].Lower] || talkAhead[s.toks[j].Lower] || s.toks[j].Lower == "broke" {
			return true
		}
	}
	for _, w := range []string{"failed", "fail", "collapsed", "stalled", "deadlocked", "without"} {
		if s.words[w] {
			return true
		}
	}
	return false
}

// heldTalks reports whether the sentence counts its talks by how long
// they ran ("agreed after an hour of talks to resume negotiations"): talks
// that lasted were held, whatever was agreed to come after them.
func heldTalks(toks []text.Token) bool {
	for k := 2; k < len(toks); k++ {
		if _, ok := talkSpans[toks[k-2].Lower]; ok && talkNouns[toks[k].Lower] && isWord(toks, k-1, "of") {
			return true
		}
	}
	return false
}

// lasted returns the interval of days days that ends on the day of w
// ("after four days of talks", told on Friday, ran Tuesday to Friday), or
// w when it is no single day.
func lasted(w when, days int) when {
	if days < 2 || len(w.iso) != 10 {
		return w
	}
	end, err := time.Parse("2006-01-02", w.iso)
	if err != nil {
		return w
	}
	start := end.AddDate(0, 0, 1-days).Format("2006-01-02")
	w.iso, w.start = start+"/"+w.iso, start
	return w
}

// reportersOfTalks returns the two parties that report what came of talks
// they held: "..., the pair said after talks in Riga", "Russia
// and China said after talks in Beijing that ...": the subject, of exactly
// two members, of a past report the talks come after.
func (s *sentence) reportersOfTalks() (a, b member, ok bool) {
	for k := range s.toks {
		if !talkNouns[s.toks[k].Lower] || s.in[k] >= 0 {
			continue
		}
		first, _, isPhrase := s.talkPhrase(k)
		if !isPhrase || !s.saidAfter(first) {
			continue
		}
		j := first - 2
		for j >= 0 && s.time[j] {
			j--
		}
		mi, _ := s.subject(j, -1)
		if mi < 0 || len(s.ms[mi].members) != 2 || s.ms[mi].end > j {
			continue
		}
		x, y := s.ms[mi].members[0], s.ms[mi].members[1]
		if x.code == "" || y.code == "" || x.country != "" && x.country == y.country {
			continue
		}
		return x, y, true
	}
	return a, b, false
}

// saidAfter reports whether the talks whose phrase starts at token first
// are what a past report came after: "aid will resume, both governments
// said after talks in Riga" tells talks held, whatever the report says
// will come.
func (s *sentence) saidAfter(first int) bool {
	j := first - 1
	if j < 0 || !talkPreps[s.toks[j].Lower] || s.toks[j].Lower == "during" {
		return false
	}
	for j--; j >= 0 && s.time[j]; j-- {
	}
	return j >= 0 && pastReports[s.toks[j].Lower]
}

// pastReports are the past forms of reporting a joint statement.
var pastReports = set(`said announced stated declared added`)

// venueWords are what may lie between a deal noun and the place it names:
// "on the island of", "in the Saudi city of".
var venueWords = set(`the island islands city capital town resort port coastal
	of`)

// venueEnd returns the token after the place phrase at token i ("in Doha",
// "on the Caribbean island of St. Vincent"), or i when none starts there.
// The phrase is a preposition of place, its determiners and kind words,
// and a place or country the sentence knows.
func (s *sentence) venueEnd(i int) int {
	if i >= len(s.toks) || !isWord(s.toks, i, "in") && !isWord(s.toks, i, "at") && !isWord(s.toks, i, "on") {
		return i
	}
	place := false
	j := i + 1
	for j < len(s.toks) && j <= i+8 {
		if mi := s.in[j]; mi >= 0 {
			if m := &s.ms[mi]; m.kind != mPlace && m.kind != mFull && m.kind != mWeak || m.start != j {
				return i
			}
			place, j = true, s.ms[mi].end
			continue
		}
		if w := s.toks[j]; !venueWords[w.Lower] && !(w.Kind == text.Word && w.Lower != w.Text) {
			break
		}
		j++
	}
	if !place {
		return i
	}
	return j
}
