package coder

import (
	"slices"
	"sort"
	"strings"

	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// raw is one dictionary hit before composition.
type raw struct {
	start, end int
	kind       rawKind
	acts       []*lexicon.Actor
	places     []*lexicon.Gazetteer
	role       string
}

type rawKind uint8

const (
	rActor rawKind = iota
	rUnit
	rPlace
	rAgent
)

// scan finds the longest dictionary phrase at each position, left to right.
func (c *Coder) scan(toks []text.Token) []raw { return c.appendScan(nil, toks, nil) }

// appendScan appends the hits of scan to out[:0]'s storage, for a caller
// that keeps none of them past the next sentence. facts are those of toks
// (wordfacts.go), or nil for it to look up.
func (c *Coder) appendScan(out []raw, toks []text.Token, facts []wordFacts) []raw {
	out = out[:0]
	for i := 0; i < len(toks); {
		if toks[i].Kind == text.Punct {
			i++
			continue
		}
		if marked(&toks[i], cCompass) { // speed9: a word class (wordclass.go)
			if e := c.elidedName(toks, i); e.end > i {
				out = append(out, e) // "North and South Korea"
				i = e.end
				continue
			}
		}
		best := raw{start: i, end: i}
		starts := c.startsAt(toks, facts, i)
		if starts == 0 {
			i++
			continue
		}
		if starts&lexicon.StartsActor != 0 {
			if a, n := c.actorAt(toks, facts, i); n > 0 && !continuesName(toks, i+n, a) && !townNamed(toks, i, a) {
				best = raw{start: i, end: i + n, kind: rActor, acts: a}
			}
		}
		if starts&lexicon.StartsBody != 0 {
			if u, n := c.lx.Body(toks, i); n > best.end-i {
				best = raw{start: i, end: i + n, kind: rUnit, acts: u}
			}
		}
		if starts&lexicon.StartsPlace != 0 {
			if p, n := c.lx.Place(toks, i); n > best.end-i || n == best.end-i && seatAsPlace(toks, i, best) {
				if len(p) > 1 {
					// a name of several places: the one the sentence points to first,
					// for every rule that reads the hit
					g := c.which(toks, i, i+n, p)
					p = append([]*lexicon.Gazetteer{g}, slices.DeleteFunc(slices.Clone(p), func(x *lexicon.Gazetteer) bool { return x == g })...)
				}
				best = raw{start: i, end: i + n, kind: rPlace, places: p}
			}
		}
		if starts&lexicon.StartsAgent != 0 {
			r, n := c.lx.Agent(toks, i)
			if n > 1 && verbEnd(&toks[i+n-1]) {
				// "police forced their way in": the verb is no "police force"
				r, n = c.lx.Agent(toks[:i+n-1], i)
			}
			if n == 1 && i > 0 && gerundPreps[toks[i-1].Lower] && gerundEnd(&toks[i]) {
				// coerce11: "on suspicion of spying" names an act, not a spy
				// (but "Belarusian spying" is its spies')
				r, n = c.lx.Agent(toks[:i+n-1], i)
			}
			if n > best.end-i {
				best = raw{start: i, end: i + n, kind: rAgent, role: r}
			}
		}
		if best.end == i || inLongerName(toks, out, best) || c.headOfLongerName(toks, best) || c.theLonger(toks, best) || namesAccord(toks, best) || thingName(toks, out, best) {
			i++
			continue
		}
		out = append(out, best)
		i = best.end
	}
	return out
}

// startsAt returns the lexicon's Starts of toks[i]: from facts, those of
// toks (wordfacts.go), or when facts is nil looked up.
func (c *Coder) startsAt(toks []text.Token, facts []wordFacts, i int) uint8 {
	if facts != nil {
		return facts[i].starts
	}
	return c.lx.Starts(&toks[i])
}

// actorAt returns the lexicon's Actor at toks[i], read from where facts
// (nil to look it up) say the names that begin with the word go on.
func (c *Coder) actorAt(toks []text.Token, facts []wordFacts, i int) ([]*lexicon.Actor, int) {
	if facts != nil {
		return c.lx.ActorFrom(facts[i].actor, toks, i)
	}
	return c.lx.Actor(toks, i)
}

// verbEnd reports whether t, the last word of a role phrase read by its
// lemma, is a verb's past form ("forced" read as "force").
func verbEnd(t *text.Token) bool {
	return t.Lower != t.Lemma && strings.HasSuffix(t.Lower, "ed")
}

// gerundEnd reports whether t is a verb's -ing form read as the role noun
// of its lemma: "spying" is no spy, "policing" no police (coerce11).
func gerundEnd(t *text.Token) bool {
	return t.Lower != t.Lemma && strings.HasSuffix(t.Lower, "ing") && !strings.HasSuffix(t.Lemma, "ing")
}

// gerundPreps take an act as their object: "accused of spying", "charged
// with spying", "jailed for spying" (coerce11).
var gerundPreps = set(`of for with over`)

// theLonger reports whether a hit that begins with "the" ("the Sudan")
// gives way to a longer name that begins after it: "the Sudan People's
// Liberation Movement-North" is the movement, not Sudan.
func (c *Coder) theLonger(toks []text.Token, best raw) bool {
	i := best.start
	if best.kind != rActor || toks[i].Lower != "the" || i+1 >= len(toks) || c.lx.Starts(&toks[i+1])&lexicon.StartsActor == 0 {
		return false
	}
	_, n := c.lx.Actor(toks, i+1)
	return i+1+n > best.end
}

// complements drops a bare "hostage" or "captive" right after a party
// ("took British sailors hostage", "held the governor hostage"): it says
// what the party was made, and is no role word of its own that would take
// the party into a longer mention and hide it from the pattern.
func complements(toks []text.Token, raws []raw) []raw {
	out := raws[:0]
	for r, x := range raws {
		if x.kind == rAgent && x.end == x.start+1 && (toks[x.start].Lower == "hostage" || toks[x.start].Lower == "captive") &&
			(r > 0 && raws[r-1].end == x.start && party(raws[r-1]) || plural(toks, x.start-1) || heldAs(toks, x.start) ||
				x.start > 0 && keptAs[toks[x.start-1].Lemma]) {
			// "... held captive in Libya, were freed": the participle's
			// complement, and the place after it where they were held
			continue
		}
		if x.kind == rAgent && x.end == x.start+1 && toks[x.start].Lower == "general" && x.end < len(toks) && generalNouns[toks[x.end].Lower] {
			continue // "a general strike", "a general election": no general of an army
		}
		if !armedFighters(toks, raws, r) {
			continue // "Polish fighters downed two drones": jets, not armed men (actors6)
		}
		out = append(out, x)
	}
	return out
}

// keptAs are the verbs whose complement "hostage" or "captive" is: "held
// captive", "taken hostage".
var keptAs = set(`hold keep take`)

// generalNouns are the nouns "general" qualifies as an adjective.
var generalNouns = set(`strike strikes election elections amnesty`)

// plural reports whether toks[i] is a plural noun ("sailors", "workers",
// "seamen").
func plural(toks []text.Token, i int) bool {
	if i < 0 || toks[i].Kind != text.Word {
		return false
	}
	t := &toks[i]
	return t.Lower == t.Lemma+"s" || t.Lower == t.Lemma+"es" || strings.HasSuffix(t.Lower, "men") && !t.Cap
}

// party reports whether a hit names who someone is on its own (a role, a
// body, a person, a people) rather than modifying the word after it.
func party(x raw) bool {
	switch x.kind {
	case rAgent, rUnit:
		return true
	case rActor:
		k := pick(x.acts).Kind
		return k == lexicon.Person || k == lexicon.Demonym
	}
	return false
}

// continuesName reports whether a bloc's name runs on into a longer proper
// name ("the West African nation", "the West Sea") or names a division of a
// country ("a curfew in the West department", "the West region of
// Cameroon", "the South province"), where it is not the bloc.
func continuesName(toks []text.Token, next int, as []*lexicon.Actor) bool {
	return next < len(toks) && (toks[next].Cap || divisionNoun[toks[next].Lower]) && as[0].Country == "" && len(as[0].Code) == 3 && as[0].Kind == lexicon.Name
}

// divisionNoun holds the nouns that make a compass word before them the name
// of a country's division, not a bloc.
var divisionNoun = map[string]bool{
	"department": true, "departments": true, "region": true, "regions": true, "province": true,
	"provinces": true, "district": true, "state": true, "governorate": true, "county": true,
}

// mentions composes the dictionary hits of a sentence into actor mentions:
// modifiers with role words ("Russian troops", "Russia's foreign minister",
// "the president of Russia"), titles and appositions with people, lists, and
// references (pronouns, "the two nations", "the trip").
func (c *Coder) mentions(toks []text.Token, pre lexed, date string, ctx *docCtx) []mention {
	ctx.raws = c.appendScan(ctx.raws, toks, pre.facts) // surnameHits copies them
	raws := complements(toks, inShipName(toks, c.surnameHits(toks, ctx.raws, date)))
	ms := make([]mention, 0, len(raws)) // at most one a raw, before references
	used := make([]bool, len(raws))
	// gap counts the words between tokens from and to; a word that can
	// start an action ("Russia sent troops") is a verb, not a modifier, and
	// counts as too many.
	gap := func(from, to int) int {
		n := to - from
		for k := from; k < to; k++ {
			if designator(toks, k) {
				k += 2 // "a Russian Su-27 fighter jet": a model's name is one modifier
				n -= 2
				continue
			}
			w := toks[k].Lower
			if rankModifier(toks, from, k) {
				continue // "Kenya's leading rights activist", "Egypt's best-known dissident"
			}
			inflected := toks[k].Lower != toks[k].Lemma // "sent", "raids": a verb; "main", "labour": a modifier
			// "as" before a crowd opens a clause of its own: "in Conakry as
			// protesters burned tyres" (force6)
			asCrowd := w == "as" && k+1 < len(toks) && crowdNouns[toks[k+1].Lemma]
			if toks[k].Kind != text.Word || prepositions[w] || clauseWords[w] || w == "and" || w == "or" || asCrowd ||
				inflected && (len(c.lx.PatternsAt(toks[k].Lemma)) > 0 || len(c.lx.FramesAt(toks[k].Lemma)) > 0) {
				return 99 // "Ecuador after police raided": two actors, not one
			}
		}
		return n
	}
	for r := 0; r < len(raws); r++ {
		if used[r] {
			continue
		}
		x := raws[r]
		switch x.kind {
		case rActor:
			a := pick(x.acts)
			if x.start >= 2 && hyphened(toks, x.start-1) && manyPrefixes[toks[x.start-2].Lower] {
				used[r] = true // "the Pan-American Highway", "the Trans-Siberian railway": of many countries, no actor
				continue
			}
			if isWord(toks, x.end, "-") && isWord(toks, x.end+1, "led") && x.end+2 < len(toks) && ledBodies[toks[x.end+2].Lemma] != "" &&
				a.Country != "" && a.Kind != lexicon.Person {
				// "the Saudi-led coalition", "US-led forces": the state that
				// leads them
				for k := r; k < len(raws) && raws[k].start < x.end+3; k++ {
					used[k] = true
				}
				role := ledBodies[toks[x.end+2].Lemma]
				ms = append(ms, mention{start: x.start, end: x.end + 3, members: []member{{code: a.Country + role,
					country: a.Country, name: a.Name, start: x.start, end: x.end + 3}}})
				continue
			}
			if a.Kind == lexicon.Adjective {
				if last, ok := claimedLabel(toks, raws, r, gap); ok {
					// "at what they called an Israeli spy base in Erbil":
					// the attacker's label; the place is the target
					for k := r; k <= last; k++ {
						used[k] = true
					}
					continue
				}
			}
			if a.Kind == lexicon.Adjective && ethnic(toks, x) && r+1 < len(raws) && raws[r+1].kind == rAgent &&
				gap(x.end, raws[r+1].start) <= 1 {
				// "ethnic Chinese rebels in Myanmar", "ethnic Serb militants":
				// the people's descent, not its state (POLICY §6); the role
				// word takes the country they live in, from its own words
				// or the context
				used[r] = true
				continue
			}
			if g := r + 1; (a.Kind == lexicon.Adjective || a.Kind == lexicon.Name) && branchAt(toks, x.end) && isWord(toks, x.end+1, "of") && g < len(raws) &&
				raws[g].kind == rActor && pick(raws[g].acts).Kind == lexicon.Group && pick(raws[g].acts).Country == "" &&
				(raws[g].start == x.end+2 || raws[g].start == x.end+3 && isWord(toks, x.end+2, "the")) {
				// "the Syrian branch of al-Qaeda": the group, of the country
				b := memberOf(pick(raws[g].acts), raws[g], date)
				b.country, b.start = a.Country, x.start
				ms = append(ms, mention{start: x.start, end: raws[g].end, members: []member{b}})
				used[r], used[g] = true, true
				continue
			}
			if a.Kind == lexicon.Adjective {
				// a list of adjectives: "Hungarian and Romanian officials"
				adjs := []raw{x}
				k := r + 1
				for k < len(raws) && raws[k].kind == rActor && modifier(pick(raws[k].acts)) &&
					joinsCounted(toks, adjs[len(adjs)-1].end, raws[k].start) {
					adjs = append(adjs, raws[k])
					k++
				}
				if k < len(raws) && (raws[k].kind == rAgent || raws[k].kind == rUnit) && gap(alliedEnd(toks, adjs[len(adjs)-1].end), raws[k].start) <= 1 {
					m := mention{start: x.start, end: raws[k].end}
					for _, ad := range adjs {
						aa := pick(ad.acts)
						m.members = append(m.members, member{code: inRole(aa, roleOf(raws[k], aa)), country: aa.Country,
							name: aa.Name, start: ad.start, end: raws[k].end})
					}
					for j := r; j <= k; j++ {
						used[j] = true
					}
					ms = append(ms, m)
					continue
				}
				if e := adjs[len(adjs)-1].end; len(adjs) > 1 && listNoun(toks, e) && (k == len(raws) || raws[k].start > e) {
					// "Chinese and Russian aircraft entered": the list shares a
					// noun no role word names; each state is a weak actor of it
					m := mention{start: x.start, end: e, kind: mWeak}
					for j := r; j < k; j++ {
						m.members = append(m.members, memberOf(pick(raws[j].acts), raws[j], date))
						used[j] = true
					}
					ms = append(ms, m)
					continue
				}
				used[r] = true
				if e := x.end; e < len(toks) && eraWords[toks[e].Lower] || isWord(toks, e, "-") && e+1 < len(toks) && eraWords[toks[e+1].Lower] {
					continue // "dates back to Soviet times", "Soviet-era tanks": a time, no actor
				}
				if backedActor(toks, raws, r) {
					continue // "Russian-backed separatists", as "Iran-backed" below
				}
				if nominalAdjective(toks, x.start, x.end) {
					// "16 Americans and one Canadian", "an Israeli was
					// wounded": the adjective is a person of the country
					ms = append(ms, mention{start: x.start, end: x.end, members: []member{{code: a.Country + "CVL",
						country: a.Country, name: a.Name, start: x.start, end: x.end}}})
					continue
				}
				ms = append(ms, mention{start: x.start, end: alliedEnd(toks, x.end), kind: mWeak, members: []member{memberOf(a, x, date)}})
				continue
			}
			if a.Kind == lexicon.Name || a.Kind == lexicon.Adjective {
				// "US and British forces": a list of modifiers shares its role word
				k := r + 1
				for k < len(raws) && raws[k].kind == rActor && modifier(pick(raws[k].acts)) && joins(toks, raws[k-1].end, raws[k].start) &&
					!isWord(toks, raws[k].start-1, "the") && // "western Ukraine, and the Polish military said": a phrase of its own
					!(pick(raws[k-1].acts).Kind == lexicon.Name && newClause(toks, raws[k-1].end, raws[k].start)) { // lost9: "rockets at Israel, and Israeli warplanes struck": the clause's own subject (vanish.go)
					k++
				}
				if k > r+1 && k < len(raws) && (raws[k].kind == rAgent || raws[k].kind == rUnit) && gap(raws[k-1].end, raws[k].start) == 0 &&
					pick(raws[k-1].acts).Kind == lexicon.Adjective {
					m := mention{start: x.start, end: raws[k].end}
					for j := r; j < k; j++ {
						aa := pick(raws[j].acts)
						m.members = append(m.members, member{code: inRole(aa, roleOf(raws[k], aa)), country: aa.Country,
							name: aa.Name, start: raws[j].start, end: raws[j].end})
						used[j] = true
					}
					used[k] = true
					ms = append(ms, m)
					continue
				}
			}
			if isWord(toks, x.end, "-") && x.end+1 < len(toks) && toks[x.end+1].Kind == text.Word && !toks[x.end+1].Cap {
				// "U.S.-drafted", "Iran-backed": a modifier, not an actor
				used[r] = true
				if backedActor(toks, raws, r) {
					continue // "Iran-backed militants": the backer is no actor of what they do, nor whose they are
				}
				if e := x.end; e < len(toks) && eraWords[toks[e].Lower] || isWord(toks, e, "-") && e+1 < len(toks) && eraWords[toks[e+1].Lower] {
					continue // "dates back to Soviet times", "Soviet-era tanks": a time, no actor
				}
				ms = append(ms, mention{start: x.start, end: x.end, kind: mWeak, members: []member{memberOf(a, x, date)}})
				continue
			}
			m := mention{start: x.start, end: x.end, members: []member{memberOf(a, x, date)}}
			if a.Kind == lexicon.Demonym {
				// "ethnic Russians in Ukraine" are people of Ukraine
				if k, country, name := c.placeAfterAgent(toks, raws, r); k > r {
					m.end = raws[k].end
					m.members[0] = member{code: country + "CVL", country: country, name: name, start: x.start, end: m.end}
					used[k] = true
				}
			}
			if a.Kind == lexicon.Person {
				m.named = [2]int{x.start, x.end}
				used[r] = true
				ms = append(ms, m)
				continue
			}
			next := x.end
			if isWord(toks, next, "'s") {
				next++
			}
			if r+1 < len(raws) && (raws[r+1].kind == rAgent || raws[r+1].kind == rUnit) && gap(next, raws[r+1].start) <= 1 {
				ag := raws[r+1]
				m.end = ag.end
				if a.Kind != lexicon.Group {
					// a group keeps its own code, resolved by date:
					// "Hamas fighters", "Taliban officials"
					m.members[0].code = inRole(a, roleOf(ag, a))
				}
				m.members[0].end = ag.end
				used[r+1] = true
			} else if next > x.end {
				m.poss = true
			}
			if a.Kind == lexicon.Group && m.members[0].country == "" && m.poss && r+1 < len(raws) && raws[r+1].start == next {
				// "Islamic State's Afghan branch": the group's branch in a
				// country is of that country
				if country := rawCountry(raws[r+1]); country != "" && branchAt(toks, raws[r+1].end) && pick(raws[r+1].acts).Kind != lexicon.Person {
					m.members[0].country = country
					m.end, m.members[0].end, m.poss = raws[r+1].end+1, raws[r+1].end+1, false
					used[r+1] = true
				}
			}
			if a.Kind == lexicon.Group && m.members[0].country == "" {
				// a transnational group is where the text puts it: "Islamic
				// State positions in eastern Syria" are in Syria
				if k := c.groupPlace(toks, raws, r, m.end); k > r {
					m.members[0].country = rawCountry(raws[k])
				}
			}
			used[r] = true
			ms = append(ms, m)
		case rUnit:
			used[r] = true
			if a, shared := owner(x.acts); a != nil {
				// a name other states share ("Congress") is its owner's
				// until the context says whose (implied)
				ms = append(ms, mention{start: x.start, end: x.end, shared: shared, members: []member{{code: a.Code + a.Role,
					country: a.Country, name: a.Name, start: x.start, end: x.end}}})
				continue
			}
			ms = append(ms, c.agentMention(toks, raws, r, x.acts[0].Role, used, date, ctx))
		case rPlace:
			used[r] = true
			g := x.places[0]
			if g.Unowned() {
				continue // waters are where, never who
			}
			next := x.end
			if isWord(toks, next, "'s") {
				next++
			}
			if g.Country != "" && r+1 < len(raws) && raws[r+1].kind == rAgent && raws[r+1].start == next && !stateless[raws[r+1].role] {
				// "Istanbul Mayor Ekrem Imamoglu", "Kabul police", "Tehran's
				// prosecutor": a role of the place's country
				ag := raws[r+1]
				used[r+1] = true
				name, _ := c.lx.Name(g.Country)
				ms = append(ms, mention{start: x.start, end: ag.end, members: []member{{code: g.Country + ag.role,
					country: g.Country, name: name, start: x.start, end: ag.end}}})
				continue
			}
			ms = append(ms, mention{start: x.start, end: x.end, kind: mPlace, members: []member{{code: g.Country,
				country: g.Country, name: g.Name, start: x.start, end: x.end}}})
		case rAgent:
			used[r] = true
			if r+1 < len(raws) && raws[r+1].kind == rAgent && raws[r+1].start == x.end && !anti(toks, x.start) {
				// "gang leaders", "rebel commanders", "army officers": the
				// first role word names whose; but "anti-government
				// protesters" are against the government
				raws[r+1].start, raws[r+1].role = x.start, x.role
				continue
			}
			ms = append(ms, c.agentMention(toks, raws, r, x.role, used, date, ctx))
		}
	}
	ms = c.references(toks, ms, ctx)
	sort.Sort(byStart(ms))
	ms = speakers(toks, ms)
	ms = rolesOfEach(toks, ms)
	ms = peopleNamed(toks, ms)
	ms = titledNames(toks, ms)
	ms = c.titledSurnames(toks, ms, date)
	ms = appositions(toks, ms, date)
	ms = namesakes(toks, ms)
	c.placedTowns(toks, ms) // actors7: "Tripoli in Lebanon" (placedtowns.go)
	ms = c.strangers(toks, raws, ms)
	groupTails(toks, ms)
	ms = lists(toks, ms)
	ms = describedPeople(toks, ms)
	// rootpick7: "at pensioners protesting outside parliament" (protestingpeople.go)
	ms = protestingPeople(toks, ms)
	ms = includedPeople(toks, ms) // including.go
	for i := range ms {
		ms[i].prep = prepBefore(toks, ms[i].start)
		if anti(toks, ms[i].start) {
			ms[i].prep = "against" // "anti-government protests" are against the government, not by it
		}
		if isWord(toks, ms[i].end, "'s") {
			ms[i].poss = true
		}
	}
	ms = markUnknown(c.implied(toks, pre, ms, ctx))
	ms = whoseOwners(toks, ms) // whose.go
	itsAgain(toks, ms)
	speakersPronounAgain(toks, ms) // addingthat.go
	gerundObjectsAgain(toks, ms)
	c.pluralAgain(toks, ms, pre.bounds)
	downedAgain(toks, ms, pre.bounds) // "shot down 60 of them": the drones' launcher
	return ms
}

// agentMention composes a role word at raws[r] with what gives it a country:
// "the president of Russia", "both foreign ministers"; alone it is an mAgent.
func (c *Coder) agentMention(toks []text.Token, raws []raw, r int, role string, used []bool, date string, ctx *docCtx) mention {
	x := raws[r]
	m := mention{start: x.start, end: x.end, kind: mAgent, role: role}
	// "the president of (the) Russia('s ...)"
	of := x.end
	if isWord(toks, of, "of") && of+3 < len(toks) && toks[of+1].Cap && toks[of+1].Kind == text.Word && r+1 < len(raws) &&
		raws[r+1].kind == rActor && raws[r+1].start > of+2 {
		// "the Ministry of Health of Ethiopia": the body's own name first
		k := of + 1
		for k < raws[r+1].start && k < of+5 && toks[k].Cap && toks[k].Kind == text.Word {
			k++
		}
		if isWord(toks, k, "of") && (raws[r+1].start == k+1 || isWord(toks, k+1, "the") && raws[r+1].start == k+2) {
			of = k
		}
	}
	if isWord(toks, of, "of") && r+1 < len(raws) && raws[r+1].kind == rActor {
		next := raws[r+1]
		skip := of + 1
		if isWord(toks, skip, "the") {
			skip++
		}
		if a := pick(next.acts); next.start == skip && a.Kind == lexicon.Group {
			// "the leader of Hamas": the group, with its code on the date
			g := memberOf(a, next, date)
			g.start = x.start
			used[r+1] = true
			return mention{start: x.start, end: next.end, members: []member{g}}
		}
		if a := pick(next.acts); next.start == skip && a.Kind != lexicon.Person && a.Kind != lexicon.Adjective {
			m = mention{start: x.start, end: next.end, members: []member{{code: inRole(a, role), country: a.Country,
				name: a.Name, start: x.start, end: next.end}}}
			used[r+1] = true
			// "the foreign ministers of Iran and Turkey": the role is each one's
			last := r + 1
			for k := r + 2; k < len(raws) && raws[k].kind == rActor && joins(toks, raws[k-1].end, raws[k].start); k++ {
				if b := pick(raws[k].acts); b.Kind == lexicon.Person || b.Kind == lexicon.Adjective {
					break
				}
				last = k
			}
			if last > r+1 && hasConj(toks, next.end, raws[last].start) {
				for k := r + 2; k <= last; k++ {
					b := pick(raws[k].acts)
					m.members = append(m.members, member{code: inRole(b, role), country: b.Country, name: b.Name, start: raws[k].start, end: raws[k].end})
					used[k] = true
				}
				m.end = raws[last].end
			}
			if len(m.members) > 1 {
				return m
			}
			// "director of Russia's Foreign Intelligence Service": the body
			// after the possessive names the role better than the title.
			if isWord(toks, next.end, "'s") && r+2 < len(raws) && raws[r+2].start == next.end+1 &&
				(raws[r+2].kind == rUnit || raws[r+2].kind == rAgent) {
				m.members[0].code = inRole(a, roleOf(raws[r+2], a))
				m.end, m.members[0].end = raws[r+2].end, raws[r+2].end
				used[r+2] = true
			}
			return m
		}
	}
	if m, ok := c.roleOfPerson(toks, raws, r, of, role, used, date); ok {
		return m
	}
	// "the leader of Somaliland", "the governor of Kherson": the role of
	// the place's country
	if isWord(toks, of, "of") && r+1 < len(raws) && raws[r+1].kind == rPlace && !stateless[role] {
		next := raws[r+1]
		skip := of + 1
		if isWord(toks, skip, "the") {
			skip++
		}
		// "the leader of the breakaway region of Somaliland"
		for k := skip; k < next.start && k <= skip+2; k++ {
			if toks[k].Kind != text.Word || toks[k].Cap {
				break
			}
			if isPlaceNoun(&toks[k]) && isWord(toks, k+1, "of") {
				skip = k + 2
				break
			}
		}
		if g := next.places[0]; next.start == skip && !g.Unowned() {
			used[r+1] = true
			name, _ := c.lx.Name(g.Country)
			return mention{start: x.start, end: next.end, members: []member{{code: g.Country + role, country: g.Country,
				name: name, start: x.start, end: next.end}}}
		}
	}
	// "police in Jericho", "rebels in the Ivory Coast", "security forces in
	// the Kurdish city of Mahabad": the place's country
	if k, country, name := c.placeAfterAgent(toks, raws, r); k > r && !stateless[role] && !owned(toks, x.start) && !visitor(toks, x.start) &&
		!uprooted(toks, role, x.start, x.end) {
		used[k] = true
		return mention{start: x.start, end: raws[k].end, placedIn: country, members: []member{{code: country + role, country: country,
			name: name, start: x.start, end: raws[k].end}}}
	}
	// "the region's governor": the place named before (placeowner.go)
	if country := placeBefore(toks, raws, r); country != "" && !stateless[role] {
		name, _ := c.lx.Name(country)
		return mention{start: x.start, end: x.end, members: []member{{code: country + role, country: country,
			name: name, start: x.start, end: x.end}}}
	}
	// "both foreign ministers", "the two leaders", "the three ministers"
	if k, n := quantifierBefore(toks, x.start); k >= 0 {
		if sides := ctx.lastN(n); len(sides) == n {
			m = mention{start: k, end: x.end, kind: mGroup}
			for _, t := range sides {
				m.members = append(m.members, member{code: t.country + role, country: t.country, name: t.name, start: k, end: x.end})
			}
		}
	}
	return m
}

// placeAfterAgent finds the place of "AGENT in PLACE" (or "AGENT returning
// to PLACE"): a country, a capital or a place of the gazetteer after "in",
// with at most five words between that name no actor and carry no action ("the Kurdish city of"). It returns
// the index of the place's hit, its country and name, or -1.
func (c *Coder) placeAfterAgent(toks []text.Token, raws []raw, r int) (int, string, string) {
	x := raws[r]
	from := x.end + 1
	if isWord(toks, x.end, "returning") && isWord(toks, x.end+1, "to") {
		from++ // "residents returning to southern Lebanon" are its people, whoever fired on them
	} else if n := seizedPower(toks, x.end); n > 0 {
		from += n // "the generals who seized power in Niger" rule Niger
	} else if !isWord(toks, x.end, "in") && !isWord(toks, x.end, "throughout") && !isWord(toks, x.end, "across") &&
		!(isWord(toks, x.end, "of") && x.kind == rActor && pick(x.acts).Kind == lexicon.Demonym) {
		// "students throughout Indonesia", "protesters across Iran" are as "in" it;
		// a people "of" a land lives there: "the Albanians of southern Serbia" (POLICY §6)
		return -1, "", ""
	}
	if r+1 >= len(raws) {
		return -1, "", ""
	}
	next := raws[r+1]
	if next.start-from > 5 {
		return -1, "", ""
	}
	for k := from; k < next.start; k++ {
		t := &toks[k]
		if t.Kind != text.Word && t.Lower != "-" || clauseWords[t.Lower] || t.Lower == "and" || t.Lower == "or" ||
			prepositions[t.Lower] && t.Lower != "of" || len(c.lx.PatternsAt(t.Lemma)) > 0 {
			return -1, "", ""
		}
	}
	switch next.kind {
	case rPlace:
		if g := next.places[0]; !g.Unowned() {
			return r + 1, g.Country, g.Name
		}
	case rActor:
		if a := pick(next.acts); a.Country != "" && (a.Kind == lexicon.Name || a.Kind == lexicon.Capital) && len(a.Code) == 3 {
			return r + 1, a.Country, a.Name
		}
	}
	return -1, "", ""
}

// seizeVerbs take power by force.
var seizeVerbs = set(`seized took grabbed seize take grab`)

// groupPlace finds the country a transnational group's phrase puts it in:
// "in" within three words after the mention's end (token end), then a
// country or place within three more, with no clause word or other
// preposition between. It returns the place's hit index, or -1.
func (c *Coder) groupPlace(toks []text.Token, raws []raw, r, end int) int {
	in := -1
	for k := end; k < len(toks) && k <= end+3; k++ {
		if toks[k].Lower == "in" || toks[k].Lower == "from" {
			in = k
			break
		}
		if toks[k].Kind != text.Word || clauseWords[toks[k].Lower] || prepositions[toks[k].Lower] {
			return -1
		}
	}
	if in < 0 {
		return -1
	}
	for k := r + 1; k < len(raws); k++ {
		if raws[k].start <= in {
			continue
		}
		if raws[k].start > in+4 || rawCountry(raws[k]) == "" {
			return -1
		}
		return k
	}
	return -1
}

// eraWords make a people's adjective a time: "Soviet times".
var eraWords = set(`times era`)

// manyPrefixes make a name of a people's adjective that spans many
// countries and names none of them: "Pan-American", "Trans-Siberian".
var manyPrefixes = set(`pan trans`)

// holdWords end a compound that says who holds a place: "rebel-held".
var holdWords = set(`held controlled`)

// modifier reports whether an actor phrase can modify a role word in a list:
// an adjective ("British"), or a name used as one ("US").
func modifier(a *lexicon.Actor) bool {
	return (a.Kind == lexicon.Adjective || a.Kind == lexicon.Name) && a.Code != ""
}

// pick chooses among the meanings of one phrase: a person or a name before an
// adjective, the first listed otherwise.
func pick(as []*lexicon.Actor) *lexicon.Actor {
	for _, a := range as {
		if a.Kind != lexicon.Adjective {
			return a
		}
	}
	return as[0]
}

// roleOf is the role a role word or state body gives an actor a.
func roleOf(x raw, a *lexicon.Actor) string {
	if x.kind == rAgent {
		return x.role
	}
	for _, u := range x.acts {
		if u.Country == a.Country {
			return u.Role
		}
	}
	return x.acts[0].Role
}

// memberOf turns a dictionary entry into a member, coding a person by the
// role held on date.
func memberOf(a *lexicon.Actor, x raw, date string) member {
	m := member{code: a.Code + a.Role, country: a.Country, name: a.Name, start: x.start, end: x.end, person: a.Person}
	if a.Kind == lexicon.Demonym {
		m.code = a.Code + "CVL" // "Israelis protested": the people, not the state
	}
	if a.Person != nil {
		r, held := a.Person.At(date)
		m.code = r.Code
		if !held && len(r.Code) > 3 {
			m.code = r.Code[:3] // a former office-holder keeps the country
			if r.Code[:3] == "IGO" {
				m.code = r.Code
			}
		}
		m.country = ""
		if len(r.Code) >= 3 && r.Code[:3] != "IGO" {
			m.country = r.Code[:3]
		}
	}
	return m
}

// listNoun reports whether the word at e, after a list of adjectives of
// states, is a common noun they share ("Chinese and Russian aircraft"), not
// a preposition, an article or a time word ("an Indian and a Chinese near
// Kaduna", "Soviet times").
func listNoun(toks []text.Token, e int) bool {
	if e >= len(toks) {
		return false
	}
	t := &toks[e]
	return t.Kind == text.Word && !t.Cap && !prepositions[t.Lower] && !determiners[t.Lower] && !eraWords[t.Lower] &&
		t.Lower != "and" && t.Lower != "or"
}
