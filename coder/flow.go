package coder

import (
	"sort"
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// Flows with no actor as the mover. Reports of shipments often name no
// sender as a subject: the goods are the subject of a passive ("Artillery
// shells made in North Korea were sent to Russia via Rason"), or a carrier
// is ("a tanker carried 12,000 tonnes of diesel from Vostochny to
// Chongjin", "a freight train carrying 4,900 tonnes of Russian coal crossed
// from Zabaikalsk into Manzhouli"). The countries are then where the goods
// come from (whose they are, where they were made, the place they leave)
// and where they go (the place or country they are taken to), and the
// goods say what kind of transfer it is (units.txt: trade 061, arms 072,
// aid 073).

// moveVerbs move goods from one place to another.
var moveVerbs = set(`carry ship send deliver transport unload offload cross sail travel fly transfer smuggle haul ferry head land enter
	truck arrive dock pump move leave depart reach transit airlift export supply deliver sent flown left shipped carried donate flow
	roll hand`)

// motionVerbs say that something moved, not that someone moved it: they
// report a shipment only when a carrier or a mode of transport conveys the
// goods ("containers travelled by rail", "a tanker sailed"), or the goods
// cannot move by themselves (inert).
var motionVerbs = set(`cross travel fly move reach head transit land enter flow roll`)

// inert reports whether the goods whose head is t can only be moved, not
// move: "crude", "gas", "wheat"; not "workers".
func inert(t *text.Token) bool {
	return !personGoods[t.Lemma] && !personGoods[t.Lower]
}

// movedSubject reports whether goods that end at token ge are what the
// verb at token t says moved: they stand before it, and no actor that is
// no preposition's object stands between them ("crude loaded at Primorsk
// reached", "oil from Iraq's Kurdistan region began flowing").
func (s *sentence) movedSubject(ge, t int) bool {
	if ge > t {
		return false
	}
	for k := ge; k < t; k++ {
		if mi := s.in[k]; mi >= 0 && s.ms[mi].kind == mFull && s.ms[mi].prep == "" && !isWord(s.toks, s.ms[mi].end, "'s") {
			return false
		}
	}
	return true
}

// madeElsewhere reports whether the weapons at tokens [gs, ge), in the
// stretch from token a, are named by their maker ("German-made tanks",
// "tanks built in Germany") and are no weapons that fly, which are
// launched at a place rather than delivered to it ("Iranian-made drones
// flew into Ukraine" is an attack).
func (s *sentence) madeElsewhere(a, gs, ge int) bool {
	if fliers[s.toks[ge-1].Lemma] {
		return false
	}
	if isWord(s.toks, ge+1, "in") && ge < len(s.toks) && ownerWords[s.toks[ge].Lower] {
		return true
	}
	for k := gs - 1; k >= a+1 && k >= gs-5; k-- {
		if ownerWords[s.toks[k].Lower] && s.toks[k].Lower != "flagged" && s.toks[k].Lower != "registered" && isWord(s.toks, k-1, "-") {
			return true
		}
	}
	return false
}

// fliers are weapons that fly to where they strike.
var fliers = set(`drone missile rocket shell round jet warplane fighter bomber aircraft helicopter`)

// personGoods are goods that are people, who travel by themselves.
var personGoods = set(`worker labourer laborer`)

// importVerbs move goods to their subject: "China imported Russian oil".
var importVerbs = set(`import buy purchase receive`)

// carriers are the vehicles a flow travels in; a country's adjective before
// one is its flag ("a Russian tanker", "a Taiwanese-owned tanker").
var carriers = set(`ship tanker vessel freighter carrier train convoy truck lorry flight plane barge wagon boat trawler`)

// aidWords make goods a gift: "2,000 tonnes of rice as food aid",
// "fertiliser donated by Russia".
var aidWords = set(`aid humanitarian donate donated donation relief gift free`)

// loadWords before "at" make the place where goods were loaded an origin:
// "after being loaded at Tumangang station".
var loadWords = set(`load loaded loading`)

// sideOf reports whether the place at token i is named as having sides
// ("from the Egyptian side of the Rafah crossing"): the side's words, not
// the place, say whose side it is.
func sideOf(toks []text.Token, i int) bool {
	k := i - 1
	for k >= 0 && determiners[toks[k].Lower] {
		k--
	}
	return isWord(toks, k, "of") && isWord(toks, k-1, "side")
}

// stretch returns the token range [a, b) around token t that one report
// covers: up to a reporting verb or a semicolon on either side ("...,
// researchers said"), across the relative clauses and participles a
// carrier's sentence is made of.
func (s *sentence) stretch(t int) (a, b int) {
	stop := func(k int) bool {
		w := s.toks[k].Lower
		return w == ";" || w == ":" || w == "but" || w == "while" || w == "according" || marked(&s.toks[k], cReport) || // speed9: a word class
			s.toks[k].Lemma == "show" || w == "citing"
	}
	a = t
	for a > 0 && !stop(a-1) {
		a--
	}
	b = t + 1
	for b < len(s.toks) && !stop(b) {
		b++
	}
	return a, b
}

// flows returns the transfers of a sentence that its patterns did not code
// because no actor moved the goods (see above): one at most, in a stretch
// of text where no pattern found an event.
//
// A flow the sentence cancels, negates or only plans ("denied shipping
// arms", "a proposal to send weapons") is none, and one whose words a
// pattern already coded is that pattern's.
//
// An undated flow between two countries the document already reported a
// flow between is that flow told again ("military imports arriving by sea
// from Najin to Vostochny" after "munitions were exported to Russia"): it
// gives no new event, and its route goes to the earlier one.
func (c *Coder) flows(s *sentence, frames []match, sites []site, qs []qty, protos []proto, ctx *docCtx, dated bool) []proto {
	var cancelled map[int]bool
	for t := range s.toks {
		tk := &s.toks[t]
		if tk.Kind != text.Word || tk.Cap && t > 0 {
			continue
		}
		lemma, inflected := verbLemma(tk)
		if tk.Lower == "sail" && isWord(s.toks, t-1, "set") {
			lemma, inflected = "sail", true // "set sail for Somalia": the noun of a verb phrase
		}
		if !inflected || tk.Lower == lemma+"s" || strings.HasSuffix(lemma, "y") && tk.Lower == lemma[:len(lemma)-1]+"ies" {
			continue // a verb of a report is inflected ("shipped", "carrying", "sent"); "a grain ship", "imports of grain", "goods and supplies" are nouns
		}
		if governed(frames, t) {
			continue // "ruled out sending missiles", "pledged shipping": the frame's, not a shipment
		}
		move, imp := moveVerbs[lemma] || moveVerbs[tk.Lower], importVerbs[lemma]
		if !move && !imp || s.in[t] >= 0 || s.negated(t) || s.hypothetical(t) {
			continue
		}
		if isWord(s.toks, t-1, "to") {
			continue // "a proposal to send weapons": a plan, not a shipment
		}
		if cancelled == nil {
			cancelled = s.cancelled(frames)
		}
		if cancelled[t] {
			continue // "denied shipping arms"
		}
		a, b := s.stretch(t)
		if coded(protos, t, a, b) {
			continue // the report's patterns said what happened here
		}
		gs, ge, code := c.goods(s, a, b)
		if gs < 0 || s.inAction(protos, gs, ge) {
			continue // no goods, or goods an event already acts on ("suspended a military aid program")
		}
		if aidStaff(s.toks, gs, ge) {
			continue // flows7: "aid workers were flown to Muscat" travel, they are no labour sent (aboard.go)
		}
		if lemma == "hand" && !inert(&s.toks[ge-1]) {
			continue // "freed four farm workers, handing them to the Red Cross": people handed over are released, not shipped
		}
		if motionVerbs[lemma] && !s.conveyed(a, b) && !s.participle(t) &&
			(code == "072" && !s.madeElsewhere(a, gs, ge) || !inert(&s.toks[ge-1]) || !s.movedSubject(ge, t)) {
			// "drones flew from Russia into Poland" is no shipment of drones,
			// nor do "workers travelled" ("workers were flown" is one); but
			// goods that cannot move by themselves were moved: "crude ...
			// reached India's Sikka terminal", "gas began flowing to Poland"
			// (not "Americans flew to Doha after ... oil revenue"), and so
			// were weapons their maker's name sets apart from whoever drives
			// them ("German-made tanks crossed into Ukraine from Poland")
			continue
		}
		var from member
		var to []member
		if imp {
			// the importer is the subject, the goods are someone's
			if mi, _ := s.subject(t, -1); mi >= 0 && s.ms[mi].kind == mFull && s.ms[mi].members[0].country != "" {
				m := s.ms[mi].members[0]
				to = []member{c.countryMember(m.country, s.ms[mi].start, s.ms[mi].end)}
			}
			from = c.origin(s, sites, a, b, t, gs, ge, member{})
		} else {
			from = c.origin(s, sites, a, b, t, gs, ge, member{})
			to = c.destination(s, sites, a, s.ownClause(t, b), from.country)
			if lemma == "donate" && isWord(s.toks, t+1, "to") {
				// "fertiliser donated to Malawi reached Beira": a gift is its
				// recipient's wherever it travels
				if mi := s.at[t+2]; mi >= 0 && s.stateOf(mi) != "" {
					to = []member{c.countryMember(s.stateOf(mi), s.ms[mi].start, s.ms[mi].end)}
				}
			}
		}
		if from.code == "" || len(to) == 0 || len(to) == 1 && (to[0].country == "" || from.country == to[0].country) {
			continue
		}
		if src, tgt := from.country, to[0].country; !dated && (!imp && ctx.reported(src, tgt) || imp && ctx.reported(tgt, src)) {
			return nil
		}
		if code == "061" && (c.aided(s, a, b) || s.given(gs, ge) || relief(from) || lemma == "hand") {
			// "handed over 2,500 tonnes of wheat to": goods handed over are given
			code = "073"
		} else if code == "061" && lemma == "donate" {
			code = "071" // "Russian fertiliser donated to Malawi": economic aid
		}
		words := []int{t}
		for k := gs; k < ge; k++ {
			words = append(words, k)
		}
		for _, q := range qs {
			if q.start <= gs && gs < q.end {
				for k := q.start; k < q.end; k++ {
					words = append(words, k)
				}
			}
		}
		sort.Ints(words)
		words = dedupInts(words)
		var out []proto
		for _, x := range to {
			p := proto{src: from, tgt: x, hasTgt: true, code: dyad.EventCode(code), words: words, conf: 0.75, frame: -1}
			if imp {
				p.src, p.tgt = x, from // the importer acts: "China imported Russian oil" is China's trade with Russia
			}
			out = append(out, p)
		}
		return out
	}
	return nil
}

// shipments revises what the patterns made of a shipment of goods.
//
// Goods that arrive or leave pay no visit: "Ten Korean tanks arrived at
// the port of Gdynia" is no visit of Korea's (042, nor Poland's hosting
// 043) when the goods are what the verb says moved and no actor that can
// travel is its subject; flows codes the shipment instead. Nor is a carrier
// of goods that sails through a strait a show of force (150) when no force
// is named: "an Iranian tanker carrying gasoline sailed through the Strait
// of Gibraltar".
//
// Goods given are aid whichever pattern coded their transfer: "wheat that
// Moscow is giving free of charge to Burkina Faso", "wheat donated by India
// to Afghanistan" are humanitarian aid (073), not trade (061) nor aid of no
// kind (070). A gift told by a participle on its goods with no agent of its
// own ("Russian fertiliser donated to Malawi") is from whose the goods are.
func (c *Coder) shipments(s *sentence, protos []proto) []proto {
	out := edited{in: protos}
	for i, p := range protos {
		if len(p.words) == 0 {
			out.keep(i, p, false)
			continue
		}
		t := p.words[0]
		a, b := s.stretch(t)
		gs, ge, code := c.goods(s, a, b)
		if gs < 0 {
			out.keep(i, p, false)
			continue
		}
		switch p.code {
		case "150":
			if code != "072" && s.conveyed(a, b) && !s.armed(a, b) {
				out.drop(i)
				continue // "a tanker carrying gasoline sailed through the Strait of Gibraltar": trade, no show of force
			}
		case "192":
			if code != "072" && s.conveyed(a, b) && !s.armed(a, b) && s.movedSubject(ge, t) {
				out.drop(i)
				continue // "trucks loaded with food rolled into Gaza": goods delivered, no occupation
			}
		case "042", "043":
			visitor := p.src
			if p.code == "043" {
				visitor = p.tgt
			}
			lemma, _ := verbLemma(&s.toks[t])
			if moveVerbs[lemma] && s.movedSubject(ge, t) && !s.traveller(visitor, gs) {
				out.drop(i)
				continue // "tanks arrived at the port": the goods' arrival, not a visit
			}
		case "061", "070", "071":
			if p.code == "071" && code == "061" && !c.aided(s, a, b) && s.conveyed(a, b) {
				// "tankers carrying 1.5 million barrels of gasoline to
				// Venezuela": what a carrier conveys is trade, not money given
				p.code = "061"
			}
			if p.code == "061" && relief(p.src) {
				p.code = "073" // "the World Food Programme trucked food into Tigray": a relief agency trades nothing
				break
			}
			if code == "072" || !s.given(gs, ge) || p.code != "061" && !s.onGoods(p.words, gs, ge) {
				break
			}
			p.code = "073"
			if p.src.country == "" || ge != t || isWord(s.toks, t+1, "by") {
				break
			}
			if lemma, _ := verbLemma(&s.toks[t]); aidWords[lemma] || aidWords[s.toks[t].Lower] {
				if o := c.owner(s, a, gs); o.country != "" && o.country != p.tgt.country {
					p.src = o // "Russian fertiliser donated to Malawi": Russia's gift
				}
			}
		}
		out.keep(i, p, p.code != protos[i].code || p.src != protos[i].src)
	}
	return out.result()
}

// armed reports whether the stretch [a, b) names a force or its vessels:
// "a destroyer escorting tankers", "navy ships carrying fuel".
func (s *sentence) armed(a, b int) bool {
	for k := a; k < b; k++ {
		if warWords[s.toks[k].Lemma] || warWords[s.toks[k].Lower] {
			return true
		}
	}
	return false
}

// warWords name a force or its vessels.
var warWords = set(`warship destroyer frigate corvette submarine cruiser navy naval military guard troop troops soldier`)

// onGoods reports whether an action whose words are at token indexes words
// tells of the goods at [gs, ge): they are among its words, or it is a
// participle or relative clause right after them ("wheat donated by
// India to", "wheat that Russia donated to").
func (s *sentence) onGoods(words []int, gs, ge int) bool {
	t := words[0]
	if t <= gs && ge <= words[len(words)-1]+1 {
		return true
	}
	return t == ge || t > ge && t <= ge+3 && (isWord(s.toks, ge, "that") || isWord(s.toks, ge, "which"))
}

// traveller reports whether member m, who an action says travelled, is an
// actor that can: one named as a subject before the goods starting at
// token gs ("a Chinese delegation carrying aid arrived"), not an adjective
// of the goods or their carrier ("South Korean tanks arrived", "a Saudi
// plane landed"), nor a possessive inside them ("Russia's invasion").
func (s *sentence) traveller(m member, gs int) bool {
	if m.start >= len(s.toks) || m.end <= m.start {
		return false
	}
	mi := s.in[m.start]
	if mi < 0 {
		return false
	}
	ms := &s.ms[mi]
	return ms.usable() && ms.kind != mPlace && !ms.poss && ms.prep == "" && ms.end <= gs
}

// given reports whether the goods at tokens [gs, ge) are said to be a gift:
// by a word of aid right before them ("free barley", "donated fuel") or in
// the words that follow them up to a comma ("wheat donated by India", "rice
// as food aid", "wheat that Moscow is giving free of charge"), or by being
// for those in need ("food for earthquake victims").
func (s *sentence) given(gs, ge int) bool {
	for k := gs - 1; k >= 0 && k >= gs-2; k-- {
		if w := &s.toks[k]; aidWords[w.Lower] || aidWords[w.Lemma] {
			return true
		}
	}
	for k := ge; k < len(s.toks) && k < ge+8; k++ {
		w := &s.toks[k]
		if w.Kind == text.Punct {
			break
		}
		if aidWords[w.Lower] || aidWords[w.Lemma] || w.Lemma == "give" {
			return true
		}
		if w.Lower == "for" && k+3 < len(s.toks) {
			for j := k + 1; j <= k+3; j++ {
				if needy[s.toks[j].Lemma] {
					return true
				}
			}
		}
	}
	return false
}

// needy are those that goods for them are given to: "food for earthquake
// victims", "tents for displaced families".
var needy = set(`victim survivor refugee displaced homeless needy hungry poor evacuee`)

// reported reports whether the document has reported a flow (06, 07) from
// country src to country tgt.
func (ctx *docCtx) reported(src, tgt string) bool {
	for _, e := range ctx.events {
		if r := e.code.Root(); (r == "06" || r == "07") && len(e.src) > 0 && len(e.tgt) > 0 &&
			e.src[0].country == src && e.tgt[0].country == tgt {
			return true
		}
	}
	return false
}

// inAction reports whether a token of [gs, ge) is a word of an event of
// protos.
func (s *sentence) inAction(protos []proto, gs, ge int) bool {
	for _, p := range protos {
		if s.pledgedGoods(p, ge) {
			continue // "the howitzers which Norway promised ... have arrived" (pledged.go)
		}
		for k := gs; k < ge; k++ {
			if contains(p.words, k) {
				return true
			}
		}
	}
	return false
}

// governed reports whether a frame ends within two words before token t.
func governed(frames []match, t int) bool {
	for _, f := range frames {
		if f.frameEnd <= t && f.frameEnd >= t-2 {
			return true
		}
	}
	return false
}

// verbLemma returns the lemma of a word that may be an inflected verb and
// whether it is inflected, undoing "-ed" and "-ing" where the lemmatizer
// does not know the word ("unloaded", "offloading").
func verbLemma(t *text.Token) (string, bool) {
	if t.Lower != t.Lemma {
		return t.Lemma, true
	}
	w := t.Lower
	for _, suf := range []string{"ed", "ing"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			stem := strings.TrimSuffix(w, suf)
			if moveVerbs[stem] || importVerbs[stem] {
				return stem, true
			}
			if moveVerbs[stem+"e"] || importVerbs[stem+"e"] {
				return stem + "e", true
			}
		}
	}
	return w, false
}

