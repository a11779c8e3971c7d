package coder

import "github.com/dyadhq/dyad/text"

// Relative clauses: where they start and end, and whose act they tell
// ("the militia, which seized the town, ...", "an attack that killed 12").

// relative reports whether the boundary at token b opens a relative clause
// of a noun that names no actor: "a boat that", not "said that".
func (s *sentence) relative(b int) bool {
	if b < 1 {
		return false
	}
	switch s.toks[b].Lower {
	case "that", "which", "who":
	default:
		return false
	}
	p := &s.toks[b-1]
	return p.Kind == text.Word && !p.Cap && s.in[b-1] < 0 && !pastForm(p) && !reportVerbs[p.Lower] && !clauseWords[p.Lower] && !prepositions[p.Lower]
}

// incidentRelative reports whether the boundary at token b is a "that" or
// "which" (no comma before it) whose clause belongs to an incident noun
// before the prepositional phrases that end right before it: "the bombing
// in Kabul that killed 20", "an attack on a church in Egypt which wounded
// 12". The actor those phrases end with is where or whom the incident
// struck, not the one that acts in the clause.
func (s *sentence) incidentRelative(b int) bool {
	if b < 2 || !isWord(s.toks, b, "that") && !isWord(s.toks, b, "which") || s.in[b-1] < 0 {
		return false
	}
	prep := false
	for k := b - 1; k >= 0 && k >= b-12; k-- {
		t := &s.toks[k]
		if s.boundary[k] || t.Kind != text.Word {
			return false
		}
		if s.in[k] >= 0 {
			continue
		}
		if incidentNouns[t.Lower] {
			return prep
		}
		if prepositions[t.Lower] {
			if t.Lower == "by" {
				return false // "the attack by Hamas that killed": Hamas's act
			}
			prep = true
			continue
		}
		if pastForm(t) || reportVerbs[t.Lower] || clauseWords[t.Lower] {
			return false
		}
	}
	return false
}

// incidentNouns name a violent incident or a disaster: what they did, they
// did with no actor the words before the relative pronoun name.
var incidentNouns = set(`attack attacks bombing bombings blast blasts explosion explosions shooting shootings
	strike strikes airstrike airstrikes raid raids ambush assault massacre shelling bombardment stabbing
	rampage earthquake quake flood floods storm cyclone typhoon hurricane landslide fire`)

// violentNouns are the incidents of force that someone does: what a
// relative clause on one tells ("U.S. air strikes that killed 25 fighters")
// is the act of the state or group whose adjective the noun has.
var violentNouns = set(`attack attacks bombing bombings shelling strike strikes airstrike airstrikes raid raids
	bombardment bombardments offensive assault`)

// doerModifier returns the actor that modifies the noun of force at token
// n as its doer, an adjective or a name ("Saudi air strikes", "U.S. air
// strikes", "Israeli strikes"), with only lower-case words between; or -1.
func (s *sentence) doerModifier(n int) int {
	for k := n - 1; k >= 0 && k >= n-3; k-- {
		if mi := s.in[k]; mi >= 0 {
			m := &s.ms[mi]
			if m.end != k+1 || m.kind != mWeak && m.kind != mFull || m.prep != "" || m.poss || len(m.members) != 1 {
				return -1
			}
			return mi
		}
		if w := &s.toks[k]; w.Text == "-" || w.Kind == text.Word && !w.Cap && !prepositions[w.Lower] && !determiners[w.Lower] && !clauseWords[w.Lower] {
			continue
		}
		return -1
	}
	return -1
}

// opens reports whether mention mi is the subject of the subordinate clause
// that the boundary at token b opens: "after he was hosted by Putin", where
// "after" is no preposition of "he" but the clause's conjunction.
func (s *sentence) opens(b, mi int) bool {
	m := &s.ms[mi]
	if b < 0 || !subordinators[s.toks[b].Lower] || m.prep != s.toks[b].Lower || guessedOwner(m) {
		return false
	}
	for k := b + 1; k < m.start; k++ {
		if !determiners[s.toks[k].Lower] {
			return false
		}
	}
	return true
}

// relativeEnded reports whether the relative clause opened at token b ends
// before token t, a past verb of the clause that holds it standing between
// ("protesters opposed to a bill that would raise taxes tried to march":
// "tried" is the protesters'; the march is not the bill's).
func (s *sentence) relativeEnded(b, t int) bool {
	verbs := 0
	for k := b + 1; k < t; k++ {
		w := &s.toks[k]
		if w.Lower == "," && k+1 < t && setOffAdjunct[s.toks[k+1].Lower] {
			return true // "a deal that ends the war, at a ceremony hosted by": the ceremony is the main clause's
		}
		if w.Kind != text.Word || s.in[k] >= 0 {
			continue
		}
		if relativeModals[w.Lower] && !(w.Lower == "may" && w.Cap && mayMonth(s.toks, k)) || pastForm(w) && !isWord(s.toks, k-1, "to") && !isWord(s.toks, k-1, "have") && !isWord(s.toks, k-1, "has") && !isWord(s.toks, k-1, "had") {
			verbs++
		}
	}
	return verbs >= 2
}

