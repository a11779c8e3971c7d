package coder

import (
	"slices"
	"strings"
)

// Reactions: what one side says of an act the same sentence tells another
// side did ("China launched drills around Taiwan, a move Washington called
// provocative"; "..., in what Manila called an act of piracy").

// reactedTo returns the mention of the source of the latest event bound
// before token c whose source is of another country than mention src: the
// act that a reaction after c is about. It returns -1 when there is none.
func (s *sentence) reactedTo(c, src int) int {
	own := ""
	if ms := s.ms[src].members; len(ms) > 0 {
		own = ms[0].country
	}
	for k := len(s.bound) - 1; k >= 0; k-- {
		p := &s.bound[k]
		if len(p.words) == 0 || p.words[0] >= c || p.src.start < 0 || p.src.start >= len(s.toks) || p.src.country == "" || p.src.country == own {
			continue
		}
		if mi := s.in[p.src.start]; mi >= 0 && mi != src && len(s.ms[mi].members) > 0 && s.ms[mi].kind != mAgent {
			return mi
		}
	}
	return -1
}

// labelVerbs are the verbs that give an act a name ("calling it a war crime").
var labelVerbs = set(`call term deem describe brand characterize characterise`)

// restated drops a label in a participle ("accused Russian troops of
// executing prisoners, calling it a war crime") that its source gives an act
// it has already accused or criticised the same target of in the sentence:
// one statement, not two. A label that accuses of a crime says more than the
// criticism before it, and stands for it instead ("condemned the seizure,
// calling it an act of piracy" is 1121, POLICY §22).
func restated(s *sentence, protos []proto) []proto {
	var drop []int
	for i, p := range protos {
		if p.code.Root() != "11" || len(p.words) == 0 || !s.participial(p.words[0]) || !labelVerbs[s.toks[p.words[0]].Lemma] {
			continue
		}
		if k := saidBefore(protos[:i], p); k >= 0 && p.code != "111" && protos[k].code == "111" {
			drop = append(drop, k)
		} else if k >= 0 {
			drop = append(drop, i)
		}
	}
	return withoutAt(protos, func(i int) bool { return slices.Contains(drop, i) })
}

// saidBefore returns the index of an earlier event of p's source against
// p's target that disapproves (11), or -1.
func saidBefore(earlier []proto, p proto) int {
	for k, q := range earlier {
		if q.hasTgt && p.hasTgt && q.src.code == p.src.code && q.tgt.code == p.tgt.code && q.code.Root() == "11" {
			return k
		}
	}
	return -1
}

// chargeNouns sum up an accusation the sentence has told: ", a charge Kigali
// denied".
var chargeNouns = set(`charge charges accusation accusations allegation allegations claim claims`)

// denyVerbs deny a charge summed up before their subject, and denyAdverbs
// may stand between them and it.
var (
	denyVerbs   = set(`deny reject dismiss refute rebuff`)
	denyAdverbs = set(`repeatedly consistently flatly strongly vehemently firmly always already`)
)

// deniedCharges adds the denial that follows an accusation in the same
// sentence: the accused that denies a charge summed up after the accusation
// (", a charge Yerevan denied", ", an accusation Moscow has rejected", ",
// which Kigali denies") denies responsibility (016) to its accuser, and so
// does the accused whose denial names no one ("accused Hezbollah of firing
// rockets, but the group denied any role").
func deniedCharges(s *sentence, protos []proto) []proto {
	var out []proto
	for i := range protos {
		p := &protos[i]
		if p.code != "016" || p.hasTgt || len(p.words) == 0 {
			continue
		}
		if q := accuserOfMember(protos, p.src, p.words[0]); q != nil { // bind8: within one country too (accuserdomestic.go)
			p.tgt, p.hasTgt = q.src, true
		}
	}
	var noun []int // the charge nouns of the denials found
	for k := 3; k < len(s.toks); k++ {
		if !marked(&s.toks[k], cDenyVerb) || s.in[k] >= 0 || inWords(protos, k) { // speed9: a lemma class (wordclass.go)
			continue
		}
		j := k - 1
		for j > 0 && (auxWords[s.toks[j].Lower] || denyAdverbs[s.toks[j].Lower]) {
			j-- // "a charge Kigali has repeatedly denied"
		}
		mi := s.in[j]
		if mi < 0 || !s.ms[mi].usable() {
			continue
		}
		n := s.ms[mi].start - 1
		if n > 0 && isWord(s.toks, n, "the") {
			n-- // "a charge the U.S. military rejected": the accused's own article
		}
		if isWord(s.toks, n, "that") {
			n--
		}
		switch {
		case isWord(s.toks, n, "which") && isWord(s.toks, n-1, ","):
		case n >= 2 && chargeNouns[s.toks[n].Lower] && (isWord(s.toks, n-1, ",") || determiners[s.toks[n-1].Lower] && isWord(s.toks, n-2, ",")):
		default:
			continue
		}
		noun = append(noun, n)
		for _, mb := range s.ms[mi].members {
			if q := accuserOfMember(protos, mb, n); q != nil { // bind8: within one country too (accuserdomestic.go)
				out = append(out, proto{src: mb, tgt: q.src, hasTgt: true, code: "016", words: []int{k}, conf: 0.7, frame: -1, timeFrom: q.words})
			}
		}
	}
	if len(noun) == 0 {
		return protos
	}
	kept := protos[:0:0]
	for _, p := range protos {
		if len(p.words) == 0 || !contains(noun, p.words[0]) {
			kept = append(kept, p) // not "charge Yerevan" read as a verb: the noun sums the accusation up
		}
	}
	return append(kept, out...)
}

