package coder

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// Coder codes documents into events with one lexicon.
type Coder struct {
	lx *lexicon.Lexicon
}

var _ dyad.Explainer = (*Coder)(nil)

// New returns a coder that uses lx.
func New(lx *lexicon.Lexicon) *Coder { return &Coder{lx: lx} }

// Lexicon returns the coder's knowledge.
func (c *Coder) Lexicon() *lexicon.Lexicon { return c.lx }

// docCtx is what a document's earlier sentences tell the later ones.
type docCtx struct {
	doc       time.Time // zero when the document has no date
	docWhen   when
	lastYear  int
	lastDay   when     // the day the latest sentence dated to a day is of, for "the following day" after it
	lastDayAt int      // the index of that sentence
	recent    []member // distinct countries, latest first
	parties   []member // the same, named as parties: not places, not after a preposition of place
	subject   []member // the subject of the latest sentence that had one
	subjectAt int      // the index of that sentence
	last      *lastEvent
	events    []*lastEvent    // every event of the document so far, one per sentence and code
	dated     map[string]when // events of explicitly dated sentences, by source, target and code
	sentence  int             // the index of the sentence being coded

	text     string // the document's text
	home     string // the document's country, once homeDone
	homeFrom string // fromDateline or fromDocument
	homeDone bool
	lineDone bool   // drops: beside homeDone, so that docCtx keeps its size with drops
	lineHome string // the country of the document's dateline, once lineDone

	names  map[string]member // people named so far, by the first and last words of their names
	people []member          // the people the latest sentence named by name, for a later "he" or "she"
	group  member            // the non-state group named last, for "the group"
	bodies map[string]member // the coalition and the alliance named last (coalition.go)

	// the events of the sentence being coded, by the token their words
	// start at, while it is coded again for a reference back to one of
	// them ("halted the transit, and Moscow denounced the move")
	here []hereEvent

	// toks is the storage of the tokens of the sentence being coded, which
	// the next sentence reuses: nothing keeps a sentence's tokens after it
	// is coded (events keep offsets and strings, never tokens).
	toks  []text.Token
	facts []wordFacts // the same for what the lexicon says of its words (wordfacts.go)
	raws  []raw       // the same for the dictionary hits of the sentence (scan)
	memo  *wordMemo   // the facts of words of documents coded before, or nil
	// speed7: the same for dominant, which reads the whole document while a sentence is coded
	scanToks  []text.Token
	scanFacts []wordFacts

	drops *dropLog // drops: Explain's log of the acts a sentence let go, nil when coding (drops.go)
}

type hereEvent struct {
	at int
	e  *lastEvent
}

type lastEvent struct {
	src, tgt []member
	code     dyad.EventCode
	date     when
	sentence int
	mutual   bool // coded both ways (a meeting, a pact): its target is a party too
}

// lastEventSides is a lastEvent with the storage of its one source and
// target, so that each event the document remembers is one allocation,
// not three.
type lastEventSides struct {
	lastEvent
	sides [2]member
}

// newLastEvent returns the lastEvent of p's code, with p's source, and its
// target when tgt: each a slice of one member, capped, as []member{...}
// makes it.
func newLastEvent(p proto, tgt bool) *lastEvent {
	b := &lastEventSides{sides: [2]member{p.src, p.tgt}}
	b.src, b.code = b.sides[0:1:1], p.code
	if tgt {
		b.tgt = b.sides[1:2:2]
	}
	return &b.lastEvent
}

// mutual reports whether protos holds p's reverse: the same action of its
// target on its source.
func mutual(protos []proto, p proto) bool {
	for _, q := range protos {
		if p.hasTgt && q.hasTgt && q.code == p.code && q.src.code == p.tgt.code && q.tgt.code == p.src.code {
			return true
		}
	}
	return false
}