// coded reports whether protos have a transfer (06, 07) in [a, b), or an
// event whose action holds token t ("pledged to send").
func coded(protos []proto, t, a, b int) bool {
	for _, p := range protos {
		if len(p.words) == 0 {
			continue
		}
		if r := p.code.Root(); (r == "06" || r == "07") && p.words[0] < b && p.words[len(p.words)-1] >= a || contains(p.words, t) {
			return true
		}
	}
	return false
}

func dedupInts(xs []int) []int {
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// conveyed reports whether the stretch [a, b) names a carrier, a container
// or a mode of transport ("by rail").
func (s *sentence) conveyed(a, b int) bool {
	for k := a; k < b; k++ {
		w := &s.toks[k]
		if carriers[w.Lemma] || carriers[w.Lower] || w.Lemma == "container" || w.Lemma == "wagon" || w.Lemma == "cargo" || consignments[w.Lemma] ||
			isWord(s.toks, k-1, "by") && modes[w.Lower] != "" {
			return true
		}
	}
	return false
}

// consignments are goods sent as one lot: "a shipment of Iranian weapons
// reached", "the first batch of tanks arrived".
var consignments = set(`shipment consignment delivery batch`)

// aided reports whether the stretch [a, b) says the goods are a gift.
func (c *Coder) aided(s *sentence, a, b int) bool {
	for k := a; k < b; k++ {
		if aidWords[s.toks[k].Lower] || aidWords[s.toks[k].Lemma] {
			return true
		}
	}
	return false
}

// countryMember is country code cc as an actor named by tokens [start, end).
func (c *Coder) countryMember(cc string, start, end int) member {
	name := cc
	if ct, ok := c.lx.Country(cc); ok {
		name = ct.Name
	}
	return member{code: cc, country: cc, name: name, start: start, end: end}
}

// stateOf returns the country of mention mi when it names a state or
// something of one ("Russian", "North Korea", "Chinese companies"), or "".
func (s *sentence) stateOf(mi int) string {
	if mi < 0 || len(s.ms[mi].members) != 1 {
		return ""
	}
	switch s.ms[mi].kind {
	case mFull, mWeak, mPlace:
		return s.ms[mi].members[0].country
	}
	return ""
}

// origin returns the country goods at [gs, ge) come from, in order of what
// says it best: whose they are ("Russian coal", "North Korean workers",
// "Iranian-made drones"), where they were made ("shells made in North
// Korea"), the subject that moves them, the place they leave ("from
// Vostochny", "loaded at Kaohsiung"), the country they leave, the carrier's
// flag ("a Russian-flagged bulk carrier").
func (c *Coder) origin(s *sentence, sites []site, a, b, t, gs, ge int, none member) member {
	if o := c.owner(s, a, gs); o.country != "" {
		return o
	}
	// an organisation's carrier: "six UN trucks", "the first United
	// Nations aid convoy"
	if o := s.carrierOrg(a, b); o.code != "" {
		return o
	}
	if o := s.hiredBy(a, b); o.code != "" {
		return o // flows7: "a ship chartered by the World Food Programme" (carrierleft.go)
	}
	// where they were made
	if ge+2 < b && ownerWords[s.toks[ge].Lower] && isWord(s.toks, ge+1, "in") {
		if mi := s.at[ge+2]; mi >= 0 && s.stateOf(mi) != "" {
			return c.countryMember(s.stateOf(mi), s.ms[mi].start, s.ms[mi].end)
		}
	}
	// the subject that moves them
	if mi, _ := s.subject(t, -1); mi >= 0 && s.ms[mi].start >= a && s.ms[mi].kind == mFull && s.stateOf(mi) != "" {
		return c.countryMember(s.stateOf(mi), s.ms[mi].start, s.ms[mi].end)
	}
	// the place they leave
	for _, st := range sites {
		if st.start >= a && st.end <= b && (st.prep == "from" || st.loaded || s.heldBefore(st)) && st.g.Country != "" && !sideOf(s.toks, st.start) { // flows7: heldAt
			return c.countryMember(st.g.Country, st.start, st.end)
		}
	}
	for mi := range s.ms {
		m := &s.ms[mi]
		if m.start < a || m.end > b || m.prep != "from" {
			continue
		}
		if m.kind == mFull && len(m.members) == 1 && relief(m.members[0]) {
			return m.members[0] // "a convoy carrying food from the World Food Programme"
		}
		if s.stateOf(mi) == "" {
			continue
		}
		// a country, or its adjective on a place or a side: "from the
		// Egyptian side of the crossing"
		if m.kind == mFull || m.kind == mWeak && m.end < b && (isPlaceNoun(&s.toks[m.end]) || s.toks[m.end].Lower == "side") {
			return c.countryMember(s.stateOf(mi), m.start, m.end)
		}
	}
	// the carrier's flag
	for k := a; k < b; k++ {
		if !carriers[s.toks[k].Lemma] {
			continue
		}
		for j := k - 1; j >= a && j >= k-4; j-- {
			if mi := s.in[j]; mi >= 0 {
				if cc := s.stateOf(mi); cc != "" {
					return c.countryMember(cc, s.ms[mi].start, s.ms[mi].end)
				}
				break
			}
		}
	}
	// the gateway they leave through, with nothing else to say whose they
	// are: "artillery shells were sent to Russia via Rason"
	for _, st := range sites {
		if st.start >= a && st.end <= b && (st.prep == "via" || st.prep == "through") && st.g.Country != "" &&
			(st.g.Kind == "port" || st.g.Kind == "border") {
			return c.countryMember(st.g.Country, st.start, st.end)
		}
	}
	return none
}

// carrierOrg returns the organisation, of no country, whose name stands
// before a carrier in the stretch [a, b), or an empty member.
func (s *sentence) carrierOrg(a, b int) member {
	for k := a; k < b; k++ {
		if !carriers[s.toks[k].Lemma] {
			continue
		}
		for j := k - 1; j >= a && j >= k-4; j-- {
			if mi := s.in[j]; mi >= 0 {
				if m := &s.ms[mi]; m.kind == mFull && len(m.members) == 1 && m.members[0].country == "" && m.members[0].code != "" {
					return m.members[0]
				}
				break
			}
		}
	}
	return member{}
}

// owner returns the country whose goods start at token gs, in the
// stretch from token a: a mention that holds the goods' words, or a
// country's adjective before them ("Russian coal", "Iranian-made drones"),
// across a model's name ("German-made Leopard 2 battle tanks", "its
// Patriot missiles"); an empty member when none says.
func (c *Coder) owner(s *sentence, a, gs int) member {
	if mi := s.in[gs]; mi >= 0 && s.ms[mi].start < gs {
		if cc := s.stateOf(mi); cc != "" {
			return c.countryMember(cc, s.ms[mi].start, s.ms[mi].end)
		}
	}
	for k, words := gs-1, 0; k >= a && words < 3; k-- {
		if mi := s.in[k]; mi >= 0 {
			if cc := s.stateOf(mi); cc != "" {
				return c.countryMember(cc, s.ms[mi].start, s.ms[mi].end)
			}
			break
		}
		w := s.toks[k]
		if model(s.toks, k) {
			continue
		}
		if w.Kind == text.Number || w.Kind == text.Word && (w.Cap || itemStops[w.Lower] || prepositions[w.Lower]) {
			break
		}
		if w.Kind == text.Word && !ownerWords[w.Lower] {
			words++
		}
	}
	return member{}
}

// model reports whether token k is a word of a model's name, right before
// the goods it names: a capitalized word or a number after one that no
// mention holds ("Leopard 2", "K2", "Patriot"), not the first word of the
// sentence.
func model(toks []text.Token, k int) bool {
	w := &toks[k]
	if k == 0 || itemStops[w.Lower] || prepositions[w.Lower] || determiners[w.Lower] {
		return false
	}
	if w.Kind == text.Number {
		return toks[k-1].Kind == text.Word && toks[k-1].Cap && !isWord(toks, k-2, "of")
	}
	return w.Kind == text.Word && w.Cap && k+1 < len(toks) && toks[k+1].Kind != text.Punct
}

// ownClause returns where the report of the verb at token t ends, at most
// b: before a clause "after" or "before" opens on an earlier leg of the
// journey ("crossed from Syria into Lebanon, after the fuel was shipped to
// the Syrian port of Baniyas"), whose places are no destination of it.
func (s *sentence) ownClause(t, b int) int {
	for k := t + 1; k < b; k++ {
		if subordinators[s.toks[k].Lower] && subordinate(s.toks, k) {
			return k
		}
	}
	return b
}

// destination returns the countries goods go to in the stretch [a, b): the
// last place or country they are taken to ("to North Korea's Chongjin
// port", "into the Chinese border city of Manzhouli", "bound for Tripoli",
// "to a North Korean vessel", "to an ammunition depot near Tikhoretsk")
// that is not the origin's country, or every country of a list they are
// taken to ("set sail for Somalia and Burkina Faso"); none when none is.
func (c *Coder) destination(s *sentence, sites []site, a, b int, origin string) []member {
	type cand struct {
		at int
		to []member
	}
	var cs []cand
	for _, st := range sites {
		if st.start >= a && st.end <= b && st.g.Country != "" && !st.loaded && (destPreps[st.prep] || st.dest || st.prep == "in" && arrives(s.toks, st.start) ||
			st.prep == "" && reached(s.toks, st.start)) {
			cs = append(cs, cand{st.start, []member{c.countryMember(st.g.Country, st.start, st.end)}})
		}
	}
	for mi := range s.ms {
		m := &s.ms[mi]
		if m.start < a || m.end > b || sited(sites, m.start) {
			continue // a place's own country is the place's ("for Tripoli in Lebanon")
		}
		if m.prep == "to" && tiedTo(s.toks, m.start) {
			continue // flows7: "ships tied to Britain" are whose, not where they go (linkedto.go)
		}
		if cc := s.stateOf(mi); cc != "" {
			// a country's adjective at a place's noun: "at the Indian port of Sikka", "to a North Korean vessel"
			// and a country arrived in: "arrived in Poland"
			if p := prepBefore(s.toks, m.start); destPreps[p] && (p != "at" || m.end < len(s.toks) && placeNouns[s.toks[m.end].Lemma]) ||
				p == "in" && arrives(s.toks, m.start) || m.prep == "" && reached(s.toks, m.start) {
				cs = append(cs, cand{m.start, []member{c.countryMember(cc, m.start, m.end)}})
			}
		} else if to := s.countryList(mi, origin); len(to) > 0 && destPreps[m.prep] && m.prep != "at" {
			cs = append(cs, cand{m.start, to})
		}
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].at < cs[j].at })
	for i := len(cs) - 1; i >= 0; i-- {
		if len(cs[i].to) > 1 || cs[i].to[0].country != origin {
			return cs[i].to
		}
	}
	return nil
}

