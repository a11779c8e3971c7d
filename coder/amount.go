package coder

import (
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// Which event a quantity belongs to: the amount of the act's own clause,
// counting what the act acts on, or its target's own people.

// quantityFor returns the quantity of the action whose words are at the
// token indexes words: the amount that counts what the action acts on (the
// one holding the pattern's last word, "more than 40 aircraft" in "destroyed
// four airbases and more than 40 aircraft"), else one within its words,
// else its object's after it, else the nearest in its clause; nil when the
// clause has none. Distances ("400 km away") qualify routes and are never
// an event's amount; an amount another action of the sentence (protos)
// acts on is that action's.
//
// What violence did ("..., killing 11 people", "destroying 15 warships",
// "12 soldiers were killed when ...") is the amount of the nearest violent
// action (repression, assault, fighting, mass violence) on its side, before
// all others, and of no other action.
func quantityFor(s *sentence, qs []qty, words []int, code dyad.EventCode, protos []proto) *dyad.Quantity {
	a, last := words[0], words[len(words)-1]
	for k := len(words) - 1; k > 0; k-- {
		// the pattern's last noun, before "to $T" and the like
		if w := words[k]; !prepositions[s.toks[w].Lower] && s.in[w] < 0 {
			last = w
			break
		}
	}
	last = takenFrom(s, qs, a, last)
	// an abduction harms no one by taking them: "abducted 25 schoolgirls,
	// killing a staff member" abducts the 25; the killing is an act of its own
	violent := violence(code) && code != "181"
	relative := func(q *qty) bool {
		// "the 14 tanks that Britain pledged to Ukraine": the amount is what
		// the relative clause's action acts on; "20,000 tonnes of
		// fertiliser donated by Russia": the participle's
		return q.end < a && (isWord(s.toks, q.end, "that") || isWord(s.toks, q.end, "which")) && a-q.end <= 4 ||
			q.end == a && s.toks[a].Lower != s.toks[a].Lemma && strings.HasSuffix(s.toks[a].Lower, "ed")
	}
	killsOwn := violent && ownToll(s, qs, a, last) // attrs7 (owntoll.go)
	harmed := func(q *qty) bool {
		// what the nearest violent action on its side did
		if killsOwn && q.casualty == 1 && q.start > last {
			return false // attrs7: "killed 12 civilians ..., wounding 30 others" (owntoll.go)
		}
		toll := violent && q.casualty == -1 && q.start > last && tollAfter(s.toks, last+1, q.start) && (q.toll || !s.timedClause(q.end)) ||
			violent && q.toll && q.start > last && tollHolds(s.toks, a, q.start) // qty12: "the death toll from strikes on Dnipro rose to 40" (qty12.go)
		if !violent || q.casualty == 0 || q.casualty == 1 && q.start < a || q.casualty == -1 && q.end > a && !toll {
			return false
		}
		lo, hi := q.end, a
		if toll {
			// "struck Kharkiv on Monday, and officials said 12 people were
			// killed": the toll told after the act, in a clause joined to it
			lo, hi = last+1, q.start
		}
		if q.casualty == 1 {
			lo, hi = a+1, q.start
			if s.opensClause(last+1, q.start) && foughtBetween(s.toks, last+1, q.start) {
				return false // "struck two targets after troops exchanged fire, killing 12": the exchange killed them
			}
			if !harmWords[s.toks[q.start-1].Lower] && !harmedAll(s.toks, q.start) && s.pastBetween(last+1, q.start-1) {
				// "gunmen killed a soldier and the army launched strikes that
				// killed four": the strikes, a verb's object after the action,
				// killed them, not the action
				return false
			}
		}
		for _, p := range protos {
			if len(p.words) > 0 && violence(p.code) && p.words[0] >= lo && p.words[0] < hi &&
				!contains(p.words, q.start) && p.words[0] != q.start-1 { // not the killing itself
				return false
			}
		}
		return true
	}
	fired := func(q *qty) bool {
		// the weapons an attack by them fired, in its own clause: they
		// count the attack before what it did (weaponcount.go)
		return (code == "194" || code == "195") && q.casualty == 0 && q.q.Unit == "" && weaponCount(q.q.Item) &&
			(q.end <= a || q.start <= last+2) && // not "in retaliation for a barrage of 200 missiles" after what it did
			s.clause(q.start) == s.clause(a) && !s.opensClause(min(q.end, a), max(q.start, a))
	}
	others := func(q *qty) bool {
		// the object of another action nearer to it: "dissolved the party
		// and barred 11 of its leaders", "arrested 25 people during protests"
		for _, p := range protos {
			if len(p.words) == 0 {
				continue
			}
			end := p.words[len(p.words)-1] + 1
			if end < len(s.toks) && objectPronouns[s.toks[end].Lower] {
				end++ // "fining him 210 million ringgit"
			}
			if isWord(s.toks, end, "for") || isWord(s.toks, end, "to") {
				end++ // "jailing him for 12 years"
			}
			if p.words[0] != a && p.words[0] < q.start && q.start <= end && !(p.words[0] < a && a < q.start) {
				return true
			}
		}
		return false
	}
	nearer := func(q *qty) bool {
		// another action joined to this one by "and" starts between them;
		// not one it governs ("pledged to send 14 tanks" sends them too)
		for _, p := range protos {
			if len(p.words) > 0 && p.words[0] > a && p.words[0] < q.start && s.coordinated(p.words[0]) {
				return true
			}
		}
		return false
	}
	rank := func(q *qty) int {
		switch {
		case fired(q):
			return -2 // "two ballistic missiles struck ..., killing 41 people": the strike's own weapons
		case harmed(q):
			return -1
		case q.term:
			return 3 // the people a court sentences before their term: "handed terms of up to 10 years to 45 campaigners"
		case code.Root() == "14" && q.end <= a && a-q.end <= 6 && !q.object:
			return 0 // a protest's or a strike's amount is its crowd: "more than 6,000 doctors walked off the job"
		case q.start <= last && last < q.end:
			return 0 // it counts the action's own object: "destroyed ... more than 40 aircraft"
		case relative(q):
			return 2
		case q.start >= a && q.end <= last+1:
			return 1 // within the action's words
		case q.start > a:
			return 2 // after the action: its object
		}
		return 3
	}
	terms := func(q *qty) bool {
		// the sum a deal's own relative clause names: "signed a deal under
		// which Germany will buy the system for 4 billion euros"
		if code != "057" || !q.money || q.start <= last {
			return false
		}
		for k := last + 1; k < q.start && k <= last+8; k++ {
			switch s.toks[k].Lower {
			case "which", "whereby", "that":
				return !others(q)
			case ";", "and", "but", "while", "after", "as":
				return false
			}
		}
		return false
	}
	var best *qty
	cl := s.clause(a)

	for k := range qs {
		q := &qs[k]
		if q.distance || q.casualty != 0 && !harmed(q) || q.term && code != "116" && code.Root() != "17" {
			continue // a prison term is only a verdict's or a coercive act's ("sentenced him to 12 years")
		}
		if q.start > last && causeToll(s.toks, last, q.start) {
			continue // attrs6: "struck Kharkiv, a day after a drone attack killed five people": the attack's toll (causetoll.go)
		}
		own := q.start <= last && last < q.end || q.start >= a && q.end <= last+1
		if own && subordinateBetween(s.toks, a, q.start) {
			// "detained more than 3,000 people as tens of thousands of
			// protesters rallied": a pattern that runs on into the next
			// clause does not make its amount the act's
			own = false
		}
		// a passive's subject across a relative clause on it: "Forty-three
		// Albanians who had crossed the Channel were flown to Tirana"
		subject := q.end < a && s.participle(a) && s.clause(a) == s.clause(q.start)+1 &&
			(isWord(s.toks, q.end, "who") || isWord(s.toks, q.end, "which") || isWord(s.toks, q.end, "that"))
		if !harmed(q) && !own && !relative(q) && !terms(q) && !subject && (s.clause(q.start) != cl || others(q)) {
			continue
		}
		if !harmed(q) && own && others(q) && nearer(q) {
			continue // "arrested 60 protesters and fired tear gas at about 2,000 people": the firing's, though a long pattern spans it
		}
		if best == nil || rank(q) < rank(best) || rank(q) == rank(best) && abs(q.start-a) < abs(best.start-a) {
			best = q
		}
	}
	if best == nil {
		return nil
	}
	best = listHead(s, qs, best, a)
	v := best.q
	if rank(best) <= 2 || s.participle(a) {
		// ("16,500 containers of munitions were exported to Russia": a
		// passive's subject is what moved)
		// only what the action moves, which stands in or after its words,
		// is a flow: not "two shipping firms" before "purchases of weapons"
		v.Status = flowStatus(s.toks, *best, code)
	}
	return &v
}

// counted returns the amount that counts the event's target itself when
// the sentence gives one, else q: of "kidnapped 16 Americans and one
// Canadian" the event on Canada counts one Canadian, the one on the United
// States 16 Americans; and where q counts a people of another country, the
// amount of the target's people ("swapped prisoners, with 230 Ukrainians
// returning home and 248 Russians handed back": Ukraine freed 248 Russians).
func (c *Coder) counted(s *sentence, qs []qty, p proto, q *dyad.Quantity) *dyad.Quantity {
	if !p.hasTgt || p.tgt.country == "" {
		return q
	}
	if a := c.articleCounted(s, qs, p, q); a != nil {
		return a // "12 Americans and a Canadian" (listarticle.go)
	}
	pick := func(k int) *dyad.Quantity {
		if q != nil && *q == qs[k].q {
			return q
		}
		v := qs[k].q
		return &v
	}
	if k := c.eachCounted(s, qs, p, q); k >= 0 {
		return pick(k) // "kidnapped 20 people, 15 Americans and five Canadians" (ellipsis.go)
	}
	var taken *qty
	for k := range qs {
		if q != nil && qs[k].q == *q {
			taken = &qs[k]
		}
	}
	for k := range qs {
		if takenFromTarget(s, p, taken) {
			break // "confiscated 300 rifles from 12 militants" (takenfrom.go)
		}
		// the target's own words are what is counted: not "two Syrian
		// naval bases", which counts bases of the target
		if x := &qs[k]; p.tgt.start >= 0 && !x.distance && !x.money && x.start < p.tgt.start && p.tgt.end == x.end && x.q.Item == s.toks[x.end-1].Lower &&
			!(q != nil && len(p.words) > 0 && subordinateBetween(s.toks, p.words[0], x.start)) && !ownWordCount(p, taken, x) {
			if personsItem(x.q.Item) {
				if k2 := c.peopleCounted(s.toks, qs, p.tgt.country); k2 >= 0 {
					return pick(k2) // "kidnapped 17 people ..., 16 Americans and one Canadian": the target's own people
				}
			}
			return pick(k)
		}
	}
	if q == nil || q.Unit != "" || weaponCount(q.Item) {
		return q // "three Russian missiles ..., killing 12 soldiers": weapons are no people of a side
	}
	cur, own := "", -1
	for k := range qs {
		x := &qs[k]
		if x.money || x.distance || x.q.Unit != "" || x.end < 1 {
			continue
		}
		cc := c.peopleOf(s.toks, x.end-1)
		if cc == "" {
			cc = s.countryWithin(x.start, x.end) // "13 U.S. service members"
		}
		if x.q == *q {
			cur = cc
		} else if cc == p.tgt.country && own < 0 {
			own = k
		}
	}
	if own >= 0 && cur != "" && cur != p.tgt.country {
		return pick(own)
	}
	return q
}

// peopleOf returns the country of the people the token at k names in the
// plural ("Russians"), or "".
func (c *Coder) peopleOf(toks []text.Token, k int) string {
	if !c.people(&toks[k]) {
		return ""
	}
	return c.wordCountry(toks, k)
}

// wordCountry returns the country of the actor the one word at k names,
// or "".
func (c *Coder) wordCountry(toks []text.Token, k int) string {
	as, n := c.lx.Actor(toks, k)
	if n != 1 {
		return ""
	}
	for _, a := range as {
		if a.Country != "" {
			return a.Country
		}
	}
	return ""
}

// opensClause reports whether a clause of its own opens in [a, b): a
// subordinator ("after", "when", "as", "while", "before") with a verb in
// the past after it ("after troops exchanged fire").
func (s *sentence) opensClause(a, b int) bool {
	for k := a; k < b; k++ {
		if !clauseOpeners[s.toks[k].Lower] {
			continue
		}
		for m := k + 1; m < b; m++ {
			if t := &s.toks[m]; t.Kind == text.Word && !t.Cap && t.Lower != t.Lemma && strings.HasSuffix(t.Lower, "ed") {
				return true
			}
		}
	}
	return false
}

// pastBetween reports whether a verb in the past stands in [a, b): a
// clause of its own ("the army launched strikes") between an action and
// a relative clause on what killed.
func (s *sentence) pastBetween(a, b int) bool {
	for m := a; m < b; m++ {
		if t := &s.toks[m]; t.Kind == text.Word && !t.Cap && t.Lower != t.Lemma && strings.HasSuffix(t.Lower, "ed") {
			return true
		}
	}
	return false
}

var clauseOpeners = set(`after when as while before because`)

// violence reports whether code is violence that harms people or things:
// violent repression (175), assault (18), fighting (19), mass violence (20).
func violence(code dyad.EventCode) bool {
	r := code.Root()
	return code == "175" || r == "18" || r == "19" || r == "20"
}

// tollAfter reports whether the tokens [a, b) between a violent act and a
// count of people killed after it ("..., and officials said 12 people were
// killed") only join a clause of its own to the act's: "and" or a
// semicolon, and perhaps who said it, with no clause of time, cause or
// relation that could tell another act.
func tollAfter(toks []text.Token, a, b int) bool {
	if b-a > 24 {
		return false
	}
	joined := false
	for k := a; k < b; k++ {
		switch w := toks[k].Lower; {
		case w == ";" || w == "and" && isWord(toks, k-1, ","):
			joined = true
		case clauseOpeners[w] || relativePronouns[w] || w == "but" || w == "while":
			return false
		}
	}
	return joined
}

// timedClause reports whether a time phrase stands between token i and the
// end of its clause: "9 people were killed in the unrest last month" is
// another time's toll.
func (s *sentence) timedClause(i int) bool {
	for k := i; k < len(s.toks) && s.toks[k].Lower != "," && s.toks[k].Lower != ";"; k++ {
		if s.time[k] {
			return true
		}
	}
	return false
}