// lastOf returns the latest event whose code starts with one of prefixes:
// of the sentence being coded, before token i, else of the document.
func (ctx *docCtx) lastOf(prefixes []string, i int) *lastEvent {
	for k := len(ctx.here) - 1; k >= 0; k-- {
		for _, p := range prefixes {
			if ctx.here[k].at < i && strings.HasPrefix(string(ctx.here[k].e.code), p) {
				return ctx.here[k].e
			}
		}
	}
	for i := len(ctx.events) - 1; i >= 0; i-- {
		for _, p := range prefixes {
			if strings.HasPrefix(string(ctx.events[i].code), p) {
				return ctx.events[i]
			}
		}
	}
	return nil
}

// lastTwo returns the two countries named most recently.
func (ctx *docCtx) lastTwo() []member {
	if len(ctx.recent) < 2 {
		return nil
	}
	return ctx.recent[:2]
}

// lastN returns the n countries the document named last as parties, not
// as places ("met ... in Singapore. The three ministers"), or nil.
func (ctx *docCtx) lastN(n int) []member {
	if len(ctx.parties) < n {
		return nil
	}
	return ctx.parties[:n]
}

func (ctx *docCtx) remember(m member) { ctx.recent = recall(ctx.recent, m) }

// recall moves m's country to the front of recent, the countries a
// document named last (at most eight), and returns it.
func recall(recent []member, m member) []member {
	if m.country == "" {
		return recent
	}
	// move the country to the front, in place
	i := 0
	for i < len(recent) && recent[i].country != m.country {
		i++
	}
	if i == len(recent) {
		if len(recent) < 8 {
			recent = append(recent, member{})
		} else {
			i = len(recent) - 1
		}
	}
	copy(recent[1:i+1], recent[:i])
	recent[0] = member{country: m.country, name: m.name, code: m.country}
	return recent
}

// known reports whether the document has a date.
func (ctx *docCtx) known() bool { return !ctx.doc.IsZero() }

func newDocCtx(doc dyad.Document) *docCtx {
	date := doc.Date
	ctx := &docCtx{dated: map[string]when{}, text: doc.Text}
	if t, err := time.Parse("2006-01-02", date); err == nil {
		ctx.doc = t
		ctx.docWhen = dayOf(t)
		ctx.lastYear = t.Year()
	}
	return ctx
}

// Code returns the events of doc in the order of its sentences. It never
// fails: text it cannot code gives no events.
func (c *Coder) Code(doc dyad.Document) []dyad.Event {
	var out []dyad.Event
	ctx := newDocCtx(doc)
	bufs := borrowBufs(ctx)
	for si, sp := range Sentences(doc.Text) {
		out = c.codeSentence(doc, si, [2]int(sp), ctx, out)
	}
	bufs.release(ctx)
	return out
}

// Sentences returns the spans of the sentences c codes in a text (those of
// the package function Sentences).
func (c *Coder) Sentences(text string) []dyad.Span { return Sentences(text) }

// Sentences returns the spans of the sentences the coder codes in a text,
// in order: an event's Sentence indexes this list.
func Sentences(doc string) []dyad.Span {
	var out []dyad.Span
	for _, sp := range text.Sentences(doc) {
		for _, part := range chunks(doc, sp) {
			out = append(out, dyad.Span(part))
		}
	}
	return out
}

// MaxSentence is the longest stretch of text, in bytes, coded as one
// sentence. Longer runs without a sentence break (tables, lists, garbage) are
// cut at white space, which keeps the coder linear in the length of any input.
const MaxSentence = 2048

func chunks(doc string, sp [2]int) [][2]int {
	var out [][2]int
	for sp[1]-sp[0] > MaxSentence {
		cut := sp[0] + MaxSentence
		for k := cut; k > sp[0]+MaxSentence/2; k-- {
			if doc[k] == ' ' || doc[k] == '\n' {
				cut = k
				break
			}
		}
		for cut < sp[1] && !utf8.RuneStart(doc[cut]) {
			cut++
		}
		out = append(out, [2]int{sp[0], cut})
		sp[0] = cut
		for sp[0] < sp[1] && (doc[sp[0]] == ' ' || doc[sp[0]] == '\n') {
			sp[0]++
		}
	}
	if sp[1] > sp[0] {
		out = append(out, sp)
	}
	return out
}

