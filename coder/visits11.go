package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// Talks told with the visit they were held on.
//
// Talks held, or a pact signed, in one side's country are that act alone
// (doc/POLICY.md §4), unless the words tell a visit: "held talks with Putin
// in Moscow on the second day of a three-day state visit", "held talks with
// the Japanese prime minister in Tokyo, the first such visit in 12 years".
// The visit the sentence names with a noun and no destination of its own is
// then the guest's to the host whose country the talks were held in (042),
// and the host's hosting of it (043, which hosts adds).

// visitTalks adds to talks (046) or a signing (057) of two states' leaders
// or officials, held in one of their countries, the visit that the sentence
// names with a noun: the other side's visit there.
func (s *sentence) visitTalks(ps []proto) []proto {
	ps = s.orgVisits(ps)
	if !s.words["visit"] && !s.words["trip"] && !s.words["tour"] {
		return ps
	}
	out := ps
	for _, p := range ps {
		if p.code != "046" && p.code != "057" || !p.hasTgt || len(p.words) == 0 || !s.guestParty(p.src) || !s.guestParty(p.tgt) ||
			p.src.country == "" || p.tgt.country == "" || p.src.country == p.tgt.country {
			continue
		}
		place := s.meetingPlace(p.words[0])
		if place != p.tgt.country && place != p.src.country || !s.toldVisit(place) {
			continue
		}
		v := p
		v.conf, v.frame = max(p.conf-0.1, 0.1), -1
		if place == p.tgt.country {
			v.code = "042"
		} else {
			v.code = "043"
		}
		out = addVisit(out, v) // unless told already ("on a visit to Moscow, held talks with Putin")
	}
	return out
}

// toldVisit reports whether the sentence names a visit with a noun that is
// done, not planned, and goes nowhere but to host: "a three-day state
// visit", "the first visit by an Indian leader", "the first such visit";
// not "invited him to visit", "a planned visit", "before a trip to Poland".
func (s *sentence) toldVisit(host string) bool {
	for k := 1; k < len(s.toks); k++ {
		if w := s.toks[k].Lower; !visitNounForms[w] || w == "tour" && !isWord(s.toks, k-1, "state") {
			continue
		}
		if mi := s.in[min(k+1, len(s.toks)-1)]; k+1 < len(s.toks) && mi >= 0 && !slicesHasCountry(s.ms[mi].members, host) {
			continue // the verb: "visit Beijing"
		}
		b := &s.toks[k-1]
		if b.Kind != text.Word && b.Lower != "-" || toVerbWords[b.Lower] || plannedVisit[b.Lower] {
			continue // "to visit", "will visit", "a planned visit"
		}
		if k >= 2 && plannedVisit[s.toks[k-2].Lower] {
			continue // "an upcoming state visit"
		}
		if !isWord(s.toks, k+1, "to") && !isWord(s.toks, k+1, "of") {
			return true
		}
		if mi := s.at[min(k+2, len(s.toks)-1)]; mi >= 0 && len(s.ms[mi].members) == 1 && s.ms[mi].members[0].country == host {
			return true // "a state visit to Moscow", where the talks were held
		}
	}
	return false
}

// toVerbWords stand before a visit's verb: "to visit", "will visit".
var toVerbWords = set(`to will would could should may might must can did not never also`)

// plannedVisit are the words of a visit still to come or called off.
var plannedVisit = set(`planned upcoming next future proposed possible expected scheduled postponed cancelled canceled delayed`)

// visitNounForms are the forms of visitNouns that are nouns, or may be.
var visitNounForms = set(`visit visits trip trips tour`)

// slicesHasCountry reports whether one of ms is of the country.
func slicesHasCountry(ms []member, country string) bool {
	for _, m := range ms {
		if m.country == country {
			return true
		}
	}
	return false
}

