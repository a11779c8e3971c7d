package coder

import (
	"slices"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// Visits and their hosts: who went where, whom a visit was to, and what is
// no visit (a deployment, travel at home).

// hosts adds to each visit its host's side, as CAMEO pairs them (042 and
// 043, PETRARCH's "042:043"): "Putin visited North Korea" is also North
// Korea hosting Putin, and "Xi hosted Macron" is also Macron's visit. Only
// a person or a government is a guest (troops that arrive are deployed),
// and a trip at home hosts no one.
func hosts(s *sentence, ps []proto) []proto {
	ps = s.noTroopGuests(ps)
	out := ps
	for _, p := range ps {
		if p.hasTgt && p.code != "042" && p.code != "043" && s.hostOf(p.src, p.tgt) && !hasVisit(out, p.src, p.tgt) {
			// "Xi and his Serbian host, Vucic, signed 28 agreements": a
			// guest has come to its host
			v := p
			v.code, v.conf, v.frame = "042", max(p.conf-0.1, 0.1), -1
			h := v
			h.src, h.tgt, h.code = p.tgt, p.src, "043"
			out = append(out, v, h)
			continue
		}
		if p.code == "043" && p.hasTgt && p.tgt.code != "" && p.src.code != "" && (p.src.country == "" || p.src.country != p.tgt.country) &&
			len(p.words) > 0 && s.guestOf(p) {
			// "he was hosted by Putin in Moscow": the guest visited; so did
			// a state its host received ("Israel and Bahrain signed the
			// accords at a ceremony hosted by Trump")
			out = append(out, linked(p, "042"))
			continue
		}
		if p.code != "042" || !p.hasTgt || p.tgt.code == "" || p.src.country != "" && p.src.country == p.tgt.country ||
			p.src.person == nil && role(p.src) != "" && role(p.src) != "GOV" && !s.guestOffice(p.src) /* visits11 */ {
			continue
		}
		out = append(out, linked(p, "043"))
	}
	return out
}

// linked returns the other side's event that p implies: its parties
// swapped, the given code, and a tenth less confidence, since the words tell
// it only through p ("hosted by Putin" is a visit to him; a guest's visit is
// its host's hosting).
func linked(p proto, code dyad.EventCode) proto {
	h := p
	h.src, h.tgt, h.code = p.tgt, p.src, code
	h.conf = max(p.conf-0.1, 0.1)
	return h
}

// noTroopGuests drops the hosting (043) of troops: "the base, which hosts
// U.S. troops" is where they are stationed, no visit; and the visits of
// machines and of travellers who are no guests (travellers.go).
func (s *sentence) noTroopGuests(ps []proto) []proto {
	return without(ps, func(p proto) bool {
		return p.code == "043" && p.hasTgt && p.tgt.end > p.tgt.start && p.tgt.end <= len(s.toks) && troopNouns[s.toks[p.tgt.end-1].Lemma] ||
			p.code == "042" && (s.machine(p.src) || s.leisureTraveller(p.src)) || p.code == "043" && p.hasTgt && (s.machine(p.tgt) || s.leisureTraveller(p.tgt))
	})
}

// machine reports whether member m is named by a craft or a vehicle, which
// is no guest (doc/POLICY.md §4: only a person or a government visits):
// "two Egyptian military planes landed at Mogadishu airport" delivered
// what they carried, or nothing yet.
func (s *sentence) machine(m member) bool {
	if m.person != nil || m.end <= m.start || m.end > len(s.toks) {
		return false
	}
	w := s.toks[m.end-1].Lemma
	if carriers[w] || aircraftNouns[w] || w == "warship" { // ships.go
		return true
	}
	if k := m.start - 2; k >= 0 && isWord(s.toks, m.start-1, "from") && (carriers[s.toks[k].Lemma] || aircraftNouns[s.toks[k].Lemma]) {
		return true // where the craft came from: "an airliner from Moscow landed"
	}
	// an adjective or an operator's name before the craft: "a Russian
	// airliner", "a Russian Azimuth airlines jet", "the first Chinese cargo ship"
	for k := m.end; k < len(s.toks) && k <= m.end+3; k++ {
		w := s.toks[k].Lemma
		if carriers[w] || aircraftNouns[w] || w == "warship" {
			return true
		}
		if t := s.toks[k]; t.Kind != text.Word || !t.Cap && !craftWords[w] || s.in[k] >= 0 && k > m.end {
			return false
		}
	}
	return false
}

// craftWords stand between a craft's owner and the craft: "a Russian
// cargo ship", "an Iranian passenger jet", "Azimuth airlines jet".
var craftWords = set(`cargo passenger commercial airline airlines charter civilian container merchant`)

// troopNouns name soldiers and units, who are stationed, not hosted.
var troopNouns = set(`troop troops soldier force forces personnel marine contingent unit battalion brigade servicemen serviceman military`)

// deployments turns the visits (042) of peacekeepers into what CAMEO
// makes of their arrival, military protection (074): "Japanese peacekeepers
// arrived in Juba" is Japan's deployment to South Sudan, not a guest's call.
// So is the arrival abroad of soldiers or police that the sentence calls a
// contingent of a force or mission ("200 Chadian soldiers, the first
// contingent of an African Union force, landed in Bangui"); a peace force
// that arrives is also received by its host (peaceHosts).
func (s *sentence) deployments(ps []proto) []proto {
	var arrived []bool // the visits turned into a force's deployment
	for k, p := range ps {
		if p.code != "042" {
			continue
		}
		r := role(p.src)
		abroad := (r == "MIL" || r == "COP") && p.hasTgt && p.tgt.country != p.src.country
		if hasRole(p.src, "PKO") || abroad && (s.words["contingent"] || s.forceNoun(p.src)) {
			ps[k].code = "074"
			if arrived == nil {
				arrived = make([]bool, len(ps))
			}
			arrived[k] = true
		} else if p.hasTgt && p.tgt.country != "" && p.tgt.country != p.src.country && s.reliefNoun(p.src) {
			ps[k].code = "073" // "a brigade of 52 Cuban medics arrived in Milan": relief, not a guest's call
		}
	}
	return s.peaceHosts(arrived, ps)
}

// forceNoun reports whether member m is named by a noun of soldiers or
// police, not by an office or a ministry: "Russian paratroopers", "Kenyan
// police officers" arrive as a force, while "the Russian defence minister"
// visits.
func (s *sentence) forceNoun(m member) bool {
	if m.person != nil || m.end <= m.start || m.end > len(s.toks) {
		return false
	}
	end := m.end
	if mi := s.in[m.start]; mi >= 0 && s.ms[mi].end > end {
		end = s.ms[mi].end // the mention's head: "Russian military officials" are officials
	}
	if end < len(s.toks) && (carriers[s.toks[end].Lemma] || s.toks[end].Lemma == "aircraft") {
		return false // "a Mexican air force plane": a machine of the force, which carries whom it flies
	}
	w := &s.toks[end-1]
	return troopNouns[w.Lemma] || forceWords[w.Lemma] || forceWords[w.Lower] ||
		(w.Lemma == "officer" || w.Lemma == "unit") && end >= 2 && s.toks[end-2].Lower == "police"
}

// reliefNoun reports whether member m is named by a noun of those sent to
// heal or rescue ("Cuban medics", "a team of Chinese doctors", "Japanese
// rescuers", "Chinese medical experts"), who arrive abroad as relief (073).
func (s *sentence) reliefNoun(m member) bool {
	if m.person != nil || m.end <= m.start || m.end > len(s.toks) {
		return false
	}
	end := m.end
	if mi := s.in[m.start]; mi >= 0 && s.ms[mi].end > end {
		end = s.ms[mi].end
	}
	// the noun the mention ends on, or the one right after a country's
	// adjective: "Japanese rescuers", "Chinese medical experts"
	for _, h := range []int{end - 1, end, end + 1} {
		if h >= len(s.toks) || h >= end && (s.toks[h].Kind != text.Word || s.in[h] >= 0) {
			break
		}
		w := &s.toks[h]
		if reliefWords[w.Lemma] || reliefWords[w.Lower] {
			return true
		}
		if h >= 1 && reliefTeams[w.Lemma] && reliefKinds[s.toks[h-1].Lower] {
			return true
		}
	}
	return false
}

// reliefTeams are groups of people that reliefKinds before them make
// relief workers: "rescue teams", "medical experts".
var reliefTeams = set(`team expert worker staff personnel brigade`)

var reliefKinds = set(`medical rescue relief health`)

// reliefWords name those sent to heal or rescue.
var reliefWords = set(`doctor medic paramedic nurse rescuer`)

// forceIn reports whether the words of action a name a force it moves or
// deploys: "sent 400 police officers", "deployment of peacekeepers", a
// class of its pattern ("sending a military platoon").
func (s *sentence) forceIn(a match) bool {
	for _, e := range a.p.Elems {
		if e.Kind == lexicon.EClass {
			return true
		}
	}
	for _, k := range a.words {
		if w := &s.toks[k]; troopNouns[w.Lemma] || forceWords[w.Lemma] || forceWords[w.Lower] || peaceWords[w.Lemma] {
			return true
		}
	}
	return false
}

// peaceWords name what peacekeepers and protection are.
var peaceWords = set(`peacekeeping protection security guarantee umbrella cover mandate escort protect defend guard mission`)

// forceWords name soldiers and police besides troopNouns.
var forceWords = set(`paratrooper commando marine police policeman policemen gendarme peacekeeper special sapper`)

// hasRole reports whether one of the three-letter segments of m's code
// after its first is r ("JPNPKO", "IGOUNOPKO").
func hasRole(m member, r string) bool {
	for k := 3; k+3 <= len(m.code); k += 3 {
		if m.code[k:k+3] == r {
			return true
		}
	}
	return false
}

// homeTrips drops the visits (042) of a country's own people, officials
// too, to a place of their own country ("arrested opposition supporters who
// visited Lusaka", "the prime minister attended a ceremony in Hiroshima"):
// travel at home is no visit in CAMEO's sense, which is a guest's to a host.
func homeTrips(ps []proto) []proto {
	return without(ps, func(p proto) bool {
		return p.code == "042" && p.hasTgt && p.src.country != "" && p.src.country == p.tgt.country && len(p.tgt.code) == 3
	})
}

// planned drops a visit named by a noun ("his first trip to Russia") when
// the sentence says the same visit is still to come (036: "will travel to
// Moscow"): the noun names the planned trip, which is no visit yet (POLICY
// section 2).
func (s *sentence) planned(ps []proto) []proto {
	intends := func(p proto) bool {
		for _, q := range ps {
			if q.code == "036" && q.hasTgt && q.src.country == p.src.country && q.tgt.country == p.tgt.country {
				return true
			}
		}
		return false
	}
	return without(ps, func(p proto) bool {
		if p.code == "042" && p.hasTgt && len(p.words) > 0 && visitNouns[s.toks[p.words[0]].Lemma] && intends(p) {
			tr := s.parse()
			return tr == nil || tr.UPOS[p.words[0]] == "NOUN"
		}
		return false
	})
}

// visited returns the place the sentence is set in ("in Manila") of
// another country than the visitor src's, or -1.
func (s *sentence) visited(src int) (int, how) {
	for mi := range s.ms {
		m := &s.ms[mi]
		if mi == src || !eventPreps[m.prep] || m.kind != mFull && m.kind != mPlace || len(m.members) != 1 || len(m.members[0].code) != 3 {
			continue
		}
		if !slices.ContainsFunc(s.ms[src].members, func(x member) bool { return x.country == m.members[0].country }) {
			return mi, clause
		}
	}
	return -1, clause
}

// visitNouns name a visit.
var visitNouns = set(`trip visit tour`)

// invitations adds the host's invitation (036) to a visit still to come
// ("Xi will travel to Moscow at the invitation of Vladimir Putin"): the host
// intends to meet its guest as much as the guest intends to come. A visit
// made at an invitation has it as its background, no new event.
func (s *sentence) invitations(ps []proto) []proto {
	out := ps
	for _, p := range ps {
		if p.code != "036" || !p.hasTgt || p.src.country == "" || p.src.country == p.tgt.country {
			continue
		}
		if mi := s.inviter(); mi >= 0 {
			for _, h := range s.ms[mi].members {
				if h.country == p.tgt.country && !hasCode(out, h, p.src, "036") {
					inv := p
					inv.src, inv.tgt, inv.frame = h, p.src, -1
					out = append(out, inv)
				}
			}
		}
	}
	return out
}

// inviter returns the mention of whose invitation the sentence names: "at
// the invitation of Vladimir Putin", "on Biden's invitation"; or -1.
func (s *sentence) inviter() int {
	for k := range s.toks {
		if s.toks[k].Lemma != "invitation" || k < 1 {
			continue
		}
		if isWord(s.toks, k+1, "of") || isWord(s.toks, k+1, "from") {
			j := k - 1
			if isWord(s.toks, j, "the") {
				j--
			}
			if mi := s.at[min(k+2, len(s.toks)-1)]; (isWord(s.toks, j, "at") || isWord(s.toks, j, "on")) && mi >= 0 && s.ms[mi].usable() {
				return mi
			}
		}
		if isWord(s.toks, k-1, "'s") && k >= 2 {
			if mi := s.in[k-2]; mi >= 0 && s.ms[mi].usable() && (isWord(s.toks, s.ms[mi].start-1, "at") || isWord(s.toks, s.ms[mi].start-1, "on")) {
				return mi
			}
		}
	}
	return -1
}

// hasCode reports whether ps has the event x → y of the code.
func hasCode(ps []proto, x, y member, code dyad.EventCode) bool {
	for _, p := range ps {
		if p.code == code && p.src.code == x.code && p.tgt.code == y.code {
			return true
		}
	}
	return false
}

// hostOf reports whether y is named as x's host: "Xi and his Serbian host,
// Vucic", "Modi and his host Putin", "Egypt and its Qatari host".
func (s *sentence) hostOf(x, y member) bool {
	if x.end <= x.start || y.start <= x.end {
		return false
	}
	k := y.start - 1
	if isWord(s.toks, k, ",") {
		k--
	}
	if isWord(s.toks, y.end, "host") {
		k = y.end
	}
	if !isWord(s.toks, k, "host") {
		return false
	}
	for k--; k > x.end && (s.in[k] >= 0 || s.toks[k].Cap) && s.toks[k].Kind == text.Word && !pronouns[s.toks[k].Lower]; k-- {
		// "his Serbian host": the host's country
	}
	return k == x.end+1 && pronouns[s.toks[k].Lower] && isWord(s.toks, x.end, "and")
}

// hasVisit reports whether ps has x's visit to y.
func hasVisit(ps []proto, x, y member) bool {
	for _, p := range ps {
		if p.code == "042" && p.src.code == x.code && p.tgt.code == y.code {
			return true
		}
	}
	return false
}

// hostedThing reports whether the participle at token t modifies a noun that
// names no actor: "peace talks hosted by Cuba" host talks, not a visit.
func (s *sentence) hostedThing(t int) bool {
	k := t - 1
	return k >= 0 && s.toks[k].Kind == text.Word && s.in[k] < 0 && !beForms[s.toks[k].Lower] && !clauseWords[s.toks[k].Lower] &&
		s.toks[k].Lower != "and" && s.toks[k].Lower != "who"
}

// guestOf reports whether the target of hosting p visited its host: an
// official hosted ("he was hosted by Putin in Moscow"), not a thing hosted
// ("a website hosted by"); or an official or a state received at a gathering
// the host held ("signed the accords at a ceremony hosted by Trump").
func (s *sentence) guestOf(p proto) bool {
	w := p.words[0]
	if !s.hostedThing(w) {
		// "hosted his Zimbabwean counterpart": a counterpart is an
		// official, named by the adjective of his country (coop6)
		return official(p.tgt) || p.tgt.end > p.tgt.start && p.tgt.end < len(s.toks) && counterpartWords[s.toks[p.tgt.end].Lower] ||
			s.guestOffice(p.tgt) && !s.forceNoun(p.tgt) // visits11: "received the Sudanese army chief"
	}
	return hostedGathering[s.toks[w-1].Lemma] && (official(p.tgt) || p.tgt.code == p.tgt.country)
}

// hostedGathering are the things hosted that their guests attend, and so
// visit the host: "signed the accords at a ceremony hosted by Trump".
var hostedGathering = set(`ceremony reception summit meeting conference dinner banquet lunch luncheon`)

// carried reports whether token t is "flown" as a passive or a participle
// on its noun ("was flown to Bamako", "were freed and flown to Niamey"):
// someone else carried the people, who make no visit; not the perfect of
// one who flew ("has flown to Beijing").
func (s *sentence) carried(t int) bool {
	return s.toks[t].Lower == "flown" && !haveForms[s.toks[max(t-1, 0)].Lower]
}

// carriedBefore reports whether people are carried somewhere before token t.
func (s *sentence) carriedBefore(t int) bool {
	for k := range t {
		if s.carried(k) {
			return true
		}
	}
	return false
}

// haveForms make a perfect: "has flown".
var haveForms = set(`has have had having`)

// meetingsAtHome adds to a meeting (040) of two states' leaders or
// officials held in one of their countries the visit it also is, as the
// team's annotators code it: "Ruto met Xi in Beijing" is a meeting and
// Kenya's visit to China (042), which China hosts (043). Each side of the
// mutual meeting adds the guest's or the host's act; a meeting at a third
// place ("met in Geneva") is only a meeting.
func (s *sentence) meetingsAtHome(ps []proto) []proto {
	out := ps
	for _, p := range ps {
		if p.code != "040" || !p.hasTgt || len(p.words) == 0 || !s.guestParty(p.src) || !s.guestParty(p.tgt) && !s.counterpartIn(p.words) /* visits11 */ ||
			p.src.country == "" || p.tgt.country == "" || p.src.country == p.tgt.country {
			continue
		}
		v := p
		v.conf = max(p.conf-0.1, 0.1)
		switch s.meetingPlace(p.words[0]) {
		case p.tgt.country:
			v.code = "042"
		case p.src.country:
			v.code = "043"
		default:
			continue
		}
		out = addVisit(out, v) // unless told already ("on a state visit to Washington, met Biden at the White House")
	}
	return out
}

// addVisit adds to ps the visit v (042) or its hosting (043) that a meeting
// or talks in one side's country tell, unless ps holds it already, or the
// visit of which v is the hosting: the guest's own is the other half.
func addVisit(ps []proto, v proto) []proto {
	w := v
	if v.code == "043" {
		w.code, w.src, w.tgt = "042", v.tgt, v.src
	}
	if hasCountryEvent(ps, v) || hasCountryEvent(ps, w) {
		return ps
	}
	return append(ps, v)
}

// hasCountryEvent reports whether ps holds p's code between the countries of
// p's source and target.
func hasCountryEvent(ps []proto, p proto) bool {
	for _, q := range ps {
		if q.code == p.code && q.hasTgt && q.src.country == p.src.country && q.tgt.country == p.tgt.country {
			return true
		}
	}
	return false
}

// leaderCrossings turns a crossing into another country by a person who
// holds office, or by a government ("the North Korean leader's special
// train crossed into China", "the South Korean president crossed into
// North Korea"), into the visit it is (042): an incursion (19x) is a
// force's, not a guest's.
func (s *sentence) leaderCrossings(ps []proto) []proto {
	for k := range ps {
		p := &ps[k]
		if p.code.Root() != "19" || !p.hasTgt || len(p.tgt.code) != 3 || p.tgt.country == p.src.country || len(p.words) == 0 ||
			p.src.person == nil && role(p.src) != "GOV" || role(p.src) != "" && role(p.src) != "GOV" {
			continue
		}
		t := p.words[0]
		if w := s.toks[t].Lemma; (w == "cross" || w == "enter") && t > 0 && (s.in[t-1] >= 0 && s.ms[s.in[t-1]].kind != mAgent || leaderVehicles[s.toks[t-1].Lemma]) ||
			vehicleMoves[w] && t > 0 && leaderVehicles[s.toks[t-1].Lemma] { // visits11: "the leader's train rolled across the border into Russia
			// the leader's own words, or the train or plane that carries
			// the leader: not "the government's militias crossed"
			p.code = "042"
		}
	}
	return ps
}

// leaderVehicles carry a leader on a trip: "the leader's special train".
var leaderVehicles = set(`train plane jet aircraft motorcade convoy helicopter`)

// vehicleMoves are what a leader's vehicle does on the way into another
// country: "the leader's train rolled into Russia" (visits11).
var vehicleMoves = set(`roll pull move travel steam rumble head drive`)

// ceremonyHosts adds the host of a signing that a list's pattern ends on
// "at a ceremony with" or "in the presence of" ("Ethiopia and Eritrea
// signed a peace accord in Jeddah at a ceremony with the Saudi king"): the
// host receives each signer (043), and each signer visits a host who is a
// person or a government (042); not where the sentence places the ceremony
// in another country ("with Trump in Kuala Lumpur").
func (s *sentence) ceremonyHosts(ps []proto) []proto {
	out := ps
	for _, p := range ps {
		if p.code != "057" || len(p.words) == 0 || p.src.country == "" {
			continue
		}
		k := p.words[len(p.words)-1] + 1
		if isWord(s.toks, k, "the") {
			k++
		}
		if k >= len(s.toks) || s.at[k] < 0 || !s.ms[s.at[k]].usable() || !isWord(s.toks, p.words[len(p.words)-1]-1, "ceremony") &&
			!isWord(s.toks, p.words[len(p.words)-1]-1, "reception") && !isWord(s.toks, p.words[len(p.words)-1]-1, "presence") {
			continue
		}
		for _, h := range s.ms[s.at[k]].members {
			if h.country == "" || h.country == p.src.country || s.elsewhere(h.country, k) {
				continue
			}
			host := p
			host.src, host.tgt, host.hasTgt, host.code, host.conf = h, p.src, true, "043", max(p.conf-0.1, 0.1)
			out = append(out, host)
			if official(h) {
				guest := host
				guest.src, guest.tgt, guest.code = p.src, h, "042"
				out = append(out, guest)
			}
		}
	}
	return out
}

// official reports whether m may be a guest or a host: a person, or a
// state's government.
func official(m member) bool {
	return m.person != nil || role(m) == "GOV"
}

// meetingPlace returns the country of the place a meeting whose verb is at
// token t is set in: a place after it, in its clause, after "in" or "at"
// ("met Xi in Beijing", "met at the Kremlin in Moscow"); or "".
func (s *sentence) meetingPlace(t int) string {
	if c := s.attributiveSeat(t); c != "" {
		return c // "an Oval Office meeting" (seatmeeting.go)
	}
	cl := s.placeClause(t)
	for mi := range s.ms {
		m := &s.ms[mi]
		if c := s.seatCountry(mi); c != "" && m.start > t && (m.prep == "in" || m.prep == "at") && s.placeClause(m.start) == cl {
			return c // "met Zelenskiy at the White House"
		}
		if m.start <= t || m.prep != "in" && m.prep != "at" || m.kind != mFull && m.kind != mPlace ||
			len(m.members) != 1 || len(m.members[0].code) != 3 || s.placeClause(m.start) != cl {
			continue
		}
		return m.members[0].country
	}
	return ""
}

// elsewhere reports whether the sentence names, after a preposition of
// place, a place or a capital of a country other than country, in the
// clause of token k: not in a phrase set off by a comma after it ("...,
// aimed at ending fighting in eastern Congo" places no ceremony).
func (s *sentence) elsewhere(country string, k int) bool {
	end := k
	for end < len(s.toks) && s.toks[end].Lower != "," && s.toks[end].Lower != ";" {
		end++
	}
	for i := range s.ms {
		m := &s.ms[i]
		if m.start >= end {
			break
		}
		if len(m.members) != 1 || !locatives[prepBefore(s.toks, m.start)] || (m.kind != mPlace && len(m.members[0].code) != 3) {
			continue
		}
		if c := m.members[0].country; c != "" && c != country {
			return true
		}
	}
	return false
}
