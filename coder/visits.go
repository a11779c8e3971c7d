package coder

import (
	"slices"

	"github.com/dyadhq/dyad"
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
			(p.tgt.person != nil || role(p.tgt) == "GOV") && len(p.words) > 0 && !s.hostedThing(p.words[0]) {
			// "he was hosted by Putin in Moscow": the guest visited
			v := p
			v.src, v.tgt, v.code = p.tgt, p.src, "042"
			v.conf = max(p.conf-0.1, 0.1)
			out = append(out, v)
			continue
		}
		if p.code != "042" || !p.hasTgt || p.tgt.code == "" || p.src.country != "" && p.src.country == p.tgt.country ||
			p.src.person == nil && role(p.src) != "" && role(p.src) != "GOV" {
			continue
		}
		h := p
		h.src, h.tgt, h.code = p.tgt, p.src, "043"
		h.conf = max(p.conf-0.1, 0.1)
		out = append(out, h)
	}
	return out
}

// noTroopGuests drops the hosting (043) of troops: "the base, which hosts
// U.S. troops" is where they are stationed, no visit.
func (s *sentence) noTroopGuests(ps []proto) []proto {
	out := ps[:0:0]
	for _, p := range ps {
		if p.code == "043" && p.hasTgt && p.tgt.end > p.tgt.start && p.tgt.end <= len(s.toks) && troopNouns[s.toks[p.tgt.end-1].Lemma] {
			continue
		}
		out = append(out, p)
	}
	return out
}

// troopNouns name soldiers and units, who are stationed, not hosted.
var troopNouns = set(`troop troops soldier force forces personnel marine contingent unit battalion brigade servicemen serviceman military`)

// deployments turns the visits (042) of peacekeepers into what CAMEO
// makes of their arrival, military protection (074): "Japanese peacekeepers
// arrived in Juba" is Japan's deployment to South Sudan, not a guest's call.
// So is the arrival abroad of soldiers or police that the sentence calls a
// contingent of a force or mission ("200 Chadian soldiers, the first
// contingent of an African Union force, landed in Bangui").
func (s *sentence) deployments(ps []proto) []proto {
	for k, p := range ps {
		if p.code != "042" {
			continue
		}
		r := role(p.src)
		if hasRole(p.src, "PKO") || (r == "MIL" || r == "COP") && p.hasTgt && p.tgt.country != p.src.country && s.words["contingent"] {
			ps[k].code = "074"
		}
	}
	return ps
}

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
	out := ps[:0:0]
	for _, p := range ps {
		if p.code == "042" && p.hasTgt && p.src.country != "" && p.src.country == p.tgt.country && len(p.tgt.code) == 3 {
			continue
		}
		out = append(out, p)
	}
	return out
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
	out := ps[:0:0]
	for _, p := range ps {
		if p.code == "042" && p.hasTgt && len(p.words) > 0 && visitNouns[s.toks[p.words[0]].Lemma] && intends(p) {
			if tr := s.parse(); tr == nil || tr.UPOS[p.words[0]] == "NOUN" {
				continue
			}
		}
		out = append(out, p)
	}
	return out
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

// hostedPair returns the visits (042) of the pair of mention src to the
// actor of mention host, who held the place where the pair acted, when
// the place is in the host's country and not the guest's: "The foreign
// ministers of Congo and Rwanda signed a peace agreement in Washington at
// a ceremony with Rubio" is each one's visit to the United States, as
// attending a meeting abroad is (POLICY §4); hosts adds the 043s.
func (s *sentence) hostedPair(a match, src, host int, conf float64) []proto {
	h := s.ms[host].members
	if len(h) != 1 || h[0].country == "" {
		return nil
	}
	there := false
	for k := a.trig + 1; k < s.ms[host].start; k++ {
		if mi := s.at[k]; mi >= 0 && locatives[prepBefore(s.toks, s.ms[mi].start)] && len(s.ms[mi].members) == 1 &&
			s.ms[mi].members[0].country == h[0].country && (s.ms[mi].kind == mPlace || len(s.ms[mi].members[0].code) == 3) {
			there = true
		}
	}
	if !there {
		return nil
	}
	var out []proto
	for _, x := range s.ms[src].members {
		if x.country == "" || x.country == h[0].country {
			continue
		}
		out = append(out, proto{src: x, tgt: h[0], hasTgt: true, code: "042", words: a.words, conf: max(conf-0.1, 0.1), frame: -1})
	}
	return out
}
