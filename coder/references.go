package coder

import (
	"slices"
	"strings"

	"github.com/dyadhq/dyad/text"
)

// References: pronouns, "the two countries", "the trip" and names a
// document has given before, resolved to the actors they stand for.

// twoBefore returns the two countries "the two countries" at token k
// refers to: the last two the sentence names before it, by name or by an
// adjective ("Thai jets bombed Cambodian positions as troops of the two
// neighbours ..."; "Ruto met Modi in New Delhi, and the two countries
// signed", not where they met), else the document's last two parties.
func (c *Coder) twoBefore(toks []text.Token, ms []mention, k int, ctx *docCtx) []member {
	var two []member
	for mi := len(ms) - 1; mi >= 0 && len(two) < 2; mi-- {
		m := &ms[mi]
		if m.end > k || m.kind != mFull && m.kind != mWeak || locatives[prepBefore(toks, m.start)] && !arrivedAt(toks, m.start) {
			continue // "met Modi in New Delhi": where, not a side
		}
		if asideSpeaker(toks, m.start, m.end) {
			continue // "agreed to a ceasefire, Trump announced, but each side": who tells it, not a side
		}
		if mi+1 < len(ms) && isWord(toks, m.end, "'s") && ms[mi+1].start == m.end+1 && ownPlaceOf(ms[mi+1], *m) {
			continue // "at a hotel on Singapore's Sentosa island": whose the place is, not a side
		}
		if mi > 0 && isWord(toks, m.start-1, "'s") && ms[mi-1].end == m.start-1 && ownPlaceOf(*m, ms[mi-1]) &&
			locatives[prepBefore(toks, ms[mi-1].start)] {
			continue // "near Iraq's Baghdad airport": the place itself
		}
		for j := len(m.members) - 1; j >= 0 && len(two) < 2; j-- {
			mb := m.members[j]
			if mb.country != "" && (len(two) == 0 || two[0].country != mb.country) {
				name, _ := c.lx.Name(mb.country)
				two = append(two, member{country: mb.country, name: name, code: mb.country})
			}
		}
	}
	if len(two) == 2 {
		return two
	}
	if two := ctx.lastN(2); two != nil {
		return two // the document's parties, not where they met ("held talks in Brussels. Both sides")
	}
	return ctx.lastTwo()
}

// twoOfRole makes the role word at token i that "the two" or "both" counts
// ("the two leaders signed", "both governments agreed") the two countries
// the sentence named before it, each in that role, as "the two countries"
// is: the role word alone would take one country from the context.
func (c *Coder) twoOfRole(toks []text.Token, ms []mention, i int, covered func(int) bool, ctx *docCtx) {
	if !groupNouns[toks[i].Lemma] && !groupNouns[toks[i].Lower] {
		return
	}
	k, n := quantifierBefore(toks, i)
	if k < 0 || n != 2 || covered(k) {
		return
	}
	ai := slices.IndexFunc(ms, func(m mention) bool { return m.start == i && m.end == i+1 && m.kind == mAgent && len(m.members) == 0 })
	if ai < 0 {
		return
	}
	two := c.twoBefore(toks, ms, k, ctx)
	if len(two) != 2 {
		return
	}
	a := &ms[ai]
	a.kind, a.start = mGroup, k
	for _, t := range two {
		a.members = append(a.members, member{code: t.country + a.role, country: t.country, name: t.name, start: k, end: a.end})
	}
}

// arrivedAt reports whether the place at token i is where someone arrived
// ("Modi arrived in Abu Dhabi, and the two countries signed"): the host, one
// of the two sides, not merely where they met.
func arrivedAt(toks []text.Token, i int) bool {
	k := i - 1
	for k > 0 && determiners[toks[k].Lower] {
		k--
	}
	return k > 0 && (toks[k].Lower == "in" || toks[k].Lower == "at") && arrivalVerbs[toks[k-1].Lemma]
}