// setOffAdjunct open a phrase of place or occasion that a comma sets off
// after a relative clause, which the clause that holds the relative one has.
var setOffAdjunct = set(`at during`)

// relativeModals open the verb of a clause: "that would raise".
var relativeModals = set(`will would can could may might must shall should`)

// inRelative reports whether token k is in a relative clause: its clause
// opens with "who", "whom", "whose", "which" or "that", and when a comma sets the clause
// off, no comma has closed it yet ("Pakistan, which had backed the group,
// closed the border": "closed" is the main clause's).
func (s *sentence) inRelative(k int) bool {
	b := k - 1
	for b >= 0 && !s.boundary[b] {
		b--
	}
	if b < 0 {
		return false
	}
	if w := s.toks[b].Lower; w != "who" && w != "which" && w != "that" && w != "whose" && w != "whom" {
		return false
	}
	if isWord(s.toks, b-1, ",") {
		for j := b + 1; j < k; j++ {
			if s.toks[j].Lower == "," {
				return false
			}
		}
	}
	return true
}

// relativeAside reports whether the relative clause of token k is set off
// by a comma before its pronoun: "Pakistan, which had backed the group,".
func (s *sentence) relativeAside(k int) bool {
	b := k - 1
	for b >= 0 && !s.boundary[b] {
		b--
	}
	if b > 1 && isWord(s.toks, b, "whom") && prepositions[s.toks[b-1].Lower] {
		b-- // ", to whom Mexico had granted asylum"
	}
	return b > 0 && isWord(s.toks, b-1, ",")
}

// asideTime reports whether the time expression at token pos stands in a
// relative clause set off by commas that has closed before the action at
// token t: "Niger's generals, who seized power last month, expelled the
// ambassador on Friday" dates the seizure, not the expulsion.
func (s *sentence) asideTime(pos, t int) bool {
	return pos < t && s.clause(pos) == s.clause(t) && s.inRelative(pos) && s.relativeAside(pos) && !s.inRelative(t) || s.asideAfter(pos, t) || s.inAside(pos, t)
}

// asideAfter reports whether the time expression at token pos stands in a
// relative clause set off by a comma that opens after the action at token
// t: "the army retook Wad Madani, which the RSF captured in December" dates
// the capture, not the retaking.
func (s *sentence) asideAfter(pos, t int) bool {
	if pos <= t || !s.inRelative(pos) || !s.relativeAside(pos) {
		return false
	}
	b := pos - 1
	for b >= 0 && !s.boundary[b] {
		b--
	}
	return b > t
}

// subjectRelative reports whether the "that" at token b opens a relative
// clause whose subject is the noun before it: its verb follows it at once,
// past any auxiliaries ("the junta that told them to leave", "a court that
// had jailed him"), where a complement's "that" has a subject of its own
// ("told Kyiv that troops would leave").
func (s *sentence) subjectRelative(b int) bool {
	k := b + 1
	for k < len(s.toks) && auxWords[s.toks[k].Lower] {
		k++
	}
	return k < len(s.toks) && s.in[k] < 0 && !s.toks[k].Cap && pastForm(&s.toks[k])
}

// thatAntecedent reports whether mention mi, which ends right before the
// "that" at token b, is the subject of the relative clause it opens: an
// actor, not a place, nor the object of a preposition of place or of "with",
// whose clause tells of the noun before that phrase ("the attack by
// militants in Kabul that killed 20", "a trawler packed with migrants that
// had left Damietta").
func (s *sentence) thatAntecedent(mi, b int) bool {
	m := &s.ms[mi]
	return m.end == b && m.usable() && m.kind != mPlace && !locatives[m.prep] && m.prep != "with"
}

// relativeSpeaker reports whether mention mi is the speaker of a verb of
// saying at token end that a relative pronoun at token b opens, with the
// clause's own verb after it: "a boat that Trump said was carrying drugs",
// "an assault that the United Nations said had killed 100 people". The
// clause's subject is the pronoun's antecedent, not the speaker.
func (s *sentence) relativeSpeaker(mi, b, end int) bool {
	if b < 1 || end >= len(s.toks) || s.ms[mi].end != end || !reportWords[s.toks[end].Lower] {
		return false
	}
	w := s.toks[b].Lower
	return (w == "that" || w == "which") && s.ms[mi].start > b
}

// incidentInfinitives drops an act told by an infinitive whose subject is
// an incident: "..., the latest mass kidnapping to hit schools in
// Nigeria", "the deadliest attack to strike the capital this year" sum up
// the act told before them, and do nothing of their own (the incident
// names no actor, as in incidentRelative).
func incidentInfinitives(s *sentence, ps []proto) []proto {
	out := ps[:0]
	for _, p := range ps {
		if len(p.words) > 0 {
			if t := p.words[0]; t >= 2 && isWord(s.toks, t-1, "to") && (incidentNouns[s.toks[t-2].Lower] || takingNouns[s.toks[t-2].Lower]) {
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

// takingNouns name incidents of people taken, which incidentNouns leave
// to the patterns of abduction.
var takingNouns = set(`kidnapping kidnappings abduction abductions`)
