package coder

import (
	"strings"

	"github.com/dyadhq/dyad"
)

// The participants of an action: who did it and to whom, found through its
// pattern's slots, its frame, the clause's subject and what the sentence
// said before (bind.go calls participants for each action it keeps).

// participants finds the source and target of match a (through frame f when
// there is one; head is the first word of the whole expression) and returns
// one event per ordered pair, with how the source was found.
func (c *Coder) participants(s *sentence, a match, f *match, head int, code dyad.EventCode) ([]proto, how) {
	conf := 0.9
	if f != nil {
		conf -= 0.05
	}
	for k := head - 1; k >= 0 && k >= head-2; k-- {
		if modals[s.toks[k].Lower] && s.in[k] < 0 {
			conf -= 0.15
		}
	}
	if code.Root() >= "18" && s.accidentParticiple(a.trig) {
		return s.none(a, "accident"), slot // "crashed after taking off, killing all 176 people on board" (accidents.go)
	}
	if code == "042" && s.carried(a.trig) || code == "043" && s.carriedBefore(a.trig) {
		// "she was flown to Bamako", "were freed and flown to Niamey, where
		// they were greeted by": people carried somewhere make no visit,
		// and whoever meets them there hosts none
		return s.none(a, "carried"), slot // drops
	}
	if a.source < 0 && (code.Root() == "18" || code.Root() == "19") && s.accidentToll(head) {
		return s.none(a, "accident"), slot // "a fire at a prison killed 39": no one did it (accidents.go)
	}
	src, tgt := a.source, a.target
	srcHow, tgtHow := slot, slot
	if tgt < 0 && code.Root() == "10" {
		tgt = s.summoned(a.trig) // "summoned the ambassador to demand an explanation" (summons.go)
	}
	if src >= 0 {
		if o := s.launchOwner(src); o >= 0 {
			src = o // "Israeli missiles fired from the Golan Heights at Damascus": Israel's (launchplace.go)
		}
	}
	if a.own && src < 0 {
		src = s.in[a.words[0]] // "Kenyan protesters clashed with police": whose words the pattern begins with
	} else if a.own {
		tgt = s.in[a.words[0]] // "IAEA inspectors were allowed into Iran" ($S): whom the source lets in
	} else if mi := s.modifiedActor(a); mi >= 0 && src < 0 {
		src = mi // "Thai anti-government protesters marched": the protesters
	}
	if tgt >= 0 && s.otherVerb(a, tgt) {
		tgt = -1 // the object of another verb the gap passed into: the target is looked for again below
	}
	if f != nil && f.target >= 0 {
		tgt = f.target // "called on Russia to withdraw": the addressee
	}
	if s.blamedAct(a.trig) {
		return s.none(a, "blamed"), slot // "an attack blamed on the Taliban": who blames is unsaid; the attack is the Taliban's
	}
	// coerce11: "began serving a prison sentence" is being jailed
	passive := s.passive(a) || code == "173" && s.toks[a.trig].Lemma == "serve"
	if as, at := s.summaryAgent(a.trig, code); as >= 0 { // bind8: ", a move condemned by London" is London's (summaryagent.go)
		src, tgt, passive = as, at, false
	}
	if len(a.p.Elems) == 1 && a.p.Solo && (code == "173" || code == "175" || code == "186" || code == "193") && !passive {
		return s.none(a, "bare-passive"), slot // a bare "arrested", "shot" is read only as a passive its reporter tells of
	}
	police := false // the source is the police of the state that reports the arrest
	owner := -1     // the country whose actor the passive's agent is: "by Sudan's army"
	// a pattern that bound both its own sides, the receiver after "to" ("was
	// extradited to the United States by Slovenia": "extradited ... to $T
	// ... by $S"), has read them already: the subject is what was sent, not
	// the target (a place left "from" is no receiver: the people evacuated are)
	bound := a.source >= 0 && a.target >= 0 && s.ms[a.target].prep == "to"
	if t := s.toks[a.trig]; !passive && !bound && !feltParticiples[t.Lemma] /* precision7: voice.go */ && (s.participle(a.trig) || a.target < 0 && pastForm(&t) && isWord(s.toks, a.trig+1, "by")) {
		// "was welcomed in Paris by Macron": a passive whose agent follows
		// further on; "Americans released by Iran in a prisoner swap": a
		// participle on its object, whatever the pattern's shape, unless
		// the pattern bound its own target ("donated by Canada to Sudan")
		if by := s.byAgent(a.trig + 1); by >= 0 {
			passive, src = true, by
			if tgt == by {
				tgt = -1
			}
			tgt, tgtHow = s.subject(head, src)
		}
	}
	if src < 0 && tgt < 0 && code == "0841" {
		// "children taken to Russia were reunited with their families":
		// released by whoever held them
		if h := s.holder(a.trig); h >= 0 {
			src, passive = h, false
			tgt, tgtHow = s.subject(head, src)
		}
	}
	switch {
	case passive && tgt >= 0 && s.ms[tgt].prep == "by":
		// "was attacked by rebels": the pattern's object is the agent
		src, tgt = tgt, -1
		if n := s.countrysOwn(src); n >= 0 {
			owner = src
			src = n // "by Sudan's Rapid Support Forces": the forces
		}
		tgt, tgtHow = s.subject(head, src)
	case passive && src < 0:
		if by := s.byAgent(a.end); by >= 0 {
			src = by
			tgt, tgtHow = s.subject(head, src)
		} else if d := s.deporter(a.trig); d >= 0 && code == "174" {
			src = d
			if tgt, tgtHow = s.subject(head, src); tgt < 0 || !civilians(s.ms[tgt].members) && !s.foreign(tgt, src) {
				tgt = s.nationals(head) // "Twenty-eight Afghan nationals convicted of ... were flown"
			}
			if tgt < 0 {
				return s.none(a, "own-expelled"), slot // "two diplomats were expelled": a state's own people, not migrants deported
			}
		} else if pl, crowdTgt := s.placeRepression(a, head, code); pl >= 0 {
			// "hundreds were detained in Tehran", "protesters were
			// tear-gassed in Nairobi": the police of where it happened
			return s.orNone(a, "police-of-place", s.policeOfPlace(a, pl, crowdTgt, code, conf)), slot // drops
		} else if code == "173" {
			// "749 people had been arrested, the interior ministry said":
			// the police of the state that reports it
			tgt, tgtHow = s.subject(head, -1)
			if tgt < 0 || s.arrester(a.trig, tgt) < 0 { // noparties9: the police of an earlier clause or sentence (arrestedbypolice.go)
				if ps := s.policeArrest(a, head, tgt, conf); len(ps) > 0 {
					return ps, slot
				}
			}
			if tgt < 0 {
				return s.none(a, "arrest-no-subject"), slot // drops
			}
			if src = s.arrester(a.trig, tgt); src < 0 {
				if ps := s.ownStateArrest(a, tgt, conf); len(ps) > 0 { // coerce11: "Russia's opposition leader was jailed" (ownarrest.go)
					return ps, slot
				}
				return s.none(a, "arrest-no-arrester"), slot // drops
			}
			police = true
		} else if mi, _ := s.subject(head, tgt); code == "074" && mi >= 0 && len(s.ms[mi].members) > 0 &&
			(s.forceNoun(s.ms[mi].members[0]) || s.reliefNoun(s.ms[mi].members[0])) {
			// "Rwandan troops were deployed to Mozambique": a force sent
			// abroad is sent by its own state; so are doctors and
			// rescuers, who bring relief ("Cuban doctors were sent to Italy")
			src, srcHow = mi, clause
			if !s.forceNoun(s.ms[mi].members[0]) {
				code = "073"
			}
		} else {
			// "was attacked": the attacker is unknown; but an attempt on a
			// leader's life is coded from where it was made
			return s.orNone(a, "passive-no-agent", s.attemptOnLeader(a, head, code, conf)), slot // drops
		}
	}
	if passive && src >= 0 && tgt < 0 {
		// "a camp for Congolese refugees was attacked by Burundian
		// militiamen": the subject names no actor, the phrase after its
		// noun does
		tgt, tgtHow = s.subjectHolder(head, src, code.Root() >= "18" || code == "1712")
	}
	if passive && src >= 0 && tgt < 0 {
		// "an Indonesian fishing boat was seized by Malaysian
		// authorities": the adjective of whose boat or people the subject is
		tgt, tgtHow = s.weakSubject(head, src)
	}
	if src >= 0 && tgt < 0 && !passive && a.source >= 0 && !(a.p.Recip && len(s.ms[src].members) >= 2) {
		// "Ukraine received weapons from the United States", "criticism
		// from France": the pattern names the source after the action, so
		// the clause's subject is whom it is addressed to; but a list that
		// does a mutual act after it does it with itself ("South Korea
		// condemned the treaty signed by Russia and North Korea")
		tgt, tgtHow = s.subject(head, src)
		if tgt < 0 && code.Root() == "19" {
			// "the town of Avdiivka fell to Russian forces": the country
			// of the place the subject's noun names
			if h, how := s.subjectHolder(head, src, false); h >= 0 && s.ms[h].start >= 2 && isPlaceNoun(&s.toks[s.ms[h].start-2]) {
				tgt, tgtHow = h, how
			}
		}
	}
	if crowdWords[s.toks[a.trig].Lower] && code.Root() == "14" && s.crowdUndergoes(a) {
		return s.none(a, "crowd-undergoes"), slot // "hundreds were detained after the protests": the crowd's verb is another
	}
	if src < 0 && crowdWords[s.toks[a.trig].Lower] {
		// "as thousands protested": the crowd is the subject; it is whoever
		// the action's own words name ("thousands of Cubans"), never the
		// subject of another clause
		for k := a.trig; k < a.end && src < 0; k++ {
			if mi := s.in[k]; mi >= 0 && mi != tgt && s.ms[mi].usable() {
				src, srcHow = mi, slot
			}
		}
		if src < 0 && code.Root() != "14" {
			return s.none(a, "crowd-no-source"), slot // drops
		}
	}
	crowd := false // the source is the people of a place
	if src < 0 && code.Root() == "14" && s.crowdSubject(a.trig) {
		// "Thousands rallied in Tbilisi", "hundreds took to the streets of
		// Nairobi": a crowd no actor names is the people of where it
		// gathers (doc/POLICY.md, section 5)
		if pl := s.crowdSite(a.trig); pl >= 0 {
			src, srcHow, crowd = pl, slot, true
			if tgt == pl || tgt >= 0 && s.verbBetween(a.end, s.ms[tgt].start) {
				tgt = -1 // "rioting in Lae killed 15 people": the dead are the riot's toll, not whom it is against (unrest.go)
			}
		}
	}
	if src < 0 && code.Root() == "14" && !crowdWords[s.toks[a.trig].Lower] && s.crowdSubject(a.trig) {
		// "as thousands took to the streets after the election": a crowd
		// whose clause names no place is the people of the one country
		// the sentence names, never the subject of another clause
		if mi := s.oneCountryMention(); mi >= 0 {
			src, srcHow, crowd = mi, slot, true
			if tgt == mi {
				tgt = -1
			}
		} else {
			return s.none(a, "crowd-no-country"), slot // drops
		}
	}
	if mi := s.crowdCountry(a); src < 0 && mi >= 0 && code.Root() == "14" { // bind8: the people of the one country named (crowdcountry.go)
		src, srcHow, crowd = mi, slot, true
		if tgt == mi {
			tgt = -1
		}
	}
	if src < 0 && crowdWords[s.toks[a.trig].Lower] {
		return s.none(a, "crowd-no-source"), slot // "as thousands protested": never the subject of another clause
	}
	if src < 0 && head == a.trig && a.end+1 < len(s.toks) && !s.pastVerb(a.trig) && strings.HasSuffix(s.toks[a.end].Lower, "ed") && isWord(s.toks, a.end+1, "by") {
		// "a general strike called by Venancio Mondlane", "the raid
		// carried out by": a participle after a noun of action names who
		// did it
		if by := s.byAgent(a.end); by >= 0 && by != tgt && !policyWords[s.toks[a.end-1].Lower] { // not "a strike against laws passed by parliament"
			src, srcHow = by, slot
		}
	}
	if src < 0 && code.Root() == "14" {
		// "as protests spread across Iran's northwest": a protest that is
		// its clause's subject is held by the people of where it is
		t := a.trig
		for _, w := range a.words {
			if !protestVerbs[s.toks[t].Lemma] && protestVerbs[s.toks[w].Lemma] {
				t = w // "anti-government protests spread": the protest noun, past its modifier
			}
		}
		if pl := s.protestPlace(t, a, code); pl >= 0 {
			src, srcHow, crowd = pl, slot, true
			if tgt == pl || tgt >= 0 && s.verbBetween(a.end, s.ms[tgt].start) {
				tgt = -1 // "rioting in Lae killed 15 people": the dead are the riot's toll, not whom it is against (unrest.go)
			}
		}
	}
	if src < 0 && head == a.trig && s.byParticiple(a.trig) && s.in[a.trig-1] != tgt {
		// "protesters were dispersed by police using tear gas": the
		// participle is the agent's act, done to the clause's subject
		src, srcHow = s.in[a.trig-1], slot
		if tgt < 0 {
			tgt, tgtHow = s.subject(head, src)
		}
	}
	nounBetween := a.end == a.trig+1 && isWord(s.toks, a.end, "between")
	if src < 0 && a.p.Recip && a.end > a.trig && (isWord(s.toks, a.end-1, "between") || nounBetween) {
		// "because of fighting between Azerbaijanis and Armenians": the
		// list a pattern ends on with "between" is both sides, not the
		// subject of the clause
		for k := a.end; k < len(s.toks) && k < a.end+3; k++ {
			if mi := s.in[k]; mi >= 0 {
				if m := &s.ms[mi]; m.prep == "between" && len(m.members) >= 2 {
					src, srcHow, tgt = mi, clause, -1
				}
				break
			}
		}
		if src < 0 && nounBetween {
			// "ready to host a meeting between an Israeli peace movement
			// and the PLO": the parties are the ones after "between",
			// never the clause's subject
			return s.none(a, "between"), slot // drops
		}
	}
	if src < 0 && f == nil {
		// "Residents fled after the shelling of Kharkiv by Russian
		// forces": the noun's own agent, not the clause's subject
		if by := s.nounAgent(a); by >= 0 && by != tgt {
			src, srcHow = by, slot
		} else if by := s.doneForceDoer(a, code); by >= 0 && by != tgt {
			src, srcHow = by, slot // "protesting against U.S. air strikes on Iraq" (nominalforce.go)
		}
	}
	if src < 0 && f != nil && f.p == mustFrame {
		if sp := s.tailSpeaker(); sp >= 0 && sp != tgt {
			src, srcHow = sp, clause // "Israel must withdraw, Egypt said" (tailspeaker.go)
		}
	}
	if src < 0 {
		src, srcHow = s.subject(head, tgt)
	}
	if src >= 0 && tgt < 0 && a.p.Recip {
		// "Putin and his Turkish counterpart Erdogan held talks": the
		// counterpart is the other side
		if cp := s.counterpart(src); cp >= 0 {
			tgt, tgtHow = cp, slot
		}
	}
	if src < 0 && a.p.Recip {
		// "talks between Russia and Ukraine collapsed": the list after
		// "between" is both sides
		for mi := range s.ms {
			if m := &s.ms[mi]; m.prep == "between" && len(m.members) >= 2 && mi != tgt {
				src, srcHow, tgt = mi, clause, -1
				break
			}
		}
	}
	if src < 0 && code.Root() >= "18" {
		// "the missiles fired by the Israeli military struck a depot": who
		// fired the weapon that struck
		src = s.weaponAgent(head)
	}
	if src < 0 {
		// "Thousands of Israelis protested": the actors are inside the
		// words of the action; but after a verb they are its object
		// ("struck Islamic State positions"), unless its agent ("donated by
		// Russia to Malawi")
		past := s.pastVerb(a.trig)
		for k := a.trig; k < a.end; k++ {
			if mi := s.in[k]; mi >= 0 && mi != tgt && mi != a.target && s.ms[mi].usable() && (!past || s.ms[mi].prep == "by") && s.ms[mi].prep != "against" {
				src, srcHow = mi, slot
				break
			}
		}
	}
	if src < 0 && !s.objectsAgent(a) { // actors7: not "banned protests called by the opposition" (objectsagent.go)
		// "sanctions against Russia were adopted by the EU": a nominal
		// action in a passive subject takes the verb's agent
		if by := s.byAgent(a.end); by >= 0 && by != tgt && !policyWords[s.toks[a.end-1].Lower] { // not "a strike against laws passed by parliament"
			src, srcHow = by, slot
		}
	}
	if src < 0 && (code.Root() == "06" || code.Root() == "07") {
		// "Artillery shells were sent to Russia from North Korea": a
		// transfer whose sender is only where it came from
		if from := s.fromAgent(a.trig, tgt); from >= 0 {
			src, srcHow = from, slot
		} else if o := c.goodsOwner(s, a, tgt); o >= 0 {
			// "two ships loaded with Russian wheat set sail for Somalia and
			// Burkina Faso": whose the goods are sent them (POLICY §9)
			src, srcHow = o, slot
		}
	}
	if tgt < 0 && code == "042" && a.target < 0 && src >= 0 {
		// "signed a pact in Manila as the ministers visited for talks":
		// a visit with no object is to where the sentence is set
		tgt, tgtHow = s.visited(src)
	}
	spelled := -1 // a role word of the threat's own words, taken as the target only when nothing else is
	if tgt < 0 && s.uprootedObject(a, head, passive) {
		// "migrants were beaten by Croatian police near Bihac": on people of
		// no country, at a place (uprootedvenue.go)
		if tgt, tgtHow = s.objectAfter(a.trig+1, a.end, src, true); tgt >= 0 && s.venueMention(tgt) {
			tgt = -1
		}
		a.taken = a.taken || tgt < 0 // no target, as "fired tear gas at migrants" has none
	} else if tgt < 0 {
		// from the trigger on: a gap may have passed over the object
		// ("expelled Russian diplomats")
		from := a.trig + 1
		if f != nil && a.p == f.p {
			from = f.frameEnd
		}
		if crowdWords[s.toks[a.trig].Lower] {
			// "a few hundred Georgians waving European Union flags
			// protested": up to the verb the words describe the crowd
			from = a.end
		}
		if code.Root() == "14" {
			// "rallied ... for a tenth week against Prime Minister Benjamin
			// Netanyahu's plan", "took to the streets of Havana in protests
			// against the communist government": a protest is against what
			// "against" names, before any place it passes through
			tgt, tgtHow = s.against(a.trig, src)
			if tgt < 0 {
				// "anti-government protests": what "anti-" names in the
				// protest's own words
				tgt, tgtHow = s.antiIn(head, a.end, src)
			}
		}
		if tgt < 0 {
			tgt, tgtHow = s.objectAfter(from, a.end, src, code.Root() != "14")
			if tgt >= 0 && code.Root() == "08" && s.nextVerbBefore(a.end, s.ms[tgt].start) {
				tgt = -1 // "resigned and fled to India" (yieldtarget.go)
			}
			if tgt >= 0 && code == "181" && (s.ms[tgt].prep == "from" || s.ms[tgt].prep == "to") {
				tgt = -1 // "forced a jet flying from Rome to Kyiv to land": where it flew, not whose it is
			}
			if tgt >= 0 && code.Root() == "08" && isWord(s.toks, s.ms[tgt].start-1, "as") {
				tgt = -1 // "resigned as Bolivia's president": the office left, no one yielded to
			}
			if tgt >= 0 && adminSanction(code) && s.ms[tgt].prep == "" && s.commaBetween(a.end, s.ms[tgt].start) {
				// a measure's target is whom it is imposed on, not the subject
				// of the next clause ("imposed a curfew on the city, and
				// Amnesty International said"): none, its own people (protest.go)
				tgt = -1
			}
			if code.Root() == "13" && s.spelledRole(a, tgt) {
				spelled = tgt
				tgt, tgtHow = s.objectAfter(a.end, a.end, src, code.Root() != "14")
			}
		}
		if tgt < 0 && (code.Root() == "07" || code == "0871") {
			// aid goes where it is given ("provided aid to people in
			// Yemen"), a ceasefire holds where it is declared ("declared a
			// ceasefire in Yemen", the codebook's target for 0871)
			tgt, tgtHow = s.placeIn(from, src)
		}
		if tgt < 0 && (code.Root() >= "18" || code == "1712") {
			// force against places: "bombed targets in southern Lebanon"
			// strikes Lebanon, and "blew up a railway track in Balochistan"
			// destroys Pakistan's property
			tgt, tgtHow = s.placeAfter(from, src)
		}
		if tgt < 0 && code == "1712" {
			tgt, tgtHow = s.participlePlace(a, src) // politics.go
		}
	}
	if tgt >= 0 && code.Root() == "07" {
		if c := s.operationIn(tgt); c >= 0 {
			tgt = c // "donated $1 million to the World Food Program in Afghanistan": aid to Afghanistan
		}
	}
	if tgt < 0 && src >= 0 {
		// "sentenced Bolsonaro to 27 years, a ruling Washington condemned":
		// the noun that sums up the clause before is the object, and that
		// clause's subject is whom the act is against
		if c := s.summaryObject(head, src); c > 0 {
			if mi := s.reactedTo(c, src); mi >= 0 {
				tgt, tgtHow = mi, earlier
			} else if mi, _ := s.subject(c, src); mi >= 0 {
				tgt, tgtHow = mi, earlier
			}
		} else if r := code.Root(); (r == "11" || r == "13" || r == "16") && s.prompted(head) || r == "16" && s.inResponse(a.end) {
			// "fired a missile over Japan, prompting Tokyo to lodge a
			// protest": the protest is against who fired it; and so is a
			// cut in ties that answers an act ("..., and Mexico recalled
			// its envoy in response")
			if mi := s.reactedTo(head, src); mi >= 0 {
				tgt, tgtHow = mi, earlier
			}
		}
	}
	if tgt < 0 && src >= 0 {
		tgt, tgtHow = s.drawnFrom(a.trig, src, tgt, tgtHow) // bind8: "the arrest ... drew protests from Paris" (drawnfrom.go)
	}
	if (tgt < 0 || s.ownPronoun(tgt, src)) && src >= 0 && code.Root() == "13" && !s.participial(head) {
		// "seized a British tanker, and Britain warned of serious
		// consequences if it was not released": whom the warning answers
		// (answered.go); a participle after a report (", a spokesman
		// said, vowing to retaliate") is the speaker's, found by spokenBy
		if mi := s.answeredBy(a.trig, src); mi >= 0 {
			tgt, tgtHow = mi, earlier
		}
	}
	if tgt < 0 && spelled >= 0 {
		tgt, tgtHow = spelled, after // "threatened to resume terrorist attacks in Israel"
	}
	if r := code.Root(); r == "11" || r == "14" {
		// "condemned an arms package for Taiwan that Washington approved":
		// a disapproval of an act is against who did it (POLICY §7)
		if d := s.actsDoer(a.end, src); d >= 0 {
			tgt, tgtHow = d, slot
		} else if d := s.actsAdjective(a, src); d >= 0 && r == "11" {
			tgt, tgtHow = d, slot // "condemned the Russian invasion of Ukraine": Russia's
		}
	}
	if tgt >= 0 {
		// "attacked Chad, Nigerien officials said": Chad, not the officials
		tgt = s.withoutReporter(a, tgt)
		tgt = s.seizedGoodsOwner(a, code, tgt) // actors7: "seized Iranian oil from a tanker off Singapore" (seizedgoods.go)
	}
	if tgt == owner && owner >= 0 {
		tgt = -1 // "was attacked by Yemen's Houthis": the agent's own country is not its target
	}
	if tgt >= 0 && code.Root() >= "18" {
		if o := s.facilityOwner(a.trig+1, s.ms[tgt].start, src); o >= 0 && !s.selfPronoun(o, src) {
			tgt = o
		}
		if o := s.namedVictims(a.trig, tgt, src); o >= 0 {
			tgt = o
		}
		if src >= 0 && s.ms[src].start < a.trig {
			tgt = s.hostedTroops(tgt, src)
		}
	}
	if tgt >= 0 && code.Root() >= "18" && s.selfPronoun(tgt, src) {
		tgt = -1
	}
	if src >= 0 && srcHow != slot && s.toks[a.trig].Lemma == "riot" && s.toks[a.trig].Lower != "rioted" && repressionRoles[role(s.ms[src].members[0])] {
		// "police arrested 1,311 people as rioting raged": police hold no
		// riot; the rioters are people of the police's country
		crowd = true
	}
	if src >= 0 && code.Root() == "14" && s.toks[a.trig].Lemma == "march" && (s.festive(a.trig) || stateBodies[role(s.ms[src].members[0])]) {
		return s.none(a, "festive"), srcHow // "troops marched in a military parade": a march that protests nothing
	}
	if code == "074" && src >= 0 && len(s.ms[src].members) > 0 && !s.forceIn(a) && !s.forceNoun(s.ms[src].members[0]) {
		if !s.reliefNoun(s.ms[src].members[0]) {
			return s.none(a, "people-sent"), srcHow // "children were sent to Russia", "were freed and flown to Niamey": people sent, no force
		}
		code = "073" // "Cuban doctors were sent to Italy": relief
	}
	if src >= 0 && f == nil && s.unclaimedBomb(a, code) && (s.victims(src, a.trig) || s.ms[src].start > a.trig && s.ms[src].start < a.end && s.ms[src].prep != "by") {
		// "four soldiers were killed by a roadside bomb", "a car bomb
		// exploded inside the police academy": whom or whose site a bomb hit
		if tgt < 0 || s.victims(src, a.trig) {
			tgt = src
		}
		src = -1
	}
	unclaimed := src < 0 && f == nil && s.unclaimedBomb(a, code)
	if unclaimed {
		// "a car bomb exploded outside a hotel in Mogadishu": where it went off
		if src, srcHow = s.bombSite(a.trig+1), slot; tgt == src && src >= 0 && s.placeLike(src) {
			tgt = -1 // the place is no target; the people in it are ("killed nine people in Mogadishu")
		}
	}
	if src < 0 && f == nil {
		if ps := s.attemptFromPlace(a, tgt, code, conf); ps != nil {
			return ps, slot // "an attempt to assassinate the governor was foiled in Kandahar" (attempts.go)
		}
	}
	if src >= 0 && srcHow != slot && code.Root() == "14" && a.p.Solo && s.nominalAfterPrep(a) {
		// "declared a state of emergency after rioting in Port Moresby
		// killed 15 people": a riot that is the subject of a clause of its
		// own is its place's people's (riotclause.go)
		if pl := s.riotClauseSite(a); pl >= 0 {
			src, srcHow, crowd = pl, slot, true
			if tgt == pl || tgt >= 0 && s.verbBetween(a.end, s.ms[tgt].start) {
				tgt = -1 // "rioting in Lae killed 15 people": the dead are the riot's toll, not whom it is against (unrest.go)
			}
		}
	}
	if src < 0 && f == nil {
		if ps := s.measureOfPlace(a, tgt, code, conf); ps != nil {
			return ps, slot // coerce11: "a curfew was imposed in Dhaka" (measureplace.go)
		}
	}
	if src < 0 {
		// "the ministry, in a statement on its website late on Sunday,
		// accused Ankara": the trigger's subject in the parse (parsebind.go)
		if src = s.parsedSource(a.trig, tgt, code); src >= 0 {
			srcHow = parsed
		}
	}
	if src < 0 || srcHow != slot && code.Root() == "14" && a.p.Solo && s.nominalAfterPrep(a) {
		return s.none(a, noSourceWhy(src)), srcHow // "stayed in office despite weeks of protests": the subject is not the protester
	}
	if tgt < 0 && !a.p.Solo {
		// parsebind2: "the boat, which ..., was rammed by a Chinese coast
		// guard vessel": the passive's subject (passivetarget.go)
		if tgt = s.parsedObject(a.trig, src); tgt >= 0 {
			tgtHow = parsed
		}
	}
	if s.joinsPeople(a, code, tgt) {
		return nil, srcHow // parsebind2: "arrived in Haiti, joining 40 Jamaican soldiers" (joinpeople.go)
	}
	conf -= howPenalty[srcHow] + howPenalty[tgtHow] + s.refPenalty(src) + s.refPenalty(tgt)
	// an intention, refusal or demand goes one way: "refused to sign a
	// treaty with Ukraine" is Russia's refusal, not Ukraine's
	recip := a.p.Recip && (f == nil || tgt < 0) || tgt < 0 && s.eachOther(a.trig)
	if src >= 0 && len(s.ms[src].members) >= 2 && isWord(s.toks, s.ms[src].end, "each") && (tgt < 0 || tgtHow != slot) {
		// "Russia and Ukraine each freed 390 prisoners": each side acts on
		// the other, unless the pattern names whom ("each sent troops to Mali")
		tgt, recip = -1, true
	}
	if (recip || a.p.Recip) && tgtHow == after && len(s.ms[src].members) >= 2 {
		// "Xi and Biden held talks on the sidelines of the APEC summit": the
		// list meets; so it does when it only will ("Trump and Abe will
		// meet at the White House" is no meeting with the White House)
		tgt, recip = -1, true
	}
	if tgtHow == after && src >= 0 && tgt >= 0 && len(s.ms[src].members) >= 2 && code.Root() == "08" && s.ms[tgt].prep == "in" && s.ms[tgt].kind == mPlace &&
		placeOfMember(&s.ms[tgt], &s.ms[src]) {
		// "Israel and Hamas agreed to a ceasefire in Gaza": the list yields
		// to each other; the place, in one side's country, is where, no
		// party (POLICY section 16); outsiders' truce "in Darfur" is on Sudan
		tgt, recip = -1, true
	}
	if a.p.Recip && src >= 0 && tgt >= 0 && len(s.ms[src].members) >= 2 && s.ms[tgt].prep == "with" && s.withAtVenue(a.trig, s.ms[tgt].start) {
		// "Congo and Rwanda signed a peace agreement at a ceremony with
		// Rubio": the list signs with itself; ceremonyHosts makes whoever
		// the place had the host of each one's visit
		tgt, recip = -1, true
	}
	if tgtHow == after && src >= 0 && tgt >= 0 && len(s.ms[src].members) >= 2 && code.Root() >= "03" && code.Root() <= "08" &&
		(hasPunct(s.toks[a.trig:s.ms[tgt].start], ",") || s.ms[tgt].kind == mImplied) {
		// and not with a role word whose country only the context gives:
		// "Sudan and South Sudan agreed to stop all military action along the border"
		tgt = -1 // "Israel and Hamas agreed to extend their truce, Qatar said": with each other, not with who tells it
	}
	// a frame states something of its source alone: "Iraq promised to
	// democratize", "Serbia refused to comment"
	// an appeal may have no addressee ("called for restraint"), as in GDELT
	// and ICEWS
	// and so may a threat the verb "threaten" spells ("Iran threatened to
	// close the strait")
	solo := a.p.Solo || f != nil && f.p.Frame != Future || a.p.Frame != "" || code.Root() == "02" ||
		code.Root() == "13" && s.threatAlone(a.trig)
	if tgt >= 0 && (code == "180" || code.Root() == "19" && code >= "190" && code <= "195" && code != "191" && code != "192") && s.lethal(a) && (s.headOfState(tgt) || s.officeHolder(tgt)) {
		// "gunmen shot dead President Jovenel Moise", "killed the group's
		// leader in an air strike": an assassination, whatever the weapon
		code = "186"
	} else if tgt >= 0 && (code == "180" || code == "193") && s.headOfState(tgt) && !s.stateForce(src) {
		// "a gunman shot and wounded the prime minister": an attempt on a
		// leader's life that did not kill is the codebook's 185; a state's
		// forces that fire on a president's convoy fight (193)
		code = "185"
	}
	if k := s.labelledAct(a, src, tgt); k >= 0 {
		tgt = k // "condemned the seizure, calling it an act of piracy": the seizure's doer (reaction.go)
	}
	if a.taken {
		// "fired tear gas at migrants": no country's people, no target
		if s.clauseNoun(a) {
			return s.none(a, "migrants"), slot // "as a crackdown on migrants gathered pace" (migrants.go)
		}
		tgt, solo = -1, true
	}
	ps := pairs(s, src, tgt, a, code, conf, recip, solo || unclaimed)
	if unclaimed {
		ps = bombedPeople(ps) // the place's country against its people
	}
	for i := range ps {
		if ps[i].code == "130" && armedRoles[role(ps[i].src)] {
			// "the group vowed that Israel would face punishment": an
			// army or an armed group has force to punish with
			ps[i].code = "138"
		}
		if ps[i].code == "138" && role(ps[i].src) == "LAB" {
			// "unions threatened a strike against the government": a
			// union has no force, and its strike is a walkout
			ps[i].code = "133"
		}
	}
	if police {
		for i := range ps {
			ps[i].src.code, ps[i].src.person = ps[i].src.country+"COP", nil
		}
	}
	if crowd {
		for i := range ps {
			ps[i].src.code, ps[i].src.person = ps[i].src.country+"CVL", nil
			if !ps[i].hasTgt && tgt >= 0 && len(s.ms[tgt].members) == 1 {
				// "anti-government protests spread across Kenya": the
				// people of Kenya against its government, no longer one
				// actor with it
				ps[i].tgt, ps[i].hasTgt = s.ms[tgt].members[0], true
			}
		}
	}
	return ps, srcHow
}

// placeOfMember reports whether the place a mention names is in the
// country of one of a list's members.
func placeOfMember(place, list *mention) bool {
	for _, p := range place.members {
		for _, m := range list.members {
			if p.country != "" && p.country == m.country {
				return true
			}
		}
	}
	return false
}