// ownPlaceOf reports whether mention p is a place of the country mention m
// names: a place of the gazetteer, or a city that stands for the state
// ("Iraq's Baghdad airport").
func ownPlaceOf(p, m mention) bool {
	if p.kind == mPlace {
		return true
	}
	return p.kind == mFull && len(p.members) == 1 && len(m.members) == 1 && len(p.members[0].code) == 3 &&
		p.members[0].country == m.members[0].country
}

// references adds mentions for pronouns, "the two nations" and "the trip".
func (c *Coder) references(toks []text.Token, ms []mention, ctx *docCtx) []mention {
	cov := make([]bool, len(toks))
	for _, m := range ms {
		for i := m.start; i < m.end; i++ {
			cov[i] = true
		}
	}
	covered := func(i int) bool { return cov[i] }
	ms = c.koreaSides(toks, ms, cov, ctx) // "the North fired two missiles" (actors6)
	var out []mention
	for i := range toks {
		if covered(i) {
			c.twoOfRole(toks, ms, i, covered, ctx)
			continue
		}
		w := toks[i].Lower
		if mb, ok := ctx.names[w]; ok && toks[i].Cap {
			// "Mubarak" after "President Hosni Mubarak": the same person
			out = append(out, mention{start: i, end: i + 1, members: respan([]member{mb}, i, i+1), named: [2]int{i, i + 1}})
			continue
		}
		if e := actCalled(toks, i, ctx); e != nil {
			// "Israel denounced it as a reward": the act told before
			out = append(out, eventMention(e, i, i+1))
			continue
		}
		if poss, ok := pronouns[w]; ok {
			m := mention{start: i, end: i + 1, kind: mPronoun, poss: poss}
			var ante []member
			cands := ms
			if personalPronouns[w] {
				cands = append(ms[:len(ms):len(ms)], namesIn(out)...) // "Moyo said he": a name given before counts
			}
			ante, m.ship = antecedent(toks, cands, i, ctx)
			m.members = respan(ante, i, i+1)
			out = append(out, m)
			continue
		}
		if w == "group" && !toks[i].Cap && !isWord(toks, i+1, "of") {
			// "the group blamed Israel": the armed group, party or
			// movement named last
			if k := theBefore(toks, i); k >= 0 && !covered(k) {
				if mb, ok := lastGroup(ms, k, ctx); ok {
					out = append(out, mention{start: k, end: i + 1, kind: mPronoun, members: respan([]member{mb}, k, i+1)})
				}
			}
			continue
		}
		if marked(&toks[i], cBodyNoun) && toks[i].Text == w && !isWord(toks, i+1, "of") { // speed9: a word class (wordclass.go)
			// "the coalition denied", "the alliance said": the one named before (coalition.go)
			if k := theBefore(toks, i); (k == i-1 || k >= 0 && w == "bloc") && !covered(k) && !ownBody(toks, ms, k, i, w) { // actors7: "the regional bloc"
				if mb, ok := lastBody(toks, ms, k, w, ctx); ok {
					out = append(out, mention{start: k, end: i + 1, kind: mPronoun, members: respan([]member{mb}, k, i+1)})
				}
			}
			continue
		}
		if w == "island" && !toks[i].Cap && !isWord(toks, i+1, "of") {
			// "drills encircling the island": the island state named last
			if k := theBefore(toks, i); k >= 0 && !covered(k) {
				if mb, ok := c.lastIsland(ms, k, ctx); ok {
					out = append(out, mention{start: k, end: i + 1, kind: mPronoun, members: respan([]member{mb}, k, i+1)})
				}
			}
			continue
		}
		if k, states := regionRef(toks, i); k >= 0 && !covered(k) {
			// "closed its border with the Gulf state": the Gulf state named before
			if mb, ok := c.lastOfRegion(toks, ms, k, states, ctx); ok {
				out = append(out, mention{start: k, end: i + 1, kind: mPronoun, members: respan([]member{mb}, k, i+1)})
				continue
			}
		}
		if groupNouns[toks[i].Lemma] || groupNouns[w] {
			if k, n := quantifierBefore(toks, i); k >= 0 && n == 2 && !covered(k) {
				if two := c.twoBefore(toks, ms, k, ctx); len(two) == 2 {
					m := mention{start: k, end: i + 1, kind: mGroup}
					role := ""
					if toks[i].Lemma == "government" || toks[i].Lemma == "leader" || toks[i].Lemma == "capital" {
						role = "GOV"
					}
					if (isWord(toks, i+1, "'") || isWord(toks, i+1, "'s")) && i+2 < len(toks) {
						// "the two countries' central banks": the role of each
						if ai := slices.IndexFunc(ms, func(m mention) bool { return m.start == i+2 && m.kind == mAgent }); ai >= 0 {
							a := &ms[ai]
							a.kind, a.start = mGroup, k
							for _, t := range two {
								a.members = append(a.members, member{code: t.country + a.role, country: t.country, name: t.name, start: k, end: a.end})
							}
							continue
						}
					}
					for _, t := range two {
						m.members = append(m.members, member{code: t.country + role, country: t.country, name: t.name, start: k, end: i + 1})
					}
					out = append(out, m)
				}
			}
			continue
		}
		if codes, ok := eventNouns[w]; ok && i > 0 && determiners[toks[i-1].Lower] && toks[i-1].Lower != "a" && toks[i-1].Lower != "an" {
			// "the trip": unless something follows that names its own actors
			// ("the visit to Beijing" is coded from its own words).
			if e := ctx.lastOf(codes, i); e != nil && !(isWord(toks, i+1, "to") || isWord(toks, i+1, "with") || isWord(toks, i+1, "by") || isWord(toks, i+1, "of")) {
				out = append(out, eventMention(e, i-1, i+1))
			}
		}
	}
	return append(ms, out...)
}