// accuserOf returns the latest event before token k that accuses (112) an
// actor of country, or nil.
func accuserOf(protos []proto, country string, k int) *proto {
	for i := len(protos) - 1; i >= 0; i-- {
		q := &protos[i]
		if country != "" && q.hasTgt && q.tgt.country == country && q.src.country != country && len(q.words) > 0 && q.words[0] < k && q.code.Root() == "11" && strings.HasPrefix(string(q.code), "112") {
			return q
		}
	}
	return nil
}

// labelledAct returns, for a label given in a participle to "it" ("condemned
// the seizure, calling it an act of piracy"), the mention of whom the
// source's disapproval before it in the sentence was against: the act named
// is that one, not the pronoun's nearest actor. It returns -1 otherwise.
func (s *sentence) labelledAct(a match, src, tgt int) int {
	t := a.trig
	if tgt < 0 || src < 0 || len(s.ms[src].members) == 0 || s.ms[tgt].kind != mPronoun || !labelVerbs[s.toks[t].Lemma] ||
		!s.participial(t) || !isWord(s.toks, t+1, "it") && !isWord(s.toks, t+1, "this") {
		return -1
	}
	for k := len(s.bound) - 1; k >= 0; k-- {
		p := &s.bound[k]
		if len(p.words) == 0 || p.words[0] >= t || !p.hasTgt || p.code.Root() != "11" || p.src.code != s.ms[src].members[0].code ||
			p.tgt.start < 0 || p.tgt.start >= len(s.toks) {
			continue
		}
		if mi := s.in[p.tgt.start]; mi >= 0 && mi != src && len(s.ms[mi].members) > 0 {
			return mi
		}
	}
	return -1
}

// inResponse reports whether the words within four tokens after token end,
// in its clause, say the act answers another: "recalled its envoy in
// response", "in retaliation", "in protest". A target named after them
// ("in protest at the ruling") is the pattern's own.
func (s *sentence) inResponse(end int) bool {
	for k := end; k < len(s.toks)-1 && k < end+4; k++ {
		if s.boundary[k] && k > end {
			return false
		}
		if isWord(s.toks, k, "in") && responseNouns[s.toks[k+1].Lower] {
			return true
		}
	}
	return false
}

// responseNouns say after "in" that an act answers another.
var responseNouns = set(`response retaliation protest reply retort`)

// cutsAnswer gives a cut in relations or aid (16x), a threat (13x) or a
// disapproval (11x; only of an act on its country or one "after" opens) that
// names no target the side whose act it answers in the same sentence: one
// of another country that acted on its country ("Peru expelled Mexico's
// ambassador, and Mexico recalled its envoy"), else one whose act an
// "after" or "following" opens ("Algeria recalled its ambassador after
// France backed Morocco's plan", "After Ireland recognised a Palestinian
// state, Israel recalled its ambassador"), else the last one of another
// country told before it ("Myanmar's military arrested Suu Kyi, and
// Washington threatened sanctions"), as the codebook's 13x and 16x are
// against whom the threat or the cut is aimed at.
func cutsAnswer(s *sentence, ps []proto) []proto {
	for i := range ps {
		p := &ps[i]
		r := p.code.Root()
		if r != "16" && r != "13" && r != "11" || p.hasTgt || p.src.country == "" || len(p.words) == 0 {
			continue
		}
		var by, last *member
		for k := range ps {
			q := &ps[k]
			if k == i || q.src.country == "" || q.src.country == p.src.country || len(q.words) == 0 {
				continue
			}
			if q.hasTgt && q.tgt.country == p.src.country {
				by = &q.src
				break
			}
			if by == nil && q.src.start > 0 && q.src.start < len(s.toks) && afterWords[s.toks[q.src.start-1].Lower] {
				by = &q.src
			}
			if q.words[0] < p.words[0] {
				last = &q.src
			}
		}
		if by == nil && r != "11" {
			by = last // a disapproval with no "after" may be of no act at all ("condemned the attack as despicable")
		}
		if by != nil {
			p.tgt, p.hasTgt = *by, true
			p.conf -= 0.1
		}
	}
	return ps
}

// afterWords open a clause of the act that another answers.
var afterWords = set(`after following`)