// guestOffice reports whether member m is named by an office one person
// holds, or by a delegation, which a host receives as a guest as it does a
// government (doc/POLICY.md §4: only a person or a government visits):
// "Pakistan's army chief", "the NATO secretary general", "the head of the
// IAEA", "the EU foreign policy chief", "a delegation of lawmakers"; not
// soldiers or police, who are deployed.
func (s *sentence) guestOffice(m member) bool {
	if m.person != nil {
		return true
	}
	if m.end <= m.start || m.end > len(s.toks) {
		return false
	}
	end := m.end
	if mi := s.in[m.start]; mi >= 0 && s.ms[mi].end > end {
		end = s.ms[mi].end
	}
	if guestOffices[s.toks[end-1].Lemma] || s.toks[end-1].Lower == "general" && (isWord(s.toks, end-2, "secretary") || isWord(s.toks, end-2, "-") && isWord(s.toks, end-3, "secretary")) {
		return true // "Pakistan's army chief", "the NATO secretary general"
	}
	for k := end; k < len(s.toks) && k < end+4; k++ {
		// "the EU foreign policy chief": the office after its body
		t := &s.toks[k]
		if t.Kind != text.Word || t.Cap || s.in[k] >= 0 {
			break
		}
		if guestOffices[t.Lemma] {
			return true
		}
	}
	start := m.start
	if mi := s.in[m.start]; mi >= 0 && s.ms[mi].start < start {
		start = s.ms[mi].start
	}
	k := start - 1
	if isWord(s.toks, k, "the") {
		k--
	}
	// "the head of the IAEA", "a delegation of Russian lawmakers"
	return isWord(s.toks, k, "of") && k >= 1 && guestOffices[s.toks[k-1].Lemma]
}

// guestOffices name an office one person holds, or a delegation.
var guestOffices = set(`chief head minister secretary secretary-general envoy president premier speaker lawmaker legislator senator
delegation official diplomat ambassador director chairman chairwoman chair leader negotiator representative emissary governor mayor
counterpart`)

// orgVisits adds to a meeting (040) of an organisation's official with a
// state's leader or official, held in the state's country, the official's
// visit there (042) and the state's hosting of it (043), as meetingsAtHome
// does for two states: "the Egyptian president met the U.N. refugee chief in
// Cairo" is also the U.N. official's visit to Egypt. An organisation has no
// home, so it is never the host; at a third place it is only a meeting.
func (s *sentence) orgVisits(ps []proto) []proto {
	out := ps
	for _, p := range ps {
		if p.code != "040" || !p.hasTgt || len(p.words) == 0 {
			continue
		}
		org, state := p.src, p.tgt
		if !strings.HasPrefix(org.code, "IGO") {
			org, state = p.tgt, p.src
		}
		if !strings.HasPrefix(org.code, "IGO") || org.country != "" || state.country == "" || !official(state) || !s.guestOffice(org) ||
			s.meetingPlace(p.words[0]) != state.country {
			continue
		}
		v := p
		v.conf, v.frame = max(p.conf-0.1, 0.1), -1
		if p.src.code == org.code {
			v.code = "042"
		} else {
			v.code = "043"
		}
		w := v // the guest's visit
		if v.code == "043" {
			w.code, w.src, w.tgt = "042", v.tgt, v.src
		}
		if hasVisit(out, w.src, w.tgt) || hasCode(out, v.src, v.tgt, v.code) {
			continue
		}
		out = append(out, v)
	}
	return out
}

// pastPlace returns the token after a phrase of place that opens at token
// k ("in Beijing", "at the Kremlin"), or -1: "following talks in Beijing with
// Xi" are talks with Xi (frontedMeeting).
func (s *sentence) pastPlace(k int) int {
	if !isWord(s.toks, k, "in") && !isWord(s.toks, k, "at") || k+1 >= len(s.toks) {
		return -1
	}
	j := k + 1
	if isWord(s.toks, j, "the") {
		j++
	}
	if j >= len(s.toks) || s.in[j] < 0 {
		return -1
	}
	m := &s.ms[s.in[j]]
	if m.start != j || len(m.members) != 1 || m.kind != mPlace && !(m.kind == mFull && len(m.members[0].code) == 3) && s.seatCountry(s.in[j]) == "" {
		return -1
	}
	return m.end
}

// openingParticiple returns the participle that opens the sentence with no
// subject of its own and the comma that closes its phrase ("Arriving in
// Tokyo on Monday, the Philippine president met...", "After landing in
// Hanoi, ...", "Visiting Kyiv, ..."), or -1, -1. English reads such an
// opener as done by the main clause's subject.
func (s *sentence) openingParticiple() (int, int) {
	k := 0
	if len(s.toks) > 1 && participleLeads[s.toks[0].Lower] {
		k = 1
	}
	if k >= len(s.toks) || !strings.HasSuffix(s.toks[k].Lower, "ing") || s.toks[k].Kind != text.Word || s.in[k] >= 0 {
		return -1, -1
	}
	for j := k + 1; j < len(s.toks) && j < k+20; j++ {
		if s.toks[j].Lower == "," {
			return k, j
		}
		if s.boundary[j] {
			return -1, -1
		}
	}
	return -1, -1
}

// participleLeads may stand before an opening participle: "After arriving".
var participleLeads = set(`after upon on while`)