// theBefore returns the "the" of a definite noun at token i, across at most
// one lower-case modifier ("the group", "the militant group"), or -1.
func theBefore(toks []text.Token, i int) int {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if toks[k].Lower == "the" {
			return k
		}
		if toks[k].Kind != text.Word || toks[k].Cap {
			break
		}
	}
	return -1
}

// nonState reports whether m is a group that is no state's body: an armed
// group, a party, a movement (groups.txt codes have a segment of their own
// after the type).
func nonState(m member) bool {
	return m.person == nil && len(m.code) >= 9
}

// lastGroup returns the group "the group" at token k refers to: the last
// one its sentence names before it, else the document's.
func lastGroup(ms []mention, k int, ctx *docCtx) (member, bool) {
	for mi := len(ms) - 1; mi >= 0; mi-- {
		if m := &ms[mi]; m.end <= k && m.kind == mFull && len(m.members) == 1 && nonState(m.members[0]) {
			return m.members[0], true
		}
	}
	return ctx.group, ctx.group.code != ""
}

// lastIsland returns the country "the island" at token k refers to: the
// last island state its sentence names before it, else the document's
// latest.
func (c *Coder) lastIsland(ms []mention, k int, ctx *docCtx) (member, bool) {
	for mi := len(ms) - 1; mi >= 0; mi-- {
		if m := &ms[mi]; m.end <= k && (m.kind == mFull || m.kind == mPlace) && len(m.members) == 1 && islandStates[m.members[0].country] {
			mb := m.members[0]
			name, _ := c.lx.Name(mb.country)
			return member{code: mb.country, country: mb.country, name: name}, true
		}
	}
	for _, mb := range ctx.recent {
		if islandStates[mb.country] {
			return mb, true
		}
	}
	return member{}, false
}

// rememberGroup records the last group the mentions name, for a later
// sentence's "the group".
func rememberGroup(ms []mention, ctx *docCtx) {
	for _, m := range ms {
		if m.kind == mFull && len(m.members) == 1 && nonState(m.members[0]) {
			ctx.group = m.members[0]
		}
	}
}

