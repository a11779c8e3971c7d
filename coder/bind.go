package coder

import (
	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// proto is an event before it becomes a record: who, what, to whom, and why
// the coder believes it.
type proto struct {
	src, tgt member
	hasTgt   bool
	code     dyad.EventCode
	words    []int // token indexes of the action's words
	conf     float64
	viaEvent bool  // a participant came from "the trip": the date may be the earlier event's
	frame    int   // the trigger of the frame it is told through ("agreed" in "agreed on Monday to hold talks"), or -1
	days     int   // how many days it lasted up to its date: "after four days of talks" (see lasted)
	place    int   // 1 + the first token of the place of a gapped clause's own ("and 25 in Bankass", ellipsis.go); -1 for none, not even the act's it repeats; 0 for what locate finds
	amount   int   // 1 + the token of the number of its own amount, which a gapped clause gives ("and Lithuania 12", ellipsis.go); -1 for none ("and France on Tuesday"); 0 for what the rules of amounts find
	timeFrom []int // the words its time is read from when not its own: a denial's, the accusation's it answers (reaction.go)
}

// how tells how a participant was found; it sets the confidence.
type how uint8

const (
	slot     how = iota // a pattern's $T or $S, or a passive's agent
	adjacent            // right before the trigger: "its invasion", "Russia vetoing"
	clause              // the subject of the trigger's clause
	earlier             // a subject of an earlier clause
	after               // the first actor after the action
	parsed              // the trigger's subject or object in the parse (parsebind.go)
)

var howPenalty = [...]float64{slot: 0, adjacent: 0, clause: 0, earlier: 0.2, after: 0.1, parsed: 0.15}

// bind turns the matches of a sentence into events. Each action takes the
// frame that ends right before it; in a clause, the first action is the
// report and later ones are its complements ("rejected a proposal for signing
// a trade agreement" reports a rejection, not a signing), unless they are
// coordinated with it ("accused Israel and threatened to retaliate") or have
// a source of their own ("its invasion of Ukraine").
func (c *Coder) bind(s *sentence, acts, frames []match) []proto {
	var out []proto
	usedFrame := make([]bool, len(frames))
	framed := map[int]bool{}  // triggers of frames that took an action
	spelled := map[int]bool{} // frames an action's own pattern spells out
	frameOf := make([]int, len(acts))
	for i, a := range acts {
		frameOf[i] = -1
		for k := range frames {
			if fe := frames[k].frameEnd; fe == a.trig || (fe == a.trig-1 && s.toks[fe].Kind == text.Word && s.in[fe] < 0 && !spelledPast(acts, i, frames[k].trig, fe)) || s.aspectBetween(fe, a.trig) || s.amountBetween(fe, a.trig) || s.possessedGap(fe, a.trig) /* precision7: possessedsubject.go */ {
				if frameOf[i] < 0 || frames[k].trig > frames[frameOf[i]].trig {
					frameOf[i] = k // the nearest frame: "said it would refuse to sign"
				}
			}
		}
		if frameOf[i] < 0 {
			frameOf[i] = s.sharedFrame(acts, frames, frameOf, i) // "to show restraint and halt hostilities" (sharedframe.go)
		}
		if frameOf[i] >= 0 && s.demandingCrowd(a.trig) >= 0 {
			frameOf[i] = -1 // complements8: the verb of a crowd whose participle's demand precedes it (crowdclause.go)
		}
		if k := frameOf[i]; k >= 0 && frames[k].p == mustFrame {
			for j := range frames {
				if frames[j].p != mustFrame && frames[j].p.Frame == "DEMAND" && frames[j].frameEnd == frames[k].frameEnd {
					// "Kenya said Uganda must withdraw": the frame that
					// spells out who says it, not the bare "must", whose
					// subject is the one addressed
					usedFrame[k], frameOf[i] = true, j
				}
			}
		}
		if k := frameOf[i]; k >= 0 {
			framed[frames[k].trig] = true
			usedFrame[k] = true
			for j := range frames {
				// "warned that North Korea would shoot down": the outer
				// frame's work is done by the inner one
				if frames[j].trig < frames[k].trig && frames[j].frameEnd >= frames[k].trig {
					usedFrame[j] = true
				}
			}
		}
		for k := range frames {
			if contains(a.words, frames[k].trig) {
				usedFrame[k] = true // the action's own pattern spells the frame out
				spelled[k] = spelled[k] || s.spells(a, frames[k])
			}
		}
	}
	// a frame that an action's pattern spells out word for word ("failed
	// to reach a deal", 164) cancels nothing; "rejected reports that it had
	// sent weapons" still cancels the sending
	var cancelling []match
	for k, f := range frames {
		if !spelled[k] {
			cancelling = append(cancelling, f)
		}
	}
	cancelled := s.cancelled(cancelling)
	reported := map[int]bool{}     // clauses with an event already
	clauseCode := map[int]string{} // the code of a clause's first event
	for i, a := range acts {
		if a.source >= 0 && a.target < 0 && s.launchOwner(a.source) >= 0 {
			/* drops */ s.drop(a, "launched-from")
			continue // "Iranian missiles fired from Iraq hit Kuwait": what they did is the verb's (launchplace.go)
		}
		if framed[a.trig] && !(denial(a, frames) && a.p.Code.Root() == "13") {
			// "threatened" in "threatened to attack Iran" is the frame's;
			// but a warning against an act is a warning ("warned NATO
			// against sending troops to Ukraine"), the act voided
			s.drop(a, "frame-word") // drops
			continue
		}
		// ", a Taliban spokesman said on Wednesday, vowing to retaliate": the speaker's threat
		said := a.trig - 2
		for said > 0 && s.time[said] {
			said--
		}
		// (or its criticism: ", Manila said, denouncing the manoeuvre as illegal")
		vow := (a.p.Code.Root() == "13" || a.p.Code.Root() == "11") && s.participial(a.trig) && said >= 1 && reportVerbs[s.toks[said].Lower] && frameOf[i] < 0
		if s.tail >= 0 && a.trig > s.tail && !vow && !s.speaks(a.trig) {
			/* drops */ s.drop(a, "report-tail")
			continue // "..., the spy agency told lawmakers": who reports it, not an event of the report
		}
		if cancelled[a.trig] && !denial(a, frames) || s.background(a) || s.recalled(a) || s.opposedDecision(a) || s.aimOfEffort(a) || s.chargedGerund(a) || s.calledLabel(a) || s.spreadMood(a) /* precision7: opposeddecision.go, aimnoun.go, accusedof.go, calledlabel.go, moodspread.go */ {
			s.dropVoid(a, cancelled, frames) // drops
			continue
		}
		var f *match
		if k := frameOf[i]; k >= 0 {
			f = &frames[k]
		}
		head := a.trig
		if f != nil {
			head = f.trig
		}
		if s.negated(head) || s.hypothetical(head) || f == nil && (a.p.Code.Root() != "14" && s.unrealNoun(a) || s.modalNoun(head)) || s.anyAct(a) {
			s.dropUnreal(a, f != nil, head) // drops
			continue
		}
		code := c.frameCode(s, a.p, f, head)
		if f == nil && code != "" && s.ruledOutAfter(a.trig) {
			code = c.reframe(WillNot, code) // "lifting the sanctions is out of the question" (outofquestion.go)
		}
		var evs []proto
		var srcHow how
		s.bound = out
		if code != "" {
			evs, srcHow = c.participants(s, a, f, head, code)
		}
		for _, alt := range a.alts {
			if len(evs) > 0 {
				break
			}
			// the heaviest pattern found no dyad ("blamed Ukraine for the
			// attack on the Kremlin" is not Russia against itself): a
			// lighter one at the same word may, unless a CANCEL frame there
			// voids it ("declined to comment on reports that drones had been
			// shipped to Russia" refuses no arms)
			if cancelled[a.trig] && !denial(alt, frames) || alt.own && !s.ownSubject(alt) {
				continue
			}
			code := c.frameCode(s, alt.p, f, head)
			if code != "" {
				evs, srcHow = c.participants(s, alt, f, head, code)
			}
		}
		if len(evs) == 0 && underDeal(s, a) {
			evs = dealParties(out, a, code) // "agreed to ... and reopen embassies under a deal reached" (sharedframe.go)
		}
		if vow && code != "" {
			evs = s.spokenBy(said, evs, a.words, code)
		}
		if len(evs) == 0 && code != "" && a.p.Recip && f == nil && s.coordinated(head) && isWord(s.toks, head-1, "and") {
			evs = jointly(out, a, code)
		}
		if len(evs) == 0 && code != "" && f == nil {
			evs = s.priorObject(a, code, out) // "seized a trawler, accusing it of fishing illegally" (priorobject.go)
		}
		if len(evs) == 0 && code != "" {
			evs = s.gappedTarget(a, head, code, out) // lost9: "..., and France promised to send more" (vanish.go)
		}
		evs, inspected := s.letInspect(a, code, s.clause(head), evs, out) // complements9: "allowed IAEA inspectors to inspect the site" (inspection.go)
		if len(evs) == 0 {
			if src, how := s.subject(head, -1); src >= 0 && (how == adjacent || how == clause) && !s.coordinated(head) && !hasPunct(s.toks[a.trig:min(a.end, len(s.toks))], ",") && !s.meansAfter(a.end) {
				// "rejected calls for her resignation" with no one to reject:
				// the calls are still its complement, not an act of hers
				reported[s.clause(head)] = true
			}
			s.dropEmpty(a, code) // drops
			continue
		}
		if cancelled[a.trig] {
			// a denial kept: it is addressed to whom the denied action
			// would have struck ("denied that it had shelled Ukraine")
			evs = c.deniedTarget(s, evs, acts[i+1:], cancelled)
		}
		if code.Root() == "13" {
			evs = s.conditionTarget(evs, head)
		}
		if vow {
			evs = avenged(evs, out)
			if len(evs) == 0 {
				s.drop(a, "no-avenged-side") // lost9: drops: a closing speaker's vow with no one to avenge on (vanish.go)
			}
		}
		cl := s.clause(head)
		// (an act done "under a deal reached" names the deal as its frame,
		// the parties' agreement, not as a complement of the act; and a
		// truce that "took effect" is an event of its own)
		if reported[cl] && srcHow != slot && !s.coordinated(head) && !(code.Root() == "10" && s.summonPurpose(a.trig)) && !s.contactPurpose(a.trig, string(code.Root()), evs[0].tgt.country) && !s.withAbsolute(a.trig) /* complements: purposeact.go */ && !(code.Root() == "04" && s.during(a)) && !s.prompted(head) && !s.secondInfinitive(head) /* actors7: ownsubject.go */ && s.demandingCrowd(a.trig) < 0 /* complements8: crowdclause.go */ && !(s.afterGerund(head) && code.Root() != "01" && evs[0].hasTgt) &&
			!(code == "057" && isWord(s.toks, a.trig, "under")) && !(code == "0871" && tookEffect(s.toks, a)) &&
			s.modifiedSubject(head, -1) < 0 && s.summaryParticiple(a.trig, code) < 0 /* bind8: summaryagent.go */ && !s.saidAside(head, evs[0].src) && !(f == nil && evs[0].hasTgt && (s.ownNoun(a, code, clauseCode[cl]) || s.answeredInKind(a, evs[0], out))) && !riotAfter(code, s.toks[a.trig].Lemma, clauseCode[cl]) && !s.riotSubject(code, head, evs[0].src) && !answersForce(code, evs[0], out) && !crowdDemandFirst(code, clauseCode[cl], evs[0].src) &&
			!s.modifiedHead(a, acts) /* complements9: modifiedhead.go */ && !inspected && !s.afterOpener(a.trig) /* visits11 */ {
			// a complement of the clause's action; but the verb of a subject
			// whose participle had the event ("the coalition fighting the
			// Houthis declared") is the clause's own
			s.drop(a, "complement") // drops
			continue
		}
		if code == "128" && len(out) > 0 && s.manner(head) {
			/* drops */ s.drop(a, "manner")
			continue // "deported 300 workers on Monday, defying a court order": how the deportation was done
		}
		if f != nil || !s.frontedNoun(a) && !s.subjectParticiple(a, code) {
			// "After Zelensky's meeting with Biden, Russia struck Kyiv": a
			// noun opening the sentence is no predicate of its clause
			reported[cl] = true
		}
		if _, ok := clauseCode[cl]; !ok && len(evs) > 0 && (f != nil || !s.frontedNoun(a)) {
			clauseCode[cl] = string(evs[0].code)
		}
		if f != nil {
			for k := range evs {
				evs[k].frame = f.trig
			}
		}
		if s.prompted(head) {
			evs = s.answered(head, evs, out)
		}
		out = append(out, coordinate(s, head, evs, out)...)
	}
	s.pass("", out) // drops: what bind's last passes take away, recode notes
	out = dualNationals(s, s.leaveDeadlines(forcesNotExpelled(s.forceClashes(c.agreedTogether(s, out)))))
	out = joinedIn(s, claimedForce(s, acts, claimTargets(s, claimedAttacks(s, ceremonyHostedBy(s, s.phoneCalls(hosts(s, s.invitations(s.planned(homeTrips(s.receivedMissions(s.deployments(s.visitTalks(s.mediatedTalks(s.meetingsAtHome(s.homeSummits(s.leaderCrossings(s.ceremonyHosts(s.visitsBy(out))))))))))))))))))) // precision7: claimedForce (claimedforce.go); visits11: visitTalks, mediatedTalks, homeSummits (visits11.go)
	for k, f := range frames {
		if usedFrame[k] || f.p.Act || f.p.Frame == Future || f.p.Frame == WillNot || f.p.Frame == Cancel || f.p.Frame == Consider || s.negated(f.trig) || s.hypothetical(f.trig) || s.demandOfNoOne(f) {
			continue
		}
		if framedFrame(frames, k) {
			// "refused to commit to the deadline": the frame is what the
			// outer one transforms, which codes for both
			continue
		}
		m := c.lx.Map(f.p.Frame)
		// "demanded that Washington cancel the sale, warning that it
		// would respond": a warning after the act of its clause
		warning := f.p.Frame == "THREAT" && s.participial(f.trig) && reported[s.clause(f.trig)]
		if m == nil || reported[s.clause(f.trig)] && !(f.p.Frame == "DEMAND" && rallyWithoutTarget(out, s.clause(f.trig), s)) && !warning && !s.joinedDemand(f) {
			continue
		}
		evs, _ := c.participants(s, f, nil, f.trig, m.Default)
		if reported[s.clause(f.trig)] && s.joinedDemand(f) {
			evs = joinedSource(f, evs, out)
		}
		if warning {
			evs = warned(evs, out)
		}
		for _, e := range evs {
			if e.hasTgt || f.p.Frame == "INTENT" || f.p.Frame == "REJECT" || f.p.Frame == "THREAT" && s.threatAlone(f.trig) {
				// a demand or a warning with no addressee says too little;
				// a threat stands alone ("Iran threatened to close the
				// strait")
				out = append(out, e)
			}
		}
	}
	return ownRelief(officialProtests(demonstrationDemands(out)))
}

// background reports whether action a is a nominal reference to an earlier
// event that dates something else: "their first meeting since the invasion
// of Ukraine", "on the anniversary of the annexation".
func (s *sentence) background(a match) bool {
	if s.subjectSince(a) {
		return true // subjectsince.go
	}
	for k := a.trig - 1; k >= 0 && k >= a.trig-4; k-- {
		w := s.toks[k].Lower
		if w == "over" && isWord(s.toks, k-1, "from") {
			return false // "missiles fired from over the Golan Heights struck": where they came from
		}
		if w == "since" || w == "anniversary" || w == "over" {
			return true
		}
		if s.toks[k].Kind != text.Word || s.boundary[k] || !determiners[w] && !s.toks[k].Cap && s.in[k] < 0 && !modifierWords[w] {
			return false
		}
	}
	return false
}
