package coder

import (
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// Statements: what a speaker says to or of others (CAMEO 01, 10-13) where
// the pattern that found it says too much: an order a government gives its
// own organs, a remark to its own audience, an accusation of an attack that
// was no military act.

// orderVerbs give orders; an order is a demand (100) only to another.
var orderVerbs = set(`order instruct command direct`)

// ownOrders drops the bare demand (100) of an order that a state or its
// leader gives a body or a people of its own country ("Prigozhin ordered
// his fighters to halt", "the Taliban ordered universities to bar women",
// "a judge ordered the critic jailed", "Trump ordered National Guard troops
// to Los Angeles"): a command within a state is how it acts, not a demand
// on another party, and the act ordered, where a pattern finds it, is the
// event. So is an order whose object is an act ("had ordered the attack"):
// the act is ordered, not an addressee. An order to another state's people
// or forces ("ordered 1,000 U.S. troops to leave") keeps the code its
// pattern gives.
func ownOrders(s *sentence, protos []proto) []proto {
	return without(protos, func(p proto) bool {
		return p.code == "100" && p.hasTgt && len(p.words) > 0 && orderVerbs[s.toks[p.words[0]].Lemma] && (sameCountry(p) || s.actNoun(p.tgt))
	})
}

// sameCountry reports whether p's source and target are of one country.
func sameCountry(p proto) bool {
	return p.hasTgt && p.src.country != "" && p.src.country == p.tgt.country
}

// actNoun reports whether member m was found through a reference to an
// earlier act ("the attack", "the strike").
func (s *sentence) actNoun(m member) bool {
	if m.start < 0 || m.start >= len(s.toks) {
		return false
	}
	mi := s.in[m.start]
	return mi >= 0 && s.ms[mi].kind == mEvent
}

// ownAudience drops a bare statement (010) a speaker makes to people or
// officials of its own country: "told military pilots at an air base",
// "telling pilgrims in St. Peter's Square", "prompting the government to tell
// residents to take cover", "told President Putin that". What is said at home
// is the statement's content, coded where a pattern finds it, not an event
// between the speaker and its listeners. A statement to the press or to a
// legislature ("told reporters", "addressed parliament") is the public
// statement 010 is for, and one to another country ("told the Security
// Council") stays.
//
// Nor is the statement that attributes a report ("..., the minister said in
// a statement on state television": the channel is no addressee), nor a
// response to an act ("while responding to an Israeli air raid": the
// adjective names whose act it was, no one spoken to).
func ownAudience(s *sentence, protos []proto) []proto {
	return without(protos, func(p proto) bool {
		return p.code == "010" && (sameCountry(p) && !publicAudience(p.tgt) || s.attribution(p) || s.actResponse(p))
	})
}

// attribution reports whether p's word is "statement" in "said in a
// statement", "in a televised statement".
func (s *sentence) attribution(p proto) bool {
	if len(p.words) == 0 || s.toks[p.words[0]].Lower != "statement" {
		return false
	}
	for k := p.words[0] - 1; k >= 0 && k >= p.words[0]-3; k-- {
		if s.toks[k].Lower == "in" {
			return true
		}
	}
	return false
}

// responseVerbs answer what was said or done.
var responseVerbs = set(`respond reply answer`)

// actResponse reports whether p is a response whose target is only the
// adjective of an act ("responding to an Israeli air raid").
func (s *sentence) actResponse(p proto) bool {
	if len(p.words) == 0 || !responseVerbs[s.toks[p.words[0]].Lemma] || p.tgt.start < 0 || p.tgt.start >= len(s.toks) {
		return false
	}
	mi := s.in[p.tgt.start]
	return mi >= 0 && s.ms[mi].kind == mWeak
}

// publicAudience reports whether m is the press or a legislature.
func publicAudience(m member) bool {
	role := strings.TrimPrefix(m.code, m.country)
	return strings.HasPrefix(role, "MED") || strings.HasPrefix(role, "LEG")
}

// saidAct reports whether code is a demand, a disapproval, a rejection or a
// threat (10-13): after "after" and a gerund ("days after threatening to
// target Israeli ships", "hours after accusing Kigali of backing the
// rebels") it is an act of its own, done at its own time, as a material act
// there is (afterGerund), not a complement of the clause's act.
func saidAct(code dyad.EventCode) bool {
	r := code.Root()
	return r >= "10" && r <= "13"
}

// retaliateWords name a response to what was done, or what the doer will
// suffer for it ("would pay a heavy price", "vowed severe punishment").
var retaliateWords = set(`retaliate retaliation avenge revenge respond response reprisal retribution vengeance punish punishment pay`)

// forceAnswered makes a vowed or threatened retaliation (130) against a side
// the sentence has told used force on the speaker's country a threat of
// force (138): "Pakistani jets bombed hideouts in Afghanistan, a Taliban
// spokesman said, vowing to retaliate", "Hezbollah vowed to respond to the
// strike". What answers force is force; a vow to answer sanctions or words
// stays 130.
func forceAnswered(s *sentence, protos []proto) []proto {
	for i := range protos {
		p := &protos[i]
		if p.code != "130" || !p.hasTgt || !s.saysRetaliation(p.words) {
			continue
		}
		for _, q := range protos[:i] {
			if r := q.code.Root(); (r == "18" || r == "19" || r == "20") && q.hasTgt && q.src.country == p.tgt.country && q.tgt.country == p.src.country && p.src.country != "" {
				p.code = "138"
				break
			}
		}
	}
	return protos
}

// saysRetaliation reports whether one of the words at ws names a response.
func (s *sentence) saysRetaliation(ws []int) bool {
	for _, w := range ws {
		if retaliateWords[s.toks[w].Lemma] || retaliateWords[s.toks[w].Lower] {
			return true
		}
	}
	return false
}

// joinedDemand reports whether frame f is a demand joined by "and" to the
// act its clause reports: "accused Russia of downing the plane and demanded
// that Moscow admit its guilt" makes a second statement, the demand, not a
// complement of the accusation.
func (s *sentence) joinedDemand(f match) bool {
	return f.p.Frame == "DEMAND" && f.target >= 0 && isWord(s.toks, f.trig-1, "and") && s.coordinated(f.trig)
}

// leaveWords are the verbs of a force's going away.
var leaveWords = set(`withdraw leave pull quit depart`)

// askedToLeave makes a request that another withdraw its forces (0256,
// through the appeal frame) a demand for withdrawal (106) when the words
// ask or tell it to: "the Maldives asked India to withdraw its troops from
// the islands", as "asked the UN to withdraw" and "told them to leave"
// already are (the 106 pattern of ask and tell). "Called on Russia to
// withdraw its troops", "urged", and a request that a force leave a third
// country stay appeals.
func askedToLeave(s *sentence, protos []proto) []proto {
	for i := range protos {
		p := &protos[i]
		if p.code != "0256" || len(p.words) == 0 {
			continue
		}
		t := p.words[0] // the appeal's word, or its frame's
		if p.frame >= 0 && p.frame < len(s.toks) {
			t = p.frame
		}
		if l := s.toks[t].Lemma; l != "ask" && l != "tell" {
			continue
		}
		for _, w := range p.words {
			if leaveWords[s.toks[w].Lemma] {
				if !s.thirdPlace(w, p) {
					p.code = "1056"
				}
				break
			}
		}
	}
	return protos
}

// thirdPlace reports whether a country other than p's source and target is
// named after token w in its clause: what a force is asked to leave is then
// a third party's land ("asked Russia to withdraw its troops from Ukraine"),
// and the request an appeal for de-escalation, not the host's demand.
func (s *sentence) thirdPlace(w int, p *proto) bool {
	for k := w + 1; k < len(s.toks) && s.toks[k].Lower != ";"; k++ {
		mi := s.in[k]
		if mi < 0 {
			continue
		}
		for _, mb := range s.ms[mi].members {
			if mb.country != "" && mb.country != p.src.country && mb.country != p.tgt.country {
				return true
			}
		}
	}
	return false
}

// joinedSource gives the demand evs of frame f the source of the latest
// event before it, the act it is joined to: the subject of both verbs,
// not a place named in between ("accused Russia of shooting at the jet that
// crashed in Kazakhstan, and demanded that Moscow admit its guilt").
func joinedSource(f match, evs, out []proto) []proto {
	for k := len(out) - 1; k >= 0; k-- {
		b := out[k]
		if len(b.words) == 0 || b.words[0] >= f.trig {
			continue
		}
		var kept []proto
		for _, e := range evs {
			if e.hasTgt && e.tgt.country != b.src.country {
				e.src = b.src
				kept = append(kept, e)
			}
		}
		return kept
	}
	return nil
}

// attackNouns name an attack an accusation may be about.
var attackNouns = set(`attack attacks bombing bombings blast blasts explosion explosions`)

// terrorWords before an attack noun make it no military act.
var terrorWords = set(`arson terror terrorist suicide bomb`)

// terrorBlamed makes an accusation of aggression (1123) whose attack is a
// bombing, an arson or a terrorist attack a plain accusation (112): "blamed
// Russian intelligence for an arson attack", "a suicide bomber killed 40
// police officers, and India accused Pakistan of having a hand in the
// attack", "a car bomb exploded ..., and the government blamed the rebels
// for the attack". The codebook's 1123 is for hostilities and questionable
// military acts ("attacks on two oil tankers", "firing on its positions"),
// which keep it.
func terrorBlamed(s *sentence, protos []proto) []proto {
	for i := range protos {
		p := &protos[i]
		if p.code != "1123" || len(p.words) == 0 {
			continue
		}
		for k := p.words[0]; k <= p.words[len(p.words)-1] && k < len(s.toks); k++ {
			if !attackNouns[s.toks[k].Lower] {
				continue
			}
			if k > 0 && terrorWords[s.toks[k-1].Lower] || isWord(s.toks, k-1, "the") && bombedBefore(protos[:i], k) {
				p.code = "112"
			}
			break
		}
	}
	return protos
}

// bombedBefore reports whether an event before token k is a bombing or
// other unconventional violence (18).
func bombedBefore(protos []proto, k int) bool {
	for _, q := range protos {
		if q.code.Root() == "18" && len(q.words) > 0 && q.words[0] < k {
			return true
		}
	}
	return false
}

// speakerNouns may stand between a speaker's name and "said": "the
// Philippine military chief said", "a Taliban government spokesman said".
var speakerNouns = set(`chief spokesman spokeswoman spokesperson official officials head minister ministry office`)

// spokenBy gives the events evs of a participle after a closing attribution
// (", the ministry said, calling it a war crime", ", the military chief
// said, denouncing the raid as piracy") the speaker before "said" (at token
// said) as their source: the participle is the speaker's act. A target of
// the speaker's own country (the "it" of "calling it", read as the
// speaker) is none, left to avenged to find whose act it was. With no
// speaker found, evs are kept.
func (s *sentence) spokenBy(said int, evs []proto, words []int, code dyad.EventCode) []proto {
	k := said - 1
	for n := 0; n < 2 && k > 0 && s.in[k] < 0 && speakerNouns[s.toks[k].Lower]; n++ {
		k--
	}
	if k < 0 || s.in[k] < 0 || !s.ms[s.in[k]].usable() {
		return evs
	}
	sp := &s.ms[s.in[k]]
	country := sp.members[0].country
	if len(evs) > 0 && evs[0].src.country == country {
		return evs // the clause's subject is the speaker
	}
	var out []proto
	for _, mb := range sp.members {
		e := proto{src: mb, code: code, words: words, conf: 0.6, frame: -1}
		for _, x := range evs {
			if x.hasTgt && x.tgt.country != country {
				e.tgt, e.hasTgt = x.tgt, true
				break
			}
		}
		out = append(out, e)
	}
	return out
}

// offerNouns sum up a proposal or a demand the sentence has told: ", an
// ultimatum that Kyiv rejected".
var offerNouns = set(`ultimatum demand demands proposal proposals offer plan call request`)

// deescalationWords in what was proposed make its rejection a refusal to
// de-escalate (1246: "rejections of ceasefires, military withdrawals, and
// demobilization").
var deescalationWords = set(`surrender arms disarm withdraw withdrawal ceasefire truce retreat`)

// rejectedOffers adds the rejection that sums up a proposal, a demand or an
// ultimatum told before it in the sentence: "Russia gave the defenders until
// dawn to lay down their arms, an ultimatum that Kyiv rejected outright" is
// Ukraine's refusal (1246 when what was asked was a surrender, a withdrawal
// or a truce, else 120) against whoever made it, the source of the latest
// event before the noun of another country. The noun itself is no event
// (", an ultimatum" alone, 139 with no target).
func rejectedOffers(s *sentence, protos []proto) []proto {
	var out []proto
	var noun []int
	for k := 3; k < len(s.toks); k++ {
		if !marked(&s.toks[k], cRejectVerb) || s.in[k] >= 0 || inWords(protos, k) { // speed9: a lemma class (wordclass.go)
			continue
		}
		j := k - 1
		for j > 0 && (auxWords[s.toks[j].Lower] || denyAdverbs[s.toks[j].Lower]) {
			j--
		}
		mi := s.in[j]
		if mi < 0 || !s.ms[mi].usable() {
			continue
		}
		n := s.ms[mi].start - 1
		if isWord(s.toks, n, "that") || isWord(s.toks, n, "which") {
			n--
		}
		if n < 2 || !offerNouns[s.toks[n].Lower] || !(isWord(s.toks, n-1, ",") || determiners[s.toks[n-1].Lower] && isWord(s.toks, n-2, ",")) {
			continue
		}
		code := "120"
		for t := 0; t < n; t++ {
			if deescalationWords[s.toks[t].Lemma] || deescalationWords[s.toks[t].Lower] {
				code = "1246"
				break
			}
		}
		noun = append(noun, n)
		for _, mb := range s.ms[mi].members {
			if q := proposerOf(protos, mb.country, n); q != nil {
				out = append(out, proto{src: mb, tgt: q.src, hasTgt: true, code: dyad.EventCode(code), words: []int{k}, conf: 0.7, frame: -1})
			}
		}
	}
	if len(noun) == 0 {
		return protos
	}
	kept := protos[:0:0]
	for _, p := range protos {
		if len(p.words) == 0 || !contains(noun, p.words[0]) {
			kept = append(kept, p)
		}
	}
	return append(kept, out...)
}

// rejectVerbs reject what was proposed.
var rejectVerbs = set(`reject rebuff spurn dismiss`)

// proposerOf returns the latest event before token k whose source is of
// another country than country, or nil.
func proposerOf(protos []proto, country string, k int) *proto {
	for i := len(protos) - 1; i >= 0; i-- {
		q := &protos[i]
		if country != "" && q.src.country != "" && q.src.country != country && len(q.words) > 0 && q.words[0] < k {
			return q
		}
	}
	return nil
}

// ultimatumContent drops the act an ultimatum told by a deadline demands
// ("gave the defenders until dawn to lay down their arms", "gave Hamas 48
// hours to release the hostages"): it is what the ultimatum (139, whose
// words end at "to") asks of its target, not an act of the one who gives it.
func ultimatumContent(s *sentence, protos []proto) []proto {
	var ends []int
	for _, p := range protos {
		if p.code == "139" && len(p.words) > 0 {
			if e := p.words[len(p.words)-1]; isWord(s.toks, e, "to") {
				ends = append(ends, e+1)
			}
		}
	}
	if len(ends) == 0 {
		return protos
	}
	out := protos[:0:0]
	for _, p := range protos {
		if p.code != "139" && len(p.words) > 0 && contains(ends, p.words[0]) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// subjectParticiple reports whether action a, a defiance (128), is a
// participle right after the noun of its subject ("crowds defying a curfew
// stormed her residence"): it tells how the subject did what its clause's
// verb says, which is still the clause's act.
func (s *sentence) subjectParticiple(a match, code dyad.EventCode) bool {
	t := a.trig
	if code != "128" || t < 1 || s.in[t-1] < 0 || s.in[t] >= 0 {
		return false
	}
	w := &s.toks[t]
	return strings.HasSuffix(w.Lower, "ing") && w.Lemma != w.Lower
}

// defiantProtests drops a defiance (128) of its source's that the sentence
// also tells protesting or rioting (14): "crowds defying a curfew stormed
// her residence", "protesters defied a curfew and set fire to parliament"
// tell one protest, how it was held and what it did, as the team's gold
// codes such reports (no 128 beside the 14x).
func defiantProtests(protos []proto) []proto {
	return without(protos, func(p proto) bool {
		return p.code == "128" && protestedToo(protos, p.src.code)
	})
}

// protestedToo reports whether an event of protos by src is a protest (14).
func protestedToo(protos []proto, src string) bool {
	for _, q := range protos {
		if q.src.code == src && q.code.Root() == "14" {
			return true
		}
	}
	return false
}

// allegedAdjective drops an accusation read from "alleged" used as an
// adjective ("deported 238 Venezuelans, alleged members of a gang",
// "arrested three alleged smugglers"): the word hedges a description, no
// one accuses anyone by it. "The ministry alleged that ..." (a speaker
// right before) and "alleged that" keep theirs.
func allegedAdjective(s *sentence, protos []proto) []proto {
	return without(protos, func(p proto) bool {
		if len(p.words) == 0 || p.code.Root() != "11" {
			return false
		}
		t := p.words[0]
		return s.toks[t].Lower == "alleged" && t > 0 && s.in[t-1] < 0 && !isWord(s.toks, t+1, "that")
	})
}

// chargeVerbs are the participles whose object is a party charged or
// pressed: ", accusing it of backing terrorism".
var chargeVerbs = set(`accuse blame charge fault criticize criticise condemn urge warn`)

// partyPreps name the party a clause's act was done to or with ("severed
// ties with Qatar", "imposed sanctions on Iran").
var partyPreps = set(`with on against`)

// chargedObject reports whether the pronoun at token i ("it", "them") is the
// object of such a participle after a comma: it is never the participle's
// understood subject, the clause's subject, and may be the party the
// clause's act named after a preposition ("Saudi Arabia, Egypt and Bahrain
// severed ties with Qatar, accusing it of backing terrorism").
func chargedObject(toks []text.Token, i int) bool {
	if i < 2 || toks[i].Lower != "it" && toks[i].Lower != "them" {
		return false
	}
	g := &toks[i-1]
	return toks[i-2].Lower == "," && strings.HasSuffix(g.Lower, "ing") && chargeVerbs[g.Lemma]
}

// selfDenial gives a denial (016) that names its own country as the one it
// answers ("Moscow rejected accusations that it had targeted the hospital":
// "it" is Moscow) the other country its source's earlier act in the
// sentence was done to, as a denial is addressed to whom the act denied
// would have struck (doc/POLICY.md section 1). With no such act a denial
// to its own actor is dropped (no one denies to itself), and one between
// two sides of a country ("the RSF rejected army accusations") stays.
func selfDenial(protos []proto) []proto {
	for i := range protos {
		p := &protos[i]
		if p.code != "016" || !sameCountry(*p) {
			continue
		}
		for k := i - 1; k >= 0; k-- {
			if q := protos[k]; q.src.country == p.src.country && q.hasTgt && q.tgt.country != "" && q.tgt.country != p.src.country {
				p.tgt = q.tgt
				break
			}
		}
	}
	return without(protos, func(p proto) bool { return p.code == "016" && p.hasTgt && p.src.code == p.tgt.code })
}

// summaryPreps open an adjunct that a summary noun heads.
var summaryPreps = set(`in after following`)

// adjunctSummary returns the preposition before a summary noun at token k
// that heads an adjunct of the clause before, with no comma: "jailed him
// in a ruling that Washington called a sham", "sentenced him after a
// closed trial that the newspaper called a sham" (up to two describing
// words before the noun); or -1. A critic src whose country only the
// context gave ("the newspaper" in a report set in Yekaterinburg) is not
// trusted to be another side than the act's doer: -1.
func (s *sentence) adjunctSummary(k, src int) int {
	if !summaryNouns[s.toks[k].Lemma] || s.ms[src].kind == mImplied {
		return -1
	}
	j := k - 1
	for n := 0; n < 2 && j > 0 && s.in[j] < 0 && s.toks[j].Kind == text.Word && !s.toks[j].Cap && !determiners[s.toks[j].Lower]; n++ {
		j-- // "a closed trial"
	}
	if j < 2 || !(s.toks[j].Lower == "a" || s.toks[j].Lower == "an") || !summaryPreps[s.toks[j-1].Lower] || s.in[j-2] >= 0 {
		return -1
	}
	return j - 1
}

// undoWords ask that a measure be undone.
var undoWords = set(`lift lifted lifting repeal repealed revoke revoked revocation rescind rescinded scrap scrapped withdraw withdrawn`)

// undoDemanded gives a bare demand (100) that asks for "it" to be undone a
// measure the sentence told its target imposed the code of easing it:
// "declared martial law, but lawmakers voted to demand its repeal", "...
// demanded that it be lifted" is a demand to ease an administrative
// sanction (1051), and of a sanction or an embargo, an economic one (1054).
func undoDemanded(s *sentence, protos []proto) []proto {
	for i := range protos {
		p := &protos[i]
		if p.code != "100" || len(p.words) == 0 {
			continue
		}
		t := p.words[0]
		undo := false
		for k := t + 1; k < len(s.toks) && k <= t+6 && s.toks[k].Lower != ","; k++ {
			if undoWords[s.toks[k].Lower] {
				undo = true
				break
			}
		}
		if !undo {
			continue
		}
		for _, q := range protos[:i] {
			switch {
			case strings.HasPrefix(string(q.code), "172"):
				p.code = "1051"
			case q.code == "163":
				p.code = "1054"
			default:
				continue
			}
			break
		}
	}
	return protos
}

// statements applies the passes of this file.
func statements(s *sentence, protos []proto) []proto {
	return undoDemanded(s, selfDenial(allegedAdjective(s, defiantProtests(rejectedOffers(s, ultimatumContent(s, terrorBlamed(s, askedToLeave(s, forceAnswered(s, ownAudience(s, ownOrders(s, protos)))))))))))
}