// prepare tokenizes the sentence at sp, marks its time phrases and clauses
// (pre), and dates it: with its own time expression (dated), else the
// document's date.
func (c *Coder) prepare(doc dyad.Document, sp [2]int, ctx *docCtx) (stext string, toks []text.Token, pre lexed, w when, dated bool, xs []timex) {
	stext = doc.Text[sp[0]:sp[1]]
	toks = text.AppendTokens(slices.Grow(ctx.toks[:0], len(stext)/5+4), stext, 0) // as Tokenize sizes it
	ctx.toks = toks
	ctx.facts = lemmatize(c.lx, toks, ctx.memo, ctx.facts[:0])
	c.recaseFacts(toks, ctx.facts)
	pre = lex(toks)
	pre.facts = ctx.facts
	xs = times(toks, pre, ctx)
	w, dated = sentenceDate(xs)
	if !dated {
		w = ctx.docWhen
		if d, ok := returnedDay(toks, ctx); ok {
			w = d // "Israel released 39 prisoners in return": the day of the release before
		}
	}
	if w.unsure {
		dated = false // "since the war began": earlier events may date it better
	}
	return stext, toks, pre, w, dated, xs
}

// recoders are the passes recode applies to a sentence's events, in this
// order, each giving events the kind their participants make of them.
var recoders = []func(*sentence, []proto) []proto{
	damageOfForce,       // ", damaging apartment blocks" is a strike's result, no act of its own (damage.go)
	incidentInfinitives, // "the latest kidnapping to hit schools" sums up an act, and does none (relative.go)
	supporters,          // "supporters of ousted president Pedro Castillo" are a crowd (supporters.go)
	ownCrowds,           // a crowd the document's country alone names is the repressing state's (ownprisoners.go)
	demonstrations,      // force against demonstrators, and the demonstration it tells
	protestSites,        // force against a rally or a protest camp, and the rally it tells (protestsite.go)
	func(_ *sentence, ps []proto) []proto { return crackdowns(ps) }, // a clash with protesters
	riots,             // a crowd's or workers' force
	participleDemands, // what a protesting crowd's participle demands (protestsite.go)
	settlerSides,      // settlers of the West Bank are Israel's (settlerside.go, actors6)
	settlers,          // settlers who burn homes destroy property, no riot (settlers.go)
	captives,          // a capture of people
	armed,             // force whose weapons "with" names
	weaponed,          // force whose weapon its subject, verb or adjuncts name (weaponkinds.go)
	landings,          // a weapon's landing in waters is a show of force (landed.go)
	improvised,        // bombs planted or thrown (183)
	underFire,         // "came under fire"
	strikeVictims,     // "were killed in a Saudi air strike": the victims are its target (strikevictims.go)
	repressions,       // force police or troops use on a crowd
	func(_ *sentence, ps []proto) []proto { return truces(ps) }, // a truce with the foe its source fights
	irregulars,       // gunmen's and gangs' force on civilians (180)
	bombings,         // a bombing by its bomb's kind
	jointActs,        // the cooperation a joint act of two countries' forces is
	withVerdict,      // a sentence that a verdict carries
	courtsGovernment, // a national court's finding against "the government" (courtruling.go)
	measures,         // two emergency measures under one verb
	imposedBefore,    // "lifted martial law, hours after declaring it": its imposition too (measures.go)
	outlawed,         // groups and parties banned
	seizedThings,     // property seized (1711)
	smuggledFrom,     // property seized whose sender a smuggling clause names (smuggled.go)
	aidGiver,         // an opening for aid lets in the body whose aid it is (aidaccess.go)
	raids,            // forcing a way into or raiding an embassy (1711)
	hijacked,         // vehicles and people hijacked or taken hostage (181)
	seizedShips,      // a ship or an aircraft seized is hijacked (181, seizedships.go)
	boardings,        // an armed side's boarding of a vessel, against whose it is (boarded.go)
	seizedNamedShip,  // "seizing the ship" named before is against whose it is (thevessel.go)
	hostages,         // hostages taken "to" a place are the attacked side's (hostages.go)
	stormedToTake,    // a storming that only abducts or arrests is their way in (hostages.go)
	accusedNoDoer,    // the accused named after an act is no doer of it (accusednodoer.go)
	accusedRelatives, // "deported 40 Colombians it accused of smuggling": the charge too (accusedrel.go)
	bareCounts,       // "expelled 13 and": a bare number counts the people of the expulsion before (barecount.go)
	countedArrests,   // ", detaining dozens": the crowd repressed, or the state's own people (barecount.go)
	gapped,           // a gapped clause repeats its act for each party it names with an amount (ellipsis.go)
	eachSide,         // "freed by each side": each frees the other's people (ellipsis.go)
	custodyKinds,     // the parties of people held, moved and freed
	fled,             // a people crossing a border occupies nothing (fled.go)
	speakersAct,      // "X said after meeting Y": the speaker's act (speakerafter.go)
	otherState,       // a role word the context gave the other side's own country (otherstate.go)
	madeOfCalled,     // a demand made on a call is made of the one called (demandedof.go)
	includedEased,    // the parts an easing lists after ", including" (includedparts.go)
	meetingAside,     // ", meeting in Abuja," names no party after its comma (meetingaside.go)
	// rootpick
	orderedForces, // a state's order to its own army or police mobilises them (orderedforces.go)
	orderedBans,   // rootpick7: a state's order to its own schools, firms or media to bar or close (orderedbans.go)
	drillForce,    // rootpick7: force told as drills is a show of force (drillforce.go)
}