// rememberNames records the people the mentions name, by the first and the
// last word of their names, so that a later sentence's "Kim" or "Mubarak"
// is the same person.
func rememberNames(toks []text.Token, ms []mention, ctx *docCtx) {
	for _, m := range ms {
		if m.named[1] <= m.named[0] || len(m.members) != 1 || m.kind != mFull && m.kind != mImplied {
			continue
		}
		for _, k := range []int{m.named[0], m.named[1] - 1} {
			if t := toks[k]; t.Kind == text.Word && t.Cap && len(t.Lower) > 2 && !clauseWords[t.Lower] {
				if ctx.names == nil {
					ctx.names = map[string]member{}
				}
				ctx.names[t.Lower] = m.members[0]
			}
		}
	}
}

// antecedent resolves a pronoun at token i: the latest earlier mention of the
// sentence that is not the object of a preposition, or a ship named after
// it whose owner the words name (ship is then true), else the subject of
// the document's last sentence with one.
//
// A plural pronoun takes the latest plural mention where there is one:
// "ordered two Iranian diplomats to leave Norway, accusing them of spying"
// accuses the diplomats, not the country they leave.
func antecedent(toks []text.Token, ms []mention, i int, ctx *docCtx) (members []member, ship bool) {
	if m := urgedObject(toks, ms, i); m != nil {
		return m.members, false // "wrote to Biden, urging him to" (urging.go)
	}
	if m := openingSubject(toks, ms); m != nil && m.end <= i && speaksOrNames(toks, i) && (isWord(toks, i-1, "what") || isWord(toks, i-1, "which")) {
		return m.members, false // "X said Y boarded a boat, in what it called piracy": the speaker (subclause.go)
	}
	if m := reportedSpeaker(toks, ms, i); m != nil {
		return m.members, false // actors7: "after Germany announced it would" (saidpronoun.go)
	}
	var best, plural, single *mention
	personal := personalPronouns[toks[i].Lower]
	doer := gerundDoer(toks, ms, i)
	bound := boundSubject(toks, i)
	if bound < 0 {
		bound = farBoundSubject(toks, i) // bind8: "Moscow had launched missiles at its energy grid" (itsfar.go)
	}
	listSubj := listSubjectOf(toks, ms, i) // new13a (listsubject13.go)
	for k := range ms {
		m := &ms[k]
		if k == doer || bound >= 0 && m.end == bound+1 {
			continue // "released the activist hours after detaining him": not the one who detained (nor "Russia attacked it", binding.go)
		}
		if slices.Contains(listSubj, k) {
			continue // new13a: "Egypt and Qatar accused it": none of the list
		}
		if personal && (!people(m) || orgName(toks, m)) {
			continue // "he" is no country: "since Ukraine's independence, after he was hosted"
		}
		if personal && m.end > m.start && m.end <= len(toks) && (aircraftNouns[toks[m.end-1].Lemma] || carriers[toks[m.end-1].Lemma] || toks[m.end-1].Lemma == "warship") {
			continue // visits11: "he" is no machine: "inspected a Russian fighter jet factory during his visit"
		}
		if toks[i].Lower == "its" && personModifier(toks, m) {
			continue // noparties: "an Indian air force pilot ..., after its jets": not the pilot's force (itsperson.go)
		}
		if pluralDoerOf(toks, m, i) {
			continue // "gunmen killed a farmer and members of his family": "his" is not the gunmen (pronounnumber.go)
		}
		if m.kind == mPlace && pluralPronouns[toks[i].Lower] {
			continue // "they" is no town: "after the fighters surrounded El Fasher, they shelled"
		}
		if objectPronoun(toks, i) && (subjectOf(toks, m, i) || clauseSubjectOf(toks, m, i) || gerundObject(toks, i) && m == openingSubject(toks, ms)) {
			continue // "a judge charged him": not the judge
		}
		charged := chargedObject(toks, i)
		if charged && m == openingSubject(toks, ms) {
			continue // "severed ties with Qatar, accusing it of": not the accuser
		}
		// (a name a possessive owns is its preposition's object too: "a
		// call with Cambodia's Hun Sen, ... her resignation")
		if m.end <= i && m.usable() && (prepBefore(toks, m.start) == "" && ownerPrep(toks, m.start) == "" || subjectAfter(toks, m.start) || charged && partyPreps[prepBefore(toks, m.start)]) {
			if best == nil || m.start > best.start {
				best = m
			}
			if !isPlural(toks, m) && (single == nil || m.start > single.start) {
				single = m
			}
			if isPlural(toks, m) && (plural == nil || m.start > plural.start) {
				plural = m
			}
		}
	}
	if m := forcesOfSubject(toks, ms, i); m != nil {
		return m.members, false // "banned an aid group and its troops raided" (binding.go)
	}
	if m := parallelSubject(toks, ms, i); m != nil && (!personal || people(m)) && (pluralPronouns[toks[i].Lower] == isPlural(toks, m)) {
		return m.members, false
	}
	if plural != nil && pluralPronouns[toks[i].Lower] {
		return plural.members, false
	}
	if doer >= 0 && best == nil {
		// "released the activist hours after detaining him": the role
		// word the subject acted on, whoever else the sentence names
		for k := range ms {
			if m := &ms[k]; k != doer && m.end <= i && len(m.members) > 0 && people(m) && (best == nil || m.start > best.start) {
				best = m
			}
		}
	}
	if v := lastCraft(toks, i); v >= 0 && toks[i].Lower == "it" && (best == nil || v > best.start) && !speaksOrNames(toks, i) {
		// "dropped onto a car carrier operated by a Japanese company and
		// seized it": a ship (or an aircraft) named since the last actor is what "it" is,
		// and stands for whose the words say it is; but "its" is mostly a
		// state's ("seized a Panama-flagged tanker, its navy said")
		if owner := shipOwner(toks, ms, v); owner != nil {
			return owner, true
		}
	}
	if best != nil && toks[i].Lower == "its" && single != nil && single != best && isPlural(toks, best) && !toks[best.end-1].Cap &&
		len(single.members) == 1 && (single.members[0].country != best.members[0].country || nonState(single.members[0])) {
		// "Hamas said Israeli forces raided its offices", "the PTI said
		// police detained five of its leaders": "its" is not the plural
		// role word's but the one actor of another side before it
		return single.members, false
	}
	if best != nil && toks[i].Lower == "they" && !isPlural(toks, best) && saidBy(toks, best, i) && endsList(toks, ms, best) {
		// "Italy and Spain said they were expelling Russian diplomats":
		// "they" is the whole list that says it, not its last member
		// (listpronoun.go)
		if all := listMembers(toks, ms, best); len(all) > 1 {
			return all, false
		}
	}
	if best != nil && toks[i].Lower == "it" && endsList(toks, ms, best) {
		if one := singleAfterList(toks, ms, best, i); one != nil {
			return one.members, false
		}
	}
	if best != nil && single != nil && itNotPlural(toks, best, i) { // bind8: "it" is no plural role word (itplural.go)
		best = single
	}
	if best != nil && onePerson[toks[i].Lower] && isPlural(toks, best) && !toks[best.end-1].Cap {
		// "police detained him as he tried to cross into Armenia": one
		// person is no plural role word, so "he" is the latest single
		// actor, or none of the sentence
		if single == nil {
			return onePersonBefore(ctx), false
		}
		best = single
	}
	if best != nil {
		return best.members, false
	}
	if toks[i].Lower == "its" {
		// "would have imposed sanctions on North Korea over its missile
		// launches": with no actor of the sentence outside a preposition
		// before it, "its" is the latest single actor the sentence names,
		// not the last sentence's subject
		var near *mention
		for k := range ms {
			if m := &ms[k]; m.end <= i && m.usable() && m.kind != mPlace && !isPlural(toks, m) && len(m.members) == 1 && (near == nil || m.start > near.start) {
				near = m
			}
		}
		if near != nil {
			return near.members, false
		}
	}
	if personal && len(ctx.people) == 1 {
		// "Police arrested Jacob Moyo. He was charged": the one person
		// the last sentence named, not the body that acted on him
		return ctx.people, false
	}
	return ctx.subject, false
}