// countryList returns the members of mention mi when it is a list of
// countries none of which is origin ("Somalia and Burkina Faso"), else nil.
func (s *sentence) countryList(mi int, origin string) []member {
	m := &s.ms[mi]
	if m.kind != mFull || len(m.members) < 2 {
		return nil
	}
	for _, x := range m.members {
		if x.country == "" || x.country == origin || len(x.code) != 3 {
			return nil
		}
	}
	return m.members
}

// arrives reports whether a verb of arriving governs the phrase of the place
// at token i: "landed in Khartoum", "arrived in Vilnius".
func arrives(toks []text.Token, i int) bool {
	p := phraseHead(toks, i)
	if p < 1 {
		return false
	}
	l, _ := verbLemma(&toks[p-1])
	return arrivalVerbs[l]
}

// reached reports whether the phrase at token i is the object of a verb
// that ends a movement at it: "reached Aden", "entered Gaza".
func reached(toks []text.Token, i int) bool {
	k := i - 1
	for k >= 0 && determiners[toks[k].Lower] {
		k--
	}
	if k < 0 || toks[k].Kind != text.Word {
		return false
	}
	l, inflected := verbLemma(&toks[k])
	return inflected && (l == "reach" || l == "enter")
}

// arrivalVerbs end a movement where they happen.
var arrivalVerbs = set(`land arrive dock unload offload`)

// sited reports whether a place of sites starts at token i.
func sited(sites []site, i int) bool {
	for _, st := range sites {
		if st.start == i {
			return true
		}
	}
	return false
}

// destPreps put a place at the end of a movement.
var destPreps = set(`to into at for toward towards`)