// recode gives the events of a sentence the kinds their participants make
// of them (recoders).
func recode(s *sentence, ps []proto) []proto {
	s.pass("bind's last passes", ps) // drops
	for i, r := range recoders {
		ps = r(s, ps)
		s.passed(i, ps) // drops
	}
	return ps
}

func (c *Coder) codeSentence(doc dyad.Document, si int, sp [2]int, ctx *docCtx, out []dyad.Event) []dyad.Event {
	ctx.sentence = si
	stext, toks, pre, w, dated, xs := c.prepare(doc, sp, ctx)
	ms := c.mentions(toks, pre, w.start, ctx)
	s := newSentence(c.lx, toks, ms, pre)
	s.drops = ctx.drops // drops
	// noparties9: the arrester of a passive arrest after it (arrestedbypolice.go)
	s.prevPolice, s.prevActed = priorPolice(ctx)
	acts, frames := s.matches(c.lx)
	protos := recode(s, c.bind(s, acts, frames))
	if len(protos) > 0 && refersBack(toks) {
		// "Lithuania halted the rail transit, and Moscow denounced the
		// move": code again with this sentence's events to refer to
		for _, p := range protos {
			if len(p.words) > 0 {
				le := newLastEvent(p, p.hasTgt)
				le.sentence, le.mutual = si, mutual(protos, p)
				if joinedAct(ctx.here, le, p.words[0]) {
					continue // "Spain and Norway recognised Kosovo": one act of both
				}
				ctx.here = append(ctx.here, hereEvent{at: p.words[0], e: le})
			}
		}
		ms = c.mentions(toks, pre, w.start, ctx)
		tree := s.tree // speed7: the same words, so the same parse
		s.release()
		s = newSentence(c.lx, toks, ms, pre)
		s.drops = ctx.drops // drops: what the first binding dropped is bound again
		// noparties9: as above
		s.prevPolice, s.prevActed = priorPolice(ctx)
		s.drops.reset()
		s.tree = tree
		acts, frames = s.matches(c.lx)
		protos = recode(s, c.bind(s, acts, frames))
		ctx.here = ctx.here[:0]
	}
	protos = absolutes(s, acts, frames, protos)
	s.pass("absolutes", protos) // drops
	protos = evacuatedFrom(s, statements(s, aims(s, deniedCharges(s, restated(s, retreats(s, c.postures(s, consequences(s, protos))))))))
	protos = deniedBefore(ctx, protos) // noparties9: a denial of an accusation told before (deniedbefore.go)
	protos = downedPassive(s, protos)  // noparties9: a downing in the passive, by whom reports it (downedpassive.go)
	/* drops */ s.pass("consequences..evacuatedFrom", protos)
	protos = whomTargets(s, protos) // objectgap.go
	protos = cutsAnswer(s, protos)  // reaction.go
	protos = heldAtHome(s, protos)  // ownpeople.go
	/* drops */ s.pass("whomTargets..heldAtHome", protos)
	protos = ownPrisoners(s, protos)
	s.pass("ownPrisoners", protos) // drops
	// verbal6: a charge told by a participle after its act (chargeafter.go)
	charged := len(protos)
	if protos = chargeAfter(s, acts, protos); len(protos) > charged {
		// rootpick7: and the denial of a charge it added (", saying it had
		// violated its airspace, a charge Ankara denied")
		protos = deniedCharges(s, protos)
	}
	s.pass("chargeAfter", protos) // drops
	protos = c.receivedBack(s, c.swapHalves(s, protos))
	s.pass("swapHalves..receivedBack", protos) // drops
	protos = append(protos, c.undone(s, protos, frames)...)
	protos = s.partners(c.shipments(s, protos))
	s.pass("shipments..partners", protos) // drops
	protos = carriedAboard(s, protos)     // flows7: the jet people flew on is no arms given (aboard.go)
	s.pass("carriedAboard", protos)       // drops
	qs := elidedAmounts(s, stext, c.quantities(stext, toks), protos)
	sites := c.referred(s, earlierLegs(toks, c.routeEnds(s, c.namedSquares(s, c.described(s, sidesOf(toks, namedFacilities(toks, c.sites(toks, s.facts)))))))) // attrs6: squares.go, routeends.go
	sites = c.namedCrossings(s, sites)                                                                                                                         // qty12: crossings.go
	protos = append(protos, c.unfrozen(s, protos)...)
	protos = append(protos, c.relativeCuts(s, protos)...)
	protos = append(protos, c.flows(s, frames, sites, qs, protos, ctx, dated)...)
	protos = append(protos, c.deportCarriers(s, sites, qs, protos)...) // flows7: "planes carrying 160 deported Guatemalans" (deported.go)
	protos = append(protos, pledgedShares(s, protos)...)
	protos = mediators(s, append(protos, talks(s, protos, xs, ctx)...))
	/* drops */ s.pass("talks..mediators", protos)
	protos = spellsOfFighting(s, protos)                                  // rootpick: "after six weeks of fighting" tells no new force (spells.go)
	protos = asylumArrivals(s, append(protos, travelTalks(s, protos)...)) // asylum.go
	protos = append(protos, visitingGuests(s, protos)...)                 // coop6: visitingguest.go
	protos = append(protos, signedToo(s, protos)...)                      // signedtoo.go
	protos = append(protos, launchedBy(s, protos)...)                     // launchedby.go
	protos = withdrawCrossings(s, agreedTerms(strangerActs(protos)))      // agreedterms.go, withdrawroute.go
	/* drops */ s.pass("spellsOfFighting..withdrawCrossings", protos)
	first := len(out)
	// the sentence's events, about one a proto, in one growth
	out = slices.Grow(out, len(protos))
	var trigs []int // the first word of each event from first on, -1 for none
	starts := make([]int, 0, len(acts)+len(protos))
	for _, a := range acts {
		starts = append(starts, a.trig)
	}
	for _, p := range protos {
		if len(p.words) > 0 {
			starts = append(starts, p.words[0])
		}
	}
	s.starts = starts
	seen := map[string]bool{}  // events of this sentence, by actors, code and date
	kept := map[string]int{}   // the index in out of the event of each key of seen
	repeated := map[int]bool{} // the first words of untargeted actions that repeat a targeted one
	add := func(p proto, ew when, edated bool, q *dyad.Quantity) {
		key := p.src.code + " " + p.tgt.code + " " + string(p.code)
		switch prior, ok := ctx.dated[key]; {
		case edated:
			ctx.dated[key] = ew
		case ok:
			ew = prior // "Putin's visit to North Korea" again: the visit dated before
		case p.viaEvent && ctx.last != nil:
			ew = ctx.last.date
		}
		loc := c.locate(s, sites, p)
		switch l := placeFrom(sites, p.place-1); {
		case p.place > 0 && l != nil:
			loc = l // a gapped clause's own place
		case p.place < 0:
			loc = nil // another country's own act, told in a gapped clause: not the first act's place
		}
		if s.placeOfLaterAct(sites, p, loc, starts) {
			loc = nil // "declared martial law after accusing Azerbaijan of shelling villages in Karabakh" (measureplace.go)
		}
		p.code = metAway(p, loc)
		p = c.ethnicAbroad(toks, p, loc)
		p = c.addressee(toks, s.ms, c.curfewAbroad(p, loc), loc)
		e := c.record(doc, si, sp, stext, toks, p, ew)
		e.Quantity = q
		e.Location = loc
		out = append(out, e)
		trigs = append(trigs, wordAt(p.words))
	}
	for _, p := range protos {
		if len(p.words) > 0 && !p.hasTgt && repeated[p.words[0]] {
			// lost9: drops (vanish.go)
			s.pendProto(p, "repeat")
			continue // "after launching 20 on Monday": told as an occurrence of the targeted action
		}
		p.code = moneyAid(s, qs, p)
		ew, edated, own := w, dated, -1
		if len(p.words) > 0 && len(xs) > 0 {
			tw := s.timeWords(p) // a pledge in a relative clause on its goods (pledged.go)
			own = s.ownTime(xs, tw, p.frame, starts)
			if ew, edated = s.clauseDate(xs, tw, p.frame, starts, p.code, ctx, w, dated); ew.unsure {
				edated = false
			}
		}
		ew = s.visitSpan(p, lasted(ew, p.days)) // visitspan.go
		ew = s.begunSpan(p, xs, ew, ctx)        // begunspan.go
		// one event for each date: the same action of the same actors on
		// another day is another event
		key := p.src.code + " " + p.tgt.code + " " + string(p.code) + " " + ew.iso
		if p.place > 0 {
			key += " @" + strconv.Itoa(p.place) // the same act at another place (ellipsis.go)
		}
		if seen[key] {
			s.pendProto(p, "merged") // lost9: drops: the same event as one before (vanish.go)
			// "dissolved the party and banned 118 of its members": one event
			// of two actions, with the amount the other action carries
			if k, ok := kept[key]; ok && out[k].Quantity == nil && len(p.words) > 0 {
				out[k].Quantity = quantityFor(s, qs, p.words, p.code, protos)
			}
			continue
		}
		seen[key] = true
		kept[key] = len(out)
		var reps []occurrence
		if len(p.words) > 0 {
			reps = s.repeats(xs, own, p.words, untargeted(protos, p), qs, func(mi int) bool { return s.sameActor(mi, p) })
		}
		mine := qs
		if len(reps) > 0 {
			mine = withoutOccurrences(qs, reps) // each occurrence has its own amount
		}
		var q *dyad.Quantity
		if len(p.words) > 0 {
			q = quantityFor(s, mine, p.words, p.code, protos)
			q = c.counted(s, mine, p, q)
			q = s.respective(mine, p, q)
			if q == nil {
				q = pronounAmount(s, mine, p.words) // "... and seized them"
			}
			if q == nil {
				q = seizedCargo(s, mine, p.words[0], p.code, protos) // "seized the tanker, which was carrying 145,000 tonnes of crude" (cargo.go)
			}
		}
		if p.amount != 0 {
			q = amountOf(qs, p.amount-1) // a gapped clause's own amount, or none
		}
		add(p, ew, edated, q)
		for _, o := range reps {
			r := p
			r.words = o.words
			r.conf -= 0.05
			rw := s.timeAt(xs, o.x, ctx)
			if ctx.known() && rw.start > ctx.docWhen.start {
				continue // "met on Saturday and agreed to meet again next week": not yet an event
			}
			rkey := p.src.code + " " + p.tgt.code + " " + string(p.code) + " " + rw.iso
			if seen[rkey] {
				continue
			}
			seen[rkey] = true
			repeated[o.words[0]] = true
			add(r, rw, true, s.occurrenceAmount(stext, o, q, p.code))
		}
	}
	if c.partRoutes(s, sites, qs, out[first:], trigs) {
		// each report of a movement has its own way
	} else if rt := route(toks, ownMovement(toks, c.withCountries(toks, sites, ms)), qs); rt != nil {
		attachRoute(out, first, rt)
	} else {
		c.viaRoutes(out[first:], sites)
	}
	c.thirdCountryRoutes(s, out[first:], trigs)
	c.homeRoutes(s, out[first:], trigs) // homeroutes.go
	c.borderRoutes(s, sites, out[first:], trigs)
	participlePlaces(s, out[first:], trigs)
	sceneClauses(s, out[first:], trigs) // whereempty8: "..., as police fired tear gas" there (sceneclause.go)
	afterScene(s, out[first:], trigs)   // whereempty8: "arrested 30 after protesters burned tyres in Dakar" (sceneclause.go)
	takenRoutes(toks, c.withCountries(toks, sites, ms), out[first:], trigs)
	c.divertedRoutes(s, sites, out[first:]) // flows7: a flight forced down went from its start to where it landed (diverted.go)
	atVisit(out[first:])
	sharedVenue(out[first:])
	c.visitCity(out[first:]) // visitcity.go
	// what later sentences may refer to
	if dated && w.year > 0 {
		ctx.lastYear = w.year
	}
	if dated && len(w.iso) == 10 {
		ctx.lastDay, ctx.lastDayAt = w, ctx.sentence
	}
	for _, m := range ms {
		if m.kind == mFull || m.kind == mPlace {
			for _, mb := range m.members {
				ctx.remember(mb)
				if m.kind == mFull && !locatives[m.prep] {
					ctx.parties = recall(ctx.parties, mb)
				}
			}
		}
	}
	rememberNames(toks, ms, ctx)
	ctx.people = namedPeople(ms, ctx.people[:0])
	rememberGroup(ms, ctx)
	rememberBodies(toks, ms, ctx)
	if mi, _ := s.subject(len(toks), -1); mi >= 0 && len(protos) == 0 {
		ctx.subject, ctx.subjectAt = ms[mi].members, si
	}
	if len(protos) > 0 {
		ctx.subject, ctx.subjectAt = []member{protos[0].src}, si
		for i, p := range protos {
			if i > 0 && protos[i-1].code == p.code {
				continue // the other direction or member of the same action
			}
			le := newLastEvent(p, p.hasTgt)
			le.date, le.sentence, le.mutual = w, si, mutual(protos, p)
			if !dated && ctx.last != nil && p.viaEvent {
				le.date = ctx.last.date
			}
			ctx.events = append(ctx.events, le)
			ctx.last = le
		}
	}
	s.settle(acts, out[first:]) // lost9: drops: acts with no event and no reason yet (vanish.go)
	s.release()
	return out
}