// subjectPronouns stand as the subject of their clause.
var subjectPronouns = set(`it he she they`)

// parallelSubject returns the subject that opens the sentence when the
// pronoun at token i is the subject of a clause joined to the first by ",
// and" (with an adverbial between: "accused Seoul of flying drones, and on
// Monday it ordered"): the clauses share their subject, not the first one's
// object. Else nil.
func parallelSubject(toks []text.Token, ms []mention, i int) *mention {
	if !subjectPronouns[toks[i].Lower] {
		return nil
	}
	and := i - 1
	for and > 0 && and >= i-4 && toks[and].Lower != "and" {
		and--
	}
	if and < 1 || toks[and].Lower != "and" || toks[and-1].Lower != "," || leadAdverbial(toks, and+1) != i {
		return nil
	}
	if m := openingSubject(toks, ms); m != nil && m.start < and {
		return m
	}
	return nil
}

// openingSubject returns the actor that opens the sentence as its subject:
// the first one, with no preposition, past verb or comma before it; or nil.
func openingSubject(toks []text.Token, ms []mention) *mention {
	for k := range ms {
		m := &ms[k]
		if !m.usable() || m.kind == mPlace {
			continue
		}
		for j := 0; j < m.start; j++ {
			if toks[j].Kind == text.Word && !toks[j].Cap && pastForm(&toks[j]) || toks[j].Lower == "," {
				return nil // the first actor is not the first clause's subject
			}
		}
		if prepBefore(toks, m.start) != "" {
			return nil
		}
		return m
	}
	return nil
}

