package coder

import (
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// protesterNouns are the nouns that say a crowd was demonstrating.
const protesterNouns = `protester protestor demonstrator marcher rioter`

var protestersWords = set(protesterNouns)

// demonstrations adds the demonstration that force used against
// demonstrators states: "police fired tear gas at protesters in Nairobi"
// tells that there were protesters, so the protesters protested (141, a
// riot 145 for rioters), unless the sentence already codes a protest of
// theirs. Without a target of their own, addressee gives them their
// country.
func demonstrations(s *sentence, ps []proto) []proto {
	out := ps
	for _, p := range ps {
		if !p.hasTgt || p.code != "175" && p.code != "173" && p.code.Root() < "18" || p.tgt.end <= p.tgt.start {
			continue
		}
		head := p.tgt.start // "rioters in Lima": the crowd's noun, not its place
		for head < p.tgt.end && !protestersWords[s.toks[head].Lemma] {
			head++
		}
		if head == p.tgt.end {
			head = s.protesterAfter(p.tgt) // "student demonstrators" where the actor's words stop before the noun
		}
		if clash(ps, p) && repressionRoles[role(p.src)] && crowdRoles[role(p.tgt)] {
			continue // protesters who clash with police riot (crackdowns): no rally besides
		}
		// the crowd's noun says they protested, whatever part of the people
		// they are ("student demonstrators" are EDU)
		if head < 0 || stateBodies[role(p.tgt)] || p.code == "173" {
			if clash(ps, p) {
				continue // a clash is both sides' (see crackdowns)
			}
			// "students protesting outside parliament", "people at
			// anti-war protests": people of the state's own country, whom
			// its police met as they protested (a bomb at a rally tells of
			// none: "a suicide bomber struck a party's rally")
			if !repressionRoles[role(p.src)] {
				continue
			}
			if head = s.protesting(p); head < 0 {
				continue
			}
		}
		w := s.toks[head].Lemma
		dup := false
		for _, o := range out {
			// a strike one person called is not the crowd's protest
			dup = dup || o.code.Root() == "14" && o.src.code == p.tgt.code && (o.src.person == nil || p.tgt.person != nil)
		}
		if dup {
			continue
		}
		code := dyad.EventCode("141")
		if w == "rioter" || w == "riot" {
			code = "145"
		}
		out = append(out, proto{src: p.tgt, code: code, words: []int{head}, conf: p.conf - 0.1, frame: -1})
	}
	return out
}

// protesting returns the token that says the target of p, people of the
// country whose police or army acted, were protesting, or -1: a protest verb
// right after them ("students protesting outside parliament", "supporters
// who marched through Maputo"), or a protest noun the action's clause puts
// it at ("detained 300 people at anti-war protests", "during protests over
// fuel prices").
func (s *sentence) protesting(p proto) int {
	if p.src.country == "" || p.src.country != p.tgt.country || stateBodies[role(p.tgt)] || len(p.words) == 0 {
		return -1
	}
	k := p.tgt.end
	for j := k; j < len(s.toks) && j <= k+5 && s.toks[j].Kind == text.Word; j++ {
		// "supporters of opposition candidate Venancio Mondlane who
		// marched": past the name the crowd's noun has
		if s.toks[j].Lower == "who" {
			k = j
			break
		}
	}
	if isWord(s.toks, k, "who") {
		k++
		for k < len(s.toks) && auxiliaries[s.toks[k].Lower] {
			k++ // "supporters who had gathered outside the court"
		}
		if k+2 < len(s.toks) && attempts[s.toks[k].Lower] && s.toks[k+1].Lower == "to" && protestVerbs[s.toks[k+2].Lemma] {
			return k + 2 // "farmers who tried to rally outside the palace": met as they rallied
		}
		if k < len(s.toks) && s.toks[k].Lemma == "gather" && s.toks[k].Lower != "gather" && (p.code == "175" || p.code == "173") {
			return k // people who gathered where police dispersed or held them had come to protest
		}
	}
	if k < len(s.toks) && protestVerbs[s.toks[k].Lemma] && s.toks[k].Lower != s.toks[k].Lemma {
		return k
	}
	for k := p.words[0] + 1; k < len(s.toks) && k <= p.words[0]+16; k++ {
		if s.boundary[k] && (s.toks[k].Lower == "as" || s.toks[k].Lower == "while") && (isWord(s.toks, k+1, "they") || isWord(s.toks, k+1, "it")) &&
			isWord(s.toks, k+3, "down") && isWord(s.toks, k+4, "on") {
			k += 4 // "killed eight people while they cracked down on protests": the same force, told again
		} else if s.boundary[k] {
			break
		}
		if !protestPreps[s.toks[k].Lower] && !(s.toks[k].Lower == "on" && isWord(s.toks, k-1, "down")) {
			continue // "cracked down on protests" puts the force at them too
		}
		for j, end := k+1, k+4; j < len(s.toks) && j <= end; j++ {
			if protestVerbs[s.toks[j].Lemma] && s.toks[j].Lower != "protesting" {
				return j
			}
			if s.toks[j].Lower == "of" && spellWords[s.toks[j-1].Lemma] {
				end = j + 2 // "in a second night of rioting", "during three days of protests"
			}
			if s.toks[j].Kind != text.Word && s.toks[j].Text != "-" {
				break
			}
		}
	}
	return -1
}

// clash reports whether ps has p's action the other way too: a clash.
func clash(ps []proto, p proto) bool {
	for _, o := range ps {
		if o.code == p.code && o.src.code == p.tgt.code && o.tgt.code == p.src.code {
			return true
		}
	}
	return false
}

// protestVerbs are the lemmas of protesting, as verb or noun; protestPreps
// put an act at a protest.
var (
	protestVerbs = set(`protest demonstrate rally march demonstration riot`)
	protestPreps = set(`at during amid in`)
	// spellWords are the spans of time a protest lasts ("a night of rioting")
	spellWords = set(`night day week month`)
	// attempts are the verbs before "to" of a crowd met as it tried to march
	attempts = set(`trying tried attempting attempted seeking`)
)

// rallyWithoutTarget reports whether clause cl has a demonstration with no
// target among events ps, which a demand after it may give one.
func rallyWithoutTarget(ps []proto, cl int, s *sentence) bool {
	for _, p := range ps {
		if !p.hasTgt && p.code.Root() == "14" && len(p.words) > 0 && s.clause(p.words[0]) == cl {
			return true
		}
	}
	return false
}

// officialProtests makes a state's protest (140) what CAMEO calls it, an
// official complaint (114): "Japan protested the detention", "China's
// foreign ministry protested that ..." are complaints through diplomatic
// channels; a state, its bodies and their officials take to no street. People
// who protest keep 140.
func officialProtests(ps []proto) []proto {
	for k, p := range ps {
		if r := role(p.src); p.code == "140" && p.src.country != "" && (r == "" && p.src.person == nil || r == "GOV") {
			ps[k].code = "114"
		}
	}
	return ps
}

// demonstrationDemands gives a demonstration with no target the addressee of
// the demand that follows it in its sentence ("marched through Algiers,
// demanding that President Bouteflika step down"), and merges the demand
// into one already against its addressee: what the crowd demands
// is what it demonstrates for, so a demand of a change of leadership,
// policy, rights or institutions (104x) makes the rally, hunger strike,
// strike, blockade or riot that kind (141x to 145x),
// and the demand is not a second event.
func demonstrationDemands(ps []proto) []proto {
	return mergeDemands(ps, func(p, d proto) bool {
		return d.words[0] >= p.words[0] && d.src.code == p.src.code &&
			!(p.hasTgt && p.tgt.code != d.tgt.code) // a rally against one side may demand of another
	})
}

// mergeDemands merges into each protest (14) of ps the first demand (10)
// with a target that pairs with it: the protest takes the demand's target,
// and a demand of a change of leadership, policy, rights or institutions
// (104x) its kind (141x to 145x); the demand is dropped.
func mergeDemands(ps []proto, pairs func(p, d proto) bool) []proto {
	drop := map[int]bool{}
	for i := range ps {
		p := &ps[i]
		if p.code.Root() != "14" || len(p.words) == 0 {
			continue
		}
		for j := range ps {
			d := &ps[j]
			if j == i || drop[j] || !d.hasTgt || d.code.Root() != "10" || len(d.words) == 0 || !pairs(*p, *d) {
				continue
			}
			p.tgt, p.hasTgt = d.tgt, true
			if c := string(d.code); len(p.code) == 3 && p.code != "140" && len(c) == 4 && strings.HasPrefix(c, "104") {
				p.code = dyad.EventCode(string(p.code) + c[3:]) // 141x to 145x share 104x's last digit
			}
			drop[j] = true
			break
		}
	}
	if len(drop) == 0 {
		return ps
	}
	out := ps[:0]
	for i, p := range ps {
		if !drop[i] {
			out = append(out, p)
		}
	}
	return out
}

// repressionRoles are the parts of a state that repress; crowdRoles the
// parts of a people that protest.
var (
	repressionRoles = set(`COP MIL SPY GOV`)
	crowdRoles      = set(`OPP EDU LAB`)
)

// crackdowns recodes a clash between a state's police or army and
// protesters, students or workers of its own country ("clashes between
// police and students protesting against quotas"): not a battle (190) but
// violent repression by the one side (175) and a violent protest by the
// other (145), as the codebook has them. A clash is an event of root 19
// coded both ways.
func crackdowns(ps []proto) []proto {
	both := func(p proto) bool {
		for _, o := range ps {
			if o.code == p.code && o.src.code == p.tgt.code && o.tgt.code == p.src.code {
				return true
			}
		}
		return false
	}
	out := edited{in: ps}
	for i, p := range ps {
		if !p.hasTgt || p.code.Root() != "19" || p.src.country == "" || p.src.country != p.tgt.country || !both(p) {
			out.keep(i, p, false)
			continue
		}
		switch {
		case repressionRoles[role(p.src)] && crowdRoles[role(p.tgt)]:
			p.code = "175"
		case crowdRoles[role(p.src)] && repressionRoles[role(p.tgt)]:
			p.code = "145"
		}
		out.keep(i, p, p.code != ps[i].code)
	}
	return out.result()
}

// repressionForce are the kinds of force police and troops use on a crowd:
// shooting, beating, force of no stated kind; not shelling, bombing or air
// strikes, which hit a town rather than a crowd in its streets.
var repressionForce = set(`180 182 1821 1822 1823 190 193`)

// repressions recodes the one-sided force a state's police, troops or
// security forces use on demonstrators as the violent repression it is
// (175), whatever the verb says of the weapon: "security forces shot dead
// 25 protesters", "soldiers opened fire on demonstrators, killing 12",
// "police fired on students protesting outside parliament", and, where the
// sentence reports the protest, force on its people with no word for the
// crowd ("protesters stormed parliament, and police opened fire, killing
// five people"). Killing robbers or militants, or a town shelled, stays
// force; a clash both ways is crackdowns'.
func repressions(s *sentence, ps []proto) []proto {
	out := ps
	for i, p := range ps {
		if p.code == "175" && nonStateRoles[role(p.src)] {
			// repression is the state's: gunmen or a mob who fire on or
			// beat a crowd use force ("gunmen opened fire on a crowd of
			// mourners" is 193)
			if &out[0] == &ps[0] {
				out = append([]proto(nil), ps...)
			}
			out[i].code = "180"
			if s.firing(p) {
				out[i].code = "193"
			}
			continue
		}
		if !p.hasTgt || !repressionForce[string(p.code)] || !repressionRoles[role(p.src)] || clash(ps, p) {
			continue
		}
		crowd := s.namedBy(p.tgt, protestersWords) || s.protesterAfter(p.tgt) >= 0
		if !crowd && p.src.country != "" && p.src.country == p.tgt.country {
			crowd = s.protesting(p) >= 0 || role(p.tgt) == "CVL" && protestOf(ps, p.tgt.country)
		}
		if crowd {
			if &out[0] == &ps[0] {
				out = append([]proto(nil), ps...)
			}
			out[i].code = "175"
		}
	}
	return out
}

// nonStateRoles are the parts of a people, and the armed groups, that have
// no state's authority to repress anyone.
var nonStateRoles = set(`UAF REB INS CRM SEP OPP CVL EDU LAB REL`)

// firing reports whether the words of p say its force was gunfire: "opened
// fire on", "shot", "gunned down".
func (s *sentence) firing(p proto) bool {
	for _, k := range p.words {
		switch s.toks[k].Lemma {
		case "fire", "fired", "firing", "shoot", "shot", "gun", "open_fire":
			return true
		}
	}
	return false
}

// protestOf reports whether ps has a demonstration by people of country c
// (not by its state's own bodies).
func protestOf(ps []proto, c string) bool {
	for _, o := range ps {
		if o.code.Root() == "14" && o.src.country == c && !repressionRoles[role(o.src)] {
			return true
		}
	}
	return false
}

// protesterAfter returns the protester noun that m's words modify, or -1:
// "student demonstrators", "opposition protesters", where the actor's
// words end before the crowd's noun.
func (s *sentence) protesterAfter(m member) int {
	if k := m.end; m.end > m.start && k < len(s.toks) && protestersWords[s.toks[k].Lemma] {
		return k
	}
	return -1
}

// crowdNouns name a crowd whose force is a riot: protesters, and a mob,
// a crowd or a leader's supporters.
var crowdNouns = set(protesterNouns + ` mob crowd supporter`)

// raidWords begin the patterns of forcing a way into a building.
var raidWords = set(`storm force break`)

// strikerRoles are the parts of a people that go on strike.
var strikerRoles = set(`LAB EDU MED`)

// riots recodes force that a crowd or workers use as the protest it is:
// "demonstrators stormed parliament" and "his supporters stormed the army's
// headquarters" are violent protests (145), not battles (190), as is the
// property a crowd burns or loots ("rioters torched cars", 171x), and a strike
// workers carry out ("dockers carried out a strike at the port") stops work
// (143); it strikes no target. Conversely armed men who storm a building
// ("gunmen stormed a prison") use force (190), and the property they burn
// or loot they destroy (1712) or seize (1711): they riot no more than
// soldiers do.
func riots(s *sentence, ps []proto) []proto {
	for i, p := range ps {
		if p.code == "145" && len(p.words) > 0 && s.toks[p.words[0]].Lemma == "storm" && armedRoles[role(p.src)] {
			ps[i].code = "190"
			continue
		}
		if p.code == "145" && len(p.words) > 0 && role(p.src) == "COP" && raidWords[s.toks[p.words[0]].Lemma] {
			// "police forced their way into the embassy", "police stormed
			// the party's offices": a raid, whose premises are seized
			ps[i].code = "1711"
			continue
		}
		if p.code == "145" && len(p.words) > 0 && armedRoles[role(p.src)] {
			// and the property armed men burn or loot ("gang members set
			// fire to 45 houses and 34 vehicles") they destroy or seize
			switch s.toks[p.words[0]].Lemma {
			case "torch", "burn", "set", "ransack", "smash":
				ps[i].code = "1712"
				continue
			case "loot":
				ps[i].code = "1711"
				continue
			}
		}
		if strings.HasPrefix(string(p.code), "171") && s.namedBy(p.src, crowdNouns) {
			ps[i].code = "145" // "rioters torched cars and looted shops": the riot
			continue
		}
		if p.code.Root() != "19" || len(p.words) == 0 {
			continue
		}
		switch {
		case s.namedBy(p.src, crowdNouns) || s.headedBy(p.src, crowdNouns):
			ps[i].code = "145"
		case streetRoles[role(p.src)] && s.toks[p.words[0]].Lemma == "storm":
			// farmers, students or villagers who storm a building riot
			// ("farmers stormed the historic fort"), as a crowd does
			ps[i].code = "145"
		case strikerRoles[role(p.src)] && s.hasLemma(p.words, "strike"),
			s.walkout(p.words):
			// workers who "struck at a refinery" stopped work there, as
			// those who "staged a strike" did; a strike "to press the
			// government" presses its own state
			ps[i].code = "143"
			if !(ps[i].hasTgt && stateBodies[role(p.tgt)] && p.tgt.country == p.src.country) {
				ps[i].hasTgt, ps[i].tgt = false, member{}
			}
		}
	}
	return ps
}

// crowdSite returns where the crowd of the protest whose first word is
// token t gathers: a place after it in its clause, or -1.
func (s *sentence) crowdSite(t int) int { return s.siteAfter(t, false) }

// siteAfter returns the first place or country mention after token t in its
// clause that a preposition of place puts the protest at ("in Tehran",
// "through central Belgrade", "the streets of Nairobi"), or -1; rel lets a
// relative clause on a protest noun go on ("riots in which ...").
func (s *sentence) siteAfter(t int, rel bool) int {
	for k := t + 1; k < len(s.toks) && (!s.boundary[k] || rel && s.onProtest(t, k)); k++ {
		mi := s.at[k]
		if mi < 0 || len(s.ms[mi].members) == 0 {
			continue
		}
		m := &s.ms[mi]
		if !(m.kind == mPlace || m.kind == mFull && len(m.members) == 1 && len(m.members[0].code) == 3) || m.members[0].country == "" {
			continue
		}
		if crowdSites[m.prep] || m.prep == "of" && k >= 2 && (s.toks[k-1].Lemma == "street" || s.toks[k-2].Lemma == "street") || s.namedSite(m) {
			return mi // not "protests against France", which is whom
		}
	}
	return -1
}

// crowdSubject reports whether the protest whose first word is token t is
// done by a crowd that only a number or a noun of people names: the trigger
// itself ("thousands ... marched"), or such a noun before it in its clause
// with no actor between ("Hundreds took to the streets").
func (s *sentence) crowdSubject(t int) bool {
	if crowdWords[s.toks[t].Lower] {
		return !s.festive(t)
	}
	for k := t - 1; k >= 0 && !s.boundary[k] && s.toks[k].Lower != ","; k-- {
		if s.in[k] >= 0 {
			return false
		}
		if crowdWords[s.toks[k].Lower] || peopleNouns[s.toks[k].Lower] {
			return !s.festive(t)
		}
	}
	return false
}

// peopleNouns name a crowd by its people, not its number.
var peopleNouns = set(`people crowds crowd residents citizens`)

// festiveWords say that a crowd gathered for something other than a
// protest: "thousands marched in the Victory Day parade".
var festiveWords = set(`parade parades celebrate celebrated celebrating celebration celebrations funeral mourn mourned mourning
	pilgrimage pilgrims festival carnival marathon concert pray prayed prayers worship`)

// festive reports whether the clause of token t has a word of festiveWords.
func (s *sentence) festive(t int) bool {
	b := t
	for b > 0 && !s.boundary[b-1] {
		b--
	}
	for k := b; k < len(s.toks) && (k == b || !s.boundary[k]); k++ {
		if festiveWords[s.toks[k].Lower] {
			return true
		}
	}
	return false
}

// placeRepression returns, for an arrest or a crackdown at token a.trig told
// in a passive with no agent and no actor of a state as its subject
// ("hundreds were detained in Tehran", "protesters were tear-gassed in
// Nairobi"), the place mention after it in its clause where it happened, or
// -1; crowd says the subject is a crowd no actor names.
func (s *sentence) placeRepression(a match, head int, code dyad.EventCode) (int, bool) {
	if code != "173" && code != "175" {
		return -1, false
	}
	pl := -1
	for k := a.trig + 1; k < len(s.toks) && !s.boundary[k]; k++ {
		if mi := s.at[k]; mi >= 0 {
			m := &s.ms[mi]
			if (m.prep == "in" || m.prep == "across" || m.prep == "throughout") && len(m.members) == 1 && len(m.members[0].code) == 3 && m.members[0].country != "" {
				pl = mi
			}
			break
		}
	}
	if pl < 0 {
		return -1, false
	}
	if tgt, _ := s.subject(head, pl); tgt >= 0 {
		for _, y := range s.ms[tgt].members {
			if y.country != s.ms[pl].members[0].country || stateBodies[role(y)] || role(y) == "" || y.person != nil {
				return -1, false // "Two Britons were arrested in Moscow": the pattern's own source codes it
			}
		}
		return pl, false
	}
	return pl, s.crowdBefore(head)
}

// crowdBefore reports whether the clause of token t names a crowd by its
// number or its people before it ("Hundreds were detained").
func (s *sentence) crowdBefore(t int) bool {
	for k := t - 1; k >= 0 && !s.boundary[k]; k-- {
		if crowdWords[s.toks[k].Lower] || peopleNouns[s.toks[k].Lower] || protestersWords[s.toks[k].Lemma] {
			return true
		}
	}
	return false
}

// policeOfPlace codes an arrest or a crackdown found by placeRepression: the
// police of the place's country against the subject, or against the
// country's people when a crowd no actor names is the subject.
func (s *sentence) policeOfPlace(a match, pl int, crowd bool, code dyad.EventCode, conf float64) []proto {
	p := s.ms[pl].members[0]
	src := member{code: p.country + "COP", country: p.country, name: p.name, start: -1, end: -1}
	var tgts []member
	if crowd {
		tgts = []member{{code: p.country + "CVL", country: p.country, name: p.name, start: -1, end: -1}}
	} else if tgt, _ := s.subject(a.trig, pl); tgt >= 0 {
		tgts = s.ms[tgt].members
	}
	var out []proto
	for _, y := range tgts {
		out = append(out, proto{src: src, tgt: y, hasTgt: true, code: code, words: a.words, conf: conf - 0.1, frame: -1})
	}
	return out
}

// crowdUndergoes reports whether a crowd pattern's words pass a passive
// verb before its protest word: "hundreds were detained in Tehran after
// the protests" tells of an arrest, not of who protested.
func (s *sentence) crowdUndergoes(a match) bool {
	for k := a.trig + 1; k < a.end && k+1 < len(s.toks); k++ {
		if beForms[s.toks[k].Lower] && !protestVerbs[s.toks[k+1].Lemma] && strings.HasSuffix(s.toks[k+1].Lower, "ed") {
			return true
		}
	}
	return false
}

// protestSite returns the place mention where the protest noun at token t is
// held when the noun is its clause's subject ("Protests erupted in Tehran",
// "as protests over fuel prices spread across Iran's northwest"), or -1: no
// actor before it in its clause, and a place or country after a preposition
// of place later in the clause.
func (s *sentence) protestSite(t int) int {
	w := &s.toks[t]
	if !protestVerbs[w.Lemma] || !(w.Lower != w.Lemma && strings.HasSuffix(w.Lower, "s") || t > 0 && determiners[s.toks[t-1].Lower] || w.Lower == "rioting") {
		return -1 // a plural noun, or one after a determiner: "protests", "the rally", "as rioting raged"; not "protested"
	}
	if s.modifierNoun(t) {
		return -1 // "at a protest camp": no protest held
	}
	k := t - 1
	for k >= 0 && !s.boundary[k] && s.toks[k].Lower != "," {
		if k >= t-4 && protestPreps[s.toks[k].Lower] && s.in[k] < 0 {
			break // "were killed in two days of rioting in Kampala": where they were, not whose
		}
		if mi := s.in[k]; mi >= 0 && s.ms[mi].usable() && s.ms[mi].prep != "against" {
			return -1 // "Iranians staged protests": someone's; but "anti-government protests" are against the government
		}
		k--
	}
	return s.siteAfter(t, true)
}

// onProtest reports whether the boundary at token k opens a relative clause
// on the protest noun at t, which tells where it was: "riots in which
// government buildings in Almaty were set ablaze", "protests, where".
func (s *sentence) onProtest(t, k int) bool {
	w := s.toks[k].Lower
	return w == "which" && k == t+2 && (isWord(s.toks, t+1, "in") || isWord(s.toks, t+1, "during")) ||
		w == "where" && (k == t+1 || k == t+2 && isWord(s.toks, t+1, ","))
}

// antiIn returns the mention that "anti-" governs in tokens [from, to) or in
// the two words right before ("anti-war protests", "anti-government
// demonstrations"), other than not, or -1.
func (s *sentence) antiIn(from, to, not int) (int, how) {
	for k := max(from-2, 0); k < to && k < len(s.toks); k++ {
		if mi := s.at[k]; mi >= 0 && mi != not && s.ms[mi].prep == "against" && anti(s.toks, k) && len(s.ms[mi].members) > 0 {
			return mi, slot
		}
	}
	return -1, slot
}

// namedSite reports whether mention m, which no preposition governs, is
// the name of a place a kind word introduces after such a preposition:
// "rioting in the capital Port Moresby", "protests in the city of Lae".
func (s *sentence) namedSite(m *mention) bool {
	if m.prep != "" && m.prep != "of" {
		return false
	}
	k := m.start - 1
	if isWord(s.toks, k, "of") {
		k--
	}
	if k < 0 || !isPlaceNoun(&s.toks[k]) {
		return false
	}
	for k--; k >= 0 && (determiners[s.toks[k].Lower] || isPlaceNoun(&s.toks[k]) || !s.toks[k].Cap && s.toks[k].Kind == text.Word && !crowdSites[s.toks[k].Lower] && s.in[k] < 0 && k >= m.start-5); k-- {
		if s.boundary[k] || prepositions[s.toks[k].Lower] && !crowdSites[s.toks[k].Lower] {
			return false
		}
	}
	return k >= 0 && crowdSites[s.toks[k].Lower]
}

// crowdSites are the prepositions that say where a protest is held.
var crowdSites = set(`in across through throughout to`)

// threatAlone reports whether the threat at token t may stand with no
// addressee: the verb "threaten" ("Iran threatened to close the strait"),
// not inside a relative clause, which recalls it as the background of a noun
// ("a pact that it had threatened to scrap").
func (s *sentence) threatAlone(t int) bool {
	if s.toks[t].Lemma != "threaten" {
		return false
	}
	b := t - 1
	for b >= 0 && !s.boundary[b] {
		b--
	}
	if b < 1 || s.toks[b].Lower != "that" && s.toks[b].Lower != "which" {
		return true
	}
	j := b - 1
	if mi := s.in[j]; mi >= 0 {
		// "a pact with Japan that it had threatened to scrap"; but "told
		// Japan that it would" reports
		return s.ms[mi].start == 0 || !prepositions[s.toks[s.ms[mi].start-1].Lower]
	}
	p := &s.toks[j]
	return p.Kind != text.Word || pastForm(p) || clauseWords[p.Lower]
}