// frontedTrip returns the subject of the main clause for a trip told by the
// participle at token t that opens the sentence ("Arriving in Tokyo on
// Monday, the Philippine president said"), or -1.
func (s *sentence) frontedTrip(t, not int) int {
	k, c := s.openingParticiple()
	if k < 0 || t != k || !tripVerbs[s.toks[t].Lemma] {
		return -1
	}
	return s.actorAfterComma(c, not)
}

// tripVerbs are the verbs of a trip abroad.
var tripVerbs = set(`arrive land visit travel fly tour`)

// afterOpener reports whether token t is in the main clause after a trip's
// participle that opens the sentence: that clause's act is its own, not a
// complement of the trip ("Arriving in Tokyo, the president met the
// Japanese prime minister" is a visit and a meeting).
func (s *sentence) afterOpener(t int) bool {
	k, c := s.openingParticiple()
	return k >= 0 && t > c && tripVerbs[s.toks[k].Lemma]
}

// mediatedTalks adds the talks themselves (046, both ways) to a mediation
// (045) whose words name talks between two parties: "Oman mediated talks
// between Iran and the United States" is Oman's mediation with each and the
// talks of Iran and the United States, which took two (doc/POLICY.md §3).
// A deal or a truce brokered between them is not talks, and says nothing
// here.
func (s *sentence) mediatedTalks(ps []proto) []proto {
	out := ps
	for i, p := range ps {
		if p.code != "045" || !p.hasTgt || len(p.words) == 0 || !s.talksIn(p.words) {
			continue
		}
		for _, q := range ps[i+1:] {
			if q.code != "045" || !q.hasTgt || len(q.words) == 0 || q.words[0] != p.words[0] || q.src.code != p.src.code ||
				q.tgt.code == p.tgt.code || q.tgt.country != "" && q.tgt.country == p.tgt.country && q.tgt.code[:3] == p.tgt.code[:3] {
				continue
			}
			for _, d := range [][2]member{{p.tgt, q.tgt}, {q.tgt, p.tgt}} {
				if hasCode(out, d[0], d[1], "046") {
					continue
				}
				t := p
				t.src, t.tgt, t.code, t.conf, t.frame = d[0], d[1], "046", max(p.conf-0.1, 0.1), -1
				out = append(out, t)
			}
		}
	}
	return out
}

// talksIn reports whether the words of an act name talks the two sides
// held: "mediated talks between", "hosted negotiations between"; not
// "mediated indirect talks between".
func (s *sentence) talksIn(words []int) bool {
	for _, k := range words {
		if mediatedTalkNouns[s.toks[k].Lower] {
			// not "indirect talks", where the mediator carries each side's
			// words to the other and the two do not meet
			return !isWord(s.toks, k-1, "indirect") && !isWord(s.toks, k-1, "proximity") && !isWord(s.toks, k-1, "shuttle")
		}
	}
	return false
}

// mediatedTalkNouns name talks a mediator may bring two sides to.
var mediatedTalkNouns = set(`talks negotiations dialogue`)

// guestParty reports whether m may be a guest or a host: a person, a
// state's government, or an office one person holds ("his Russian
// counterpart", "the army chief"), not soldiers or police.
func (s *sentence) guestParty(m member) bool {
	return official(m) || s.guestOffice(m) && !s.forceNoun(m)
}

// counterpartIn reports whether the words of a meeting name its other side
// as the subject's counterpart ("met his Russian counterpart in Moscow"),
// an official, whatever mention the pattern took for it.
func (s *sentence) counterpartIn(words []int) bool {
	for _, k := range words {
		if counterpartWords[s.toks[k].Lower] {
			return true
		}
	}
	return false
}

// homeSummits turns back into a meeting (040) a meeting "on the sidelines
// of" a gathering (044 by its pattern) that the sentence places in one of
// the two sides' countries: "the Indian prime minister met the Australian
// prime minister on the sidelines of the G20 summit in New Delhi" is no
// meeting at a third location, but one at the host's home, and so also the
// guest's visit (meetingsAtHome).
func (s *sentence) homeSummits(ps []proto) []proto {
	for k := range ps {
		p := &ps[k]
		if p.code != "044" || !p.hasTgt || len(p.words) == 0 || p.src.country == "" || p.tgt.country == "" || p.src.country == p.tgt.country {
			continue
		}
		if c := s.meetingPlace(p.words[0]); c != "" && (c == p.src.country || c == p.tgt.country) {
			p.code = "040"
		}
	}
	return ps
}