// gerundObject reports whether the object pronoun at token i follows a
// gerund that "after", "before" or "while" opens, whose understood subject
// is the sentence's: "released the journalist a day after arresting him".
func gerundObject(toks []text.Token, i int) bool {
	g := i - 1
	if g < 1 || !strings.HasSuffix(toks[g].Lower, "ing") || toks[g].Lemma == toks[g].Lower {
		return false
	}
	switch toks[g-1].Lower {
	case "after", "before", "while":
		return true
	}
	return false
}

// namesIn returns the mentions of refs that repeat a name the document
// gave before.
func namesIn(refs []mention) []mention {
	var out []mention
	for _, m := range refs {
		if m.named[1] > m.named[0] {
			out = append(out, m)
		}
	}
	return out
}

// namedPeople appends to out the members of the mentions that name one
// person by name ("Jacob Moyo", "President Abiy Ahmed", a later "Moyo"),
// each once.
func namedPeople(ms []mention, out []member) []member {
	for _, m := range ms {
		if m.named[1] <= m.named[0] || len(m.members) != 1 || m.kind != mFull && m.kind != mImplied {
			continue
		}
		mb := m.members[0]
		if !slices.ContainsFunc(out, func(o member) bool { return o.code == mb.code && o.name == mb.name && o.person == mb.person }) {
			out = append(out, mb)
		}
	}
	return out
}

// objectPronoun reports whether the pronoun at token i is a singular
// person's object: "him", or "her" before no noun ("charged her with").
func objectPronoun(toks []text.Token, i int) bool {
	switch toks[i].Lower {
	case "him", "them":
		return true // "authorities locked them up": not the authorities
	case "her":
		return i+1 == len(toks) || toks[i+1].Kind == text.Punct || prepositions[toks[i+1].Lower] || toks[i+1].Lower == "and" ||
			demandedOf(toks, i)
	case "their", "his", "its":
		return demandedOf(toks, i)
	}
	return false
}

