package coder

import (
	"slices"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// twoPeople reports whether x and y are two different people, whose codes
// may be the same: "President Rivlin eased restrictions on ex-prime minister
// Olmert" is ISRGOV against ISRGOV.
func twoPeople(x, y member) bool {
	return x.person != nil && y.person != nil && x.person != y.person ||
		(x.person != nil || y.person != nil) && x.start != y.start && x.name != y.name && x.person != y.person ||
		(x.unknown || y.unknown) && x.start != y.start // "police arrested X, a police officer": named apart
}

// role is the role segment of a member's code: "GOV" of "RUSGOV", "" for a
// bare country.
func role(m member) string {
	if len(m.code) >= 6 {
		return m.code[3:6]
	}
	return ""
}

// stateRoles are the parts of a state (and its people) that are the state
// when it acts on itself: "Russia" and "Russian officials" are one actor,
// and a bare country against its own civilians is mostly a misreading; but
// rebels attacking Nigeria, or a party against it, are events.
var stateRoles = set(`GOV MIL COP JUD LEG SPY CVL`)

// ownPlace reports whether the action a is force that hurts people (18x,
// 19x but a blockade, an occupation or a ceasefire broken, which hurts no
// one there) against the place mention tgt, named as its object: "shelled
// Adigrat", "bombed the town of Adigrat", "bombed the village of Pazigyi in
// Sagaing region". A state's military or police
// using it on a place of its own country use it on the people there, as
// POLICY §5 reads troops sent onto its own streets; occupying or
// blockading one's own town is no event.
func (s *sentence) ownPlace(a match, tgt int, code dyad.EventCode) bool {
	if code == "1712" {
		return s.homesBurned(a, tgt, code) // "burned hundreds of homes in Sagaing region"
	}
	m := &s.ms[tgt]
	if m.kind != mPlace || code.Root() != "18" && code.Root() != "19" || code == "191" || code == "192" || code == "196" || m.start <= a.trig {
		return false
	}
	switch m.prep {
	case "", "on", "against":
		// "launched an offensive on Stepanakert": what the force is aimed at
		return true
	case "of":
		// "the town of Adigrat"; and the nominal act's own "of": "its
		// bombardment of Idlib" is as "bombarded Idlib"
		return m.start >= 2 && isPlaceNoun(&s.toks[m.start-2]) || m.start == a.trig+2 && isWord(s.toks, a.trig+1, "of")
	case "in":
		// "the village of Pazigyi in Sagaing region", "villages in Sagaing
		// region": a place object the region only locates
		k := m.start - 2
		for k > a.trig && s.toks[k].Cap && s.toks[k].Kind == text.Word && s.in[k] < 0 {
			k--
		}
		if k > a.trig+1 && isWord(s.toks, k, "of") && k < m.start-2 {
			k--
		}
		if s.civilianSite(a.trig, m.start-2) {
			return true // "shelled a crowded market in Aleppo": the people there
		}
		if w := s.toks[k].Lemma; k <= a.trig || !settlementNouns[w] || regionNouns[w] {
			return false
		}
		return k == a.trig+1 || k == a.trig+2 && determiners[s.toks[a.trig+1].Lower]
	}
	return false
}

// namedSource reports whether the source mention src names its actor in its
// own words ("Syrian troops"), or is a pronoun for such a mention of the
// sentence ("the Syrian army intensified its bombardment of Idlib"): not a
// role word whose country is only the place's.
func (s *sentence) namedSource(src int) bool {
	m := &s.ms[src]
	if m.kind == mFull {
		return true
	}
	if m.kind != mPronoun || len(m.members) != 1 {
		return false
	}
	for k := range s.ms {
		if p := &s.ms[k]; p.kind == mFull && p.end <= m.start && len(p.members) == 1 && p.members[0].code == m.members[0].code {
			return true
		}
	}
	return false
}

// civilianSites are places where civilians gather: force against one in a
// town ("struck a market in Aleppo", "shelled a hospital in Homs") is used
// on the people there, as on the town itself.
var civilianSites = set(`market marketplace bazaar hospital clinic school funeral wedding mosque church
	shrine bakery restaurant cafe`)

// gatherings are nouns a word before them makes a civilian site: "a
// wedding party", "a funeral procession".
var gatherings = set(`party procession hall tent celebration reception`)

// civilianSite reports whether the object of the action triggered at trig
// is a civilian site whose head noun is at k, with at most a determiner and
// two modifiers before it: "a crowded market", "the main hospital", "a
// wedding party".
func (s *sentence) civilianSite(trig, k int) bool {
	if k <= trig || k > trig+4 || s.toks[k].Cap {
		return false
	}
	camp := s.displacedCamp(trig, k)
	if !camp && !civilianSites[s.toks[k].Lemma] &&
		!(gatherings[s.toks[k].Lemma] && k-1 > trig && civilianSites[s.toks[k-1].Lemma]) {
		return false
	}
	for j := trig + 1; j < k; j++ {
		if camp && j == k-1 {
			continue // the role word that makes the camp its people's: "a migrant camp"
		}
		if t := &s.toks[j]; t.Kind != text.Word || t.Cap || s.in[j] >= 0 && len(s.ms[s.in[j]].members) > 0 || t.Lower == "of" || t.Lower == "and" {
			return false
		}
	}
	return true
}

// displacedNouns make the camp or shelter after them one of people who fled:
// "a refugee camp", "a displacement camp", "a migrant camp".
var displacedNouns = set(`refugee refugees migrant migrants displacement displaced idp idps asylum evacuee evacuees`)

// displacedCamp reports whether token k is a camp or shelter of displaced
// people, the word before it saying whose: force that strikes one in the
// attacker's own country strikes the people there ("police stormed a
// migrant camp in Calais"), while "a militant camp" stays a target of war.
func (s *sentence) displacedCamp(trig, k int) bool {
	w := s.toks[k].Lemma
	return (w == "camp" || w == "shelter" || w == "settlement") && k-1 > trig && displacedNouns[s.toks[k-1].Lower]
}

// armedRoles are the parts of a country that carry arms: their threats are
// threats of force, and a building they storm is attacked, not rioted at.
var armedRoles = set(`MIL REB INS UAF SEP CRM`)

// pairs makes one event per ordered pair of the source's and target's members;
// a reciprocal action also gives the reverse, and a reciprocal action of a list
// with no target gives every ordered pair of the list.
// doerPrep reports whether a mention after prep (none, or a passive's "by")
// can name the doer of an act: "Saudi Arabia detained", "were detained by
// Saudi Arabia", not "migrants deported from the United States".
func doerPrep(prep string) bool { return prep == "" || prep == "by" }

func pairs(s *sentence, src, tgt int, a match, code dyad.EventCode, conf float64, recip, solo bool) []proto {
	var out []proto
	// not a role word whose country is only the place's: "troops shelled Kharkiv"
	own := tgt >= 0 && s.namedSource(src) && s.ownPlace(a, tgt, code)
	add := func(x, y member, hasY bool) {
		people := false // the state's force on its own people
		if own && len(y.code) == 3 && x.country == y.country && (role(x) == "MIL" || role(x) == "COP" || len(x.code) == 3 && x.person == nil || code == "1712" && role(x) == "GOV" /* coerce11: "authorities demolished homes in" */) {
			// "Ethiopian troops shelled the town of Adigrat": its people; so
			// does the state named alone ("Azerbaijan shelled Stepanakert")
			y.code += "CVL"
			people = true
		}
		if hasY && x.code == y.code && !twoPeople(x, y) && !s.heldOfficial(code, x, y) /* coerce11 */ && !(stateSelf(y) && rehome(s, &x, y.country)) && !(stateSelf(x) && rehomeTarget(s, &y, x.country)) /* drops: guessedtarget.go */ {
			// (a role word the context gave the country of its own object
			// is the one other state's: "..., and the foreign ministry
			// summoned Britain's ambassador" after Iranian forces, otherstate.go)
			return
		}
		if hasY && !people && x.country != "" && x.country == y.country && x.person == nil && y.person == nil && !x.unknown && !y.unknown &&
			(len(x.code) == 3 && stateRoles[role(y)] && !(heldByOwnState(code) && doerPrep(s.ms[src].prep)) || len(y.code) == 3 && stateRoles[role(x)] || len(x.code) == 3 && len(y.code) == 3) {
			return // "Russia" and "Russian officials": one actor, not a dyad; but rebels attacking in Nigeria are an event
		}
		out = append(out, proto{src: x, tgt: y, hasTgt: hasY, code: code, words: a.words, conf: conf, frame: -1,
			viaEvent: s.ms[src].kind == mEvent || (tgt >= 0 && s.ms[tgt].kind == mEvent)})
	}
	if s.ms[src].kind == mEvent && !recip {
		return s.none(a, "event-source") // "the treaty signals a message": an event acts only jointly
	}
	if s.ms[src].ship && code.Quad() != 4 {
		return s.none(a, "ship-source") // "suspected that it was evading sanctions": a ship's deeds are not its flag state's
	}
	sm := s.ms[src].members
	if m := &s.ms[src]; m.kind == mEvent && m.oneSided && m.hostile && m.victims > 0 && m.victims < len(sm) {
		// "the sanctions were coordinated with the United States": a
		// reference to sanctions or force acts through who imposed or used
		// them, not through whom they were done to (while "the trip
		// culminated with the signing" is signed by guest and host)
		sm = sm[:len(sm)-m.victims]
	}
	if listVenue(s, sm, tgt, code) {
		tgt = -1 // "Sudan and Chad agreed to a ceasefire in Darfur": with each other, in Darfur
	}
	switch {
	case tgt >= 0 && s.ms[tgt].ship && code.Quad() != 4:
		// a ship's owner is the target of force and seizures of the ship
		// only: "seized the tanker, suspecting it of smuggling" accuses no
		// state, and "seized the tanker and escorted it to port" protects none
	case tgt >= 0:
		tm := s.ms[tgt]
		for _, x := range sm {
			for k, y := range tm.members {
				if tm.kind == mEvent && k >= len(tm.members)-tm.victims && x.country != "" && x.country == y.country {
					continue // "Tokyo condemned the hijacking" of a Japanese ship: the hijackers, not its own side
				}
				if tm.kind == mEvent && k >= len(tm.members)-tm.victims && tm.oneSided && (code.Root() == "11" || code.Root() == "12") {
					// "condemned the launch" of a missile that fell in
					// Japan's waters condemns the launcher, not Japan; "the
					// pact", coded both ways, stands for both its parties
					continue
				}
				add(x, y, true)
				if recip {
					add(y, x, true)
				}
			}
		}
	case (recip || code.Root() >= "03" && code.Root() <= "08") && len(sm) >= 2:
		// "India and China agreed to work toward a settlement": with each other
		for _, x := range sm {
			for _, y := range sm {
				add(x, y, true)
			}
		}
	}
	// troops that pull out of a town of their own country retreat all the
	// same; whom from, retreats finds in the sentence's capture of it
	ownRetreat := code == "0874" && tgt >= 0 && s.ms[tgt].kind == mPlace
	// and troops sent to a town of their own country are sent all the same
	// (deployedHome makes it a show of force at home)
	ownDeployment := code == "074" && tgt >= 0 && s.ms[tgt].kind == mPlace
	if len(out) == 0 && (solo || ownRetreat || ownDeployment) {
		// no target, or only the source itself ("North Korea fired a missile
		// into the sea off its east coast"): an event that may stand alone
		for _, x := range sm {
			add(x, member{}, false)
		}
	}
	return s.emptyPairs(a, tgt, out) // drops
}

// jointActs adds to a joint act of force (15x-20x, done, not intended) of a
// list of two countries or their forces ("Chinese and Russian warships held a
// joint patrol near Japan's coast", a show of force to Japan) the
// military cooperation it is between them (062), each with the other, as
// their joint drills are.
func jointActs(s *sentence, ps []proto) []proto {
	out := ps
	for _, p := range ps {
		if p.code.Root() < "15" || p.frame >= 0 || len(p.words) == 0 || p.src.start < 0 || p.src.start >= len(s.in) || s.in[p.src.start] < 0 ||
			!slices.ContainsFunc(p.words, func(k int) bool { return jointWords[s.toks[k].Lower] }) {
			continue
		}
		list := s.ms[s.in[p.src.start]].members
		for _, x := range list {
			for _, y := range list {
				if x.country != "" && y.country != "" && x.country != y.country && stateOrForce(x) && stateOrForce(y) && !hasCode(out, x, y, "062") {
					c := p
					c.src, c.tgt, c.hasTgt, c.code = x, y, true, "062"
					out = append(out, c)
				}
			}
		}
	}
	return out
}

// stateOrForce reports whether m is a state or its armed forces, whose
// joint acts are military cooperation (not farmers' joint protest).
func stateOrForce(m member) bool {
	return len(m.code) == 3 || role(m) == "MIL"
}

// jointWords say that an act is done together.
var jointWords = set(`joint combined`)