// demandedOf reports whether the possessive pronoun at token i owns what a
// demand asks for ("demanded their withdrawal", "called for his release"):
// someone the demand is made on, not the one who makes it.
func demandedOf(toks []text.Token, i int) bool {
	return demandedVerb(toks, i) >= 0
}

// demandedVerb returns the token of the demand's verb when demandedOf holds
// for token i, else -1.
func demandedVerb(toks []text.Token, i int) int {
	switch {
	case !possessives[toks[i].Lower]:
		return -1
	case i > 0 && demandVerbs[toks[i-1].Lemma]:
		return i - 1
	case i > 1 && toks[i-1].Lower == "for" && (toks[i-2].Lemma == "call" || toks[i-2].Lemma == "press"):
		return i - 2
	}
	return -1
}

// possessives are the possessive pronouns of a third party.
var possessives = set(`their his her its`)

// demandVerbs take what they ask for as their object.
var demandVerbs = set(`demand demanded`)

// gerundDoer returns the mention that does what the gerund before the object
// pronoun at token i says, when the gerund opens a clause of time or manner
// ("hours after detaining him", "before handing them over", "by freeing
// her"): the sentence's subject, which the pronoun is not (it would be
// "himself"); or -1.
func gerundDoer(toks []text.Token, ms []mention, i int) int {
	if !objectPronouns[toks[i].Lower] || toks[i].Lower == "it" || i < 2 || !strings.HasSuffix(toks[i-1].Lower, "ing") || !gerundOpeners[toks[i-2].Lower] {
		return -1
	}
	for k := range ms {
		if m := &ms[k]; m.end <= i-2 && m.usable() && prepBefore(toks, m.start) == "" {
			return k // the first actor not governed by a preposition
		}
	}
	return -1
}

// gerundObjectsAgain gives the object pronoun of such a gerund that found
// no antecedent the one it has once role words and unknown names have their
// countries ("released Ovidio Guzman hours after detaining him"): the latest
// person or people before it that is not the gerund's doer.
func gerundObjectsAgain(toks []text.Token, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.kind != mPronoun || len(m.members) > 0 {
			continue
		}
		doer := gerundDoer(toks, ms, m.start)
		if doer < 0 {
			continue
		}
		for k := i - 1; k >= 0; k-- {
			if a := &ms[k]; k != doer && len(a.members) > 0 && a.kind != mPronoun && people(a) {
				m.members = respan(a.members, m.start, m.end)
				break
			}
		}
	}
}

// gerundOpeners open a clause of time or manner whose gerund has the
// sentence's subject as its own.
var gerundOpeners = set(`after before since while when by without`)

// subjectOf reports whether mention m is the subject of the verb whose
// object token i is: at most three lower-case words between them, none a
// grammar word ("a judge charged him", "police later released him").
func subjectOf(toks []text.Token, m *mention, i int) bool {
	if m.end > i || i-m.end > 3 || i == m.end {
		return false
	}
	for k := m.end; k < i; k++ {
		if t := &toks[k]; t.Kind != text.Word || t.Cap || closedClass(t.Lower) && !beForms[t.Lower] {
			return false
		}
	}
	return true
}

// clauseSubjectOf reports whether mention m is the subject of the clause
// whose verb's phrase holds the object pronoun at token i, however far
// inside it: a past verb right after m, and between it and the pronoun no
// other clause, infinitive, actor or speech ("Choe held talks with him in
// Moscow", "the court sentenced a man who had attacked him" aside). An
// object pronoun is never its own clause's subject.
func clauseSubjectOf(toks []text.Token, m *mention, i int) bool {
	v := m.end
	for v < i && v < m.end+4 && toks[v].Cap && toks[v].Kind == text.Word {
		v++ // the name after a title: "North Korean Foreign Minister Choe Son Hui met"
	}
	if v >= i || i-v > 8 || toks[v].Kind != text.Word || toks[v].Cap || !pastForm(&toks[v]) {
		return false
	}
	for k := v + 1; k < i; k++ {
		t := &toks[k]
		if t.Kind != text.Word || t.Cap || t.Lower == "to" || t.Lower == "and" || t.Lower == "or" || t.Lower == "but" ||
			clauseWords[t.Lower] || relativeWords[t.Lower] || reportVerbs[t.Lower] || isPronoun(t.Lower) {
			return false
		}
	}
	return true
}

// subjectAfter reports whether the mention at token start is the subject of
// a clause that "after", "before", "as" or "when" opens ("Before Hamas
// gunmen stormed the town, they shelled it"), not the object of a
// preposition.
func subjectAfter(toks []text.Token, start int) bool {
	k := start - 1
	for k >= 0 && determiners[toks[k].Lower] {
		k--
	}
	return k >= 0 && (subordinators[toks[k].Lower] || frontedWords[toks[k].Lower]) && subordinate(toks, k)
}

// pluralPronouns refer to more than one.
var pluralPronouns = set(`they them their`)

// isPlural reports whether mention m names several actors, or one by a
// plural role word ("diplomats", "Russian officials", "gunmen", "police",
// "students in Nairobi"), whether or not it got its country from implied.
func isPlural(toks []text.Token, m *mention) bool {
	if len(m.members) > 1 {
		return true
	}
	if m.kind != mAgent && m.kind != mFull && m.kind != mImplied || m.end == 0 || len(m.members) == 0 || len(m.members[0].code) <= 3 {
		return false
	}
	t := &toks[headEnd(toks, m)-1]
	return t.Lemma != t.Lower && strings.HasSuffix(t.Lower, "s") ||
		!t.Cap && (strings.HasSuffix(t.Lower, "s") && !strings.HasSuffix(t.Lower, "ss") || strings.HasSuffix(t.Lower, "men")) || t.Lower == "police"
}

// headEnd returns the end of the role word that heads mention m, before
// the words that say where it is or whose it is: "students" of "students
// in Nairobi", "police" of "police in Kenya".
func headEnd(toks []text.Token, m *mention) int {
	for k := m.start + 1; k < m.end; k++ {
		if prepositions[toks[k].Lower] {
			return k
		}
	}
	return m.end
}

// onePerson are the pronouns of one person as subject or object.
var onePerson = set(`he she him`)

// onePersonBefore returns the one person the document's last sentence
// named, or nothing.
func onePersonBefore(ctx *docCtx) []member {
	if len(ctx.people) == 1 {
		return ctx.people
	}
	return nil
}

// personalPronouns refer to a person, never to a country or a place.
var personalPronouns = set(`he she him his her`)

// people reports whether mention m may name a person: a person, or a role
// ("the Indian leader"), not a bare country or a place.
func people(m *mention) bool {
	if m.kind == mPlace {
		return false
	}
	for _, mb := range m.members {
		if mb.person == nil && len(mb.code) == 3 {
			return false
		}
	}
	return true
}

// respan returns a copy of members that points at the words start to end of
// the current sentence: a reference names its actors with its own words.
func respan(members []member, start, end int) []member {
	if len(members) == 0 {
		return nil // no actors: nil, as a mention without members has
	}
	out := make([]member, len(members))
	for i, m := range members {
		m.start, m.end = start, end
		out[i] = m
	}
	return out
}

// isPronoun reports whether w is a personal or possessive pronoun.
func isPronoun(w string) bool {
	_, ok := pronouns[w]
	return ok
}

// unknownPronoun reports whether a subordinate clause that the boundary b
// opens, before token end, has a personal pronoun as its subject that
// stands for no actor: the clause has a subject of its own, which the
// clause before it does not lend.
func (s *sentence) unknownPronoun(b, end int) bool {
	if b < 0 || !subordinators[s.toks[b].Lower] && s.toks[b].Lower != "as" || b+1 >= end {
		return false
	}
	mi := s.in[b+1]
	return mi >= 0 && onePerson[s.toks[b+1].Lower] && len(s.ms[mi].members) == 0
}
