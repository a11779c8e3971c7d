package coder

import (
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// Military posture and stepping back (15x, 0871, 0874, 166): whom a show of
// force, an alert or a mobilisation is aimed at; troops sent at home or to a
// border; which withdrawals are a guest force's (166) rather than a retreat
// from a foe (0874), as doc/POLICY.md §11 settles; surrenders; truces.
// Each rule looks only at the sentence's events and, for the few it
// concerns, at its words: no parse.

// postures runs the rules of this file over the events of a sentence, in
// this order: the code of each event first, then its target.
func (c *Coder) postures(s *sentence, ps []proto) []proto {
	ps = c.sentForces(s, ps) // forces sent, in the passive with no agent: their state's 153 or 154
	if len(ps) == 0 {
		return ps
	}
	ps = expelledForces(ps)    // a host that expels forces: 166 (1661 for peacekeepers), not 174
	ps = ownForces(s, ps)      // the state's own forces a mobilisation moves are not its target
	ps = c.deployedHome(s, ps) // troops sent into their own country: 154 at home (153 for police)
	ps = policePower(ps)       // the police's build-up: 153
	ps = surrenders(s, ps)     // state forces that lay down their arms: 0874
	ps = guests(s, ps)         // a guest force's withdrawal: 166
	ps = foreignFoe(s, ps)     // a retreat's foe: the one other country's forces named
	ps = truceEnds(s, ps)      // ", ending the fighting" after a truce is the truce's
	return aimedAt(s, ps)      // whom a 15x with no target is aimed at
}

// fightWords say that a withdrawal ends a fight: "completing the withdrawal of
// American troops from Afghanistan after 20 years of war" is a retreat from
// a foe (0874), not a guest's leave-taking.
var fightWords = set(`war wars fighting battle battles offensive combat insurgency counteroffensive invasion occupation front frontline`)

// sentAwayWords say that a host sent a force away: "the withdrawal ordered by
// its junta", "the military government that told them to leave".
var sentAwayWords = set(`junta coup expel expelled expulsion`)

// sentAwayVerbs, with "to leave" (or "to withdraw", "to go") after them, say
// that a host sent a force away: "the government that told them to leave".
var sentAwayVerbs = set(`order ordered tell told ask asked demand demanded give gave given`)

// goVerbs are what a force sent away is told to do.
var goVerbs = set(`leave withdraw go depart quit`)

// sentAway reports whether the sentence says a host sent a force away: a
// word of sentAwayWords, an order to leave, or its request ("at the request
// of the government").
func (s *sentence) sentAway() bool {
	for k, t := range s.toks {
		if sentAwayWords[t.Lower] || t.Lower == "request" && (isWord(s.toks, k-1, "the") && isWord(s.toks, k-2, "at") || isWord(s.toks, k-1, "'s") && isWord(s.toks, k-3, "at")) {
			return true // "at the request of the government", "at Yerevan's request"
		}
		if !sentAwayVerbs[t.Lower] {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+8; j++ {
			if s.toks[j].Lower == "to" && j+1 < len(s.toks) && goVerbs[s.toks[j+1].Lemma] {
				return true
			}
		}
	}
	return false
}

// guests makes the withdrawal of a force from a country it was a guest in
// 166, as the codebook's note on 166 says ("withdrawals by guest groups"):
// a force of one country that leaves another named as a country, not a town
// ("the last French troops left Niger"), that completes its withdrawal
// from one ("the United States completed the withdrawal of its troops from
// Niger"), or whose withdrawal from one the
// sentence says the host ordered ("completed the withdrawal of its troops
// from Niger, handing its last base to the military government that told
// them to leave"). A sentence that tells of war keeps the retreat (0874);
// so does a pull-out from a town ("Russian troops left Kherson"). The
// host's order told in the same words ("the withdrawal ordered by its
// junta") is the withdrawal's cause, not an event of its own.
func guests(s *sentence, ps []proto) []proto {
	guest := false
	for i := range ps {
		p := &ps[i]
		if p.code != "0874" || !p.hasTgt || len(p.words) == 0 || s.placeMember(p.tgt) || p.tgt.country == "" ||
			p.src.country == "" || p.src.country == p.tgt.country || len(p.tgt.code) != 3 || s.saysAny(fightWords) {
			continue
		}
		if s.hasLemma(p.words, "leave") || s.hasLemma(p.words, "complete") || s.sentAway() {
			p.code = "166"
			guest = true
		}
	}
	if !guest {
		return ps
	}
	out := ps[:0:0]
	for _, p := range ps {
		if p.code == "100" && len(p.words) > 0 && p.words[0] > 0 && withdrawalNouns[s.toks[p.words[0]-1].Lower] {
			continue // "the withdrawal ordered by its junta"
		}
		out = append(out, p)
	}
	return out
}

// withdrawalNouns name a force's going.
var withdrawalNouns = set(`withdrawal pullout pull-out departure exit drawdown`)

// saysAny reports whether a word of the sentence is in words (by its lower
// form or its lemma): whether the sentence's word set has one (anyWord).
func (s *sentence) saysAny(words map[string]bool) bool { return anyWord(s, words) } // speed7: the set's few words looked up, not the sentence's many

// deployedHome makes troops a state sends into its own country, which a
// deployment's words code as military aid (074) to the place they go to, a
// show of force at home, on the state's own people (154, as POLICY §5 reads
// troops sent onto its own streets and addressee codes them): "sent 700
// Marines to Los Angeles", "ordered 2,000 National Guard troops to Los
// Angeles". Troops sent to another country keep 074.
func (c *Coder) deployedHome(s *sentence, ps []proto) []proto {
	for i := range ps {
		p := &ps[i]
		if p.code == "074" && (!p.hasTgt || p.tgt.country == p.src.country && len(p.tgt.code) == 3) && p.src.country != "" &&
			(role(p.src) == "" || stateBodies[role(p.src)]) {
			if s.saysWordOf(*p, policeWords) || role(p.src) == "COP" {
				p.code, p.hasTgt, p.tgt = "153", false, member{} // "deployed police to Mombasa"
				continue
			}
			name, _ := c.lx.Name(p.src.country)
			p.code, p.hasTgt, p.tgt = "154", true, member{code: p.src.country + "CVL", country: p.src.country, name: name, start: -1, end: -1}
		}
	}
	return ps
}

// expelledForces makes the expulsion of another state's forces by a host
// 166, as the codebook's note on 166 says ("expulsions by host
// authorities"), not the deportation of individuals (174): "Niger's junta
// expelled French troops"; peacekeepers sent away are 1661.
func expelledForces(ps []proto) []proto {
	for i := range ps {
		if p := &ps[i]; p.code == "174" && p.hasTgt && role(p.tgt) == "MIL" && p.tgt.country != "" && p.tgt.country != p.src.country {
			p.code = "166"
		}
		if p := &ps[i]; p.code == "166" && p.hasTgt && strings.HasSuffix(p.tgt.code, "PKO") {
			p.code = "1661" // peacekeepers sent away: "ordered the UN peacekeeping mission to leave"
		}
	}
	return ps
}

// foreignFoe gives a retreat that names no foe (no target, or a town of its
// own country) the armed forces of the one other country the sentence
// names, where no capture or force in it says whom from (fromCapturer):
// "Ukrainian troops withdrew from the eastern town, and Shoigu told Putin
// that Russian forces had taken full control of it" retreats from the
// Russian forces.
func foreignFoe(s *sentence, ps []proto) []proto {
	for i := range ps {
		p := &ps[i]
		if p.code != "0874" || p.src.country == "" || p.hasTgt && !(s.placeMember(p.tgt) && p.tgt.country == p.src.country) {
			continue
		}
		if captured(ps) || assailant(ps, p.src) != nil {
			continue
		}
		var foe *member
		for mi := range s.ms {
			m := &s.ms[mi]
			if m.kind != mFull {
				continue
			}
			for k := range m.members {
				mb := &m.members[k]
				if mb.country == "" || mb.country == p.src.country || !armedRoles[role(*mb)] {
					continue
				}
				if foe != nil && foe.country != mb.country {
					foe = nil
					goto next // forces of two countries: neither is surely the foe
				}
				foe = mb
			}
		}
		if foe != nil {
			p.tgt, p.hasTgt = *foe, true
		}
	next:
	}
	return ps
}

// captured reports whether ps take a place (192).
func captured(ps []proto) bool {
	for _, p := range ps {
		if p.code == "192" && p.src.country != "" {
			return true
		}
	}
	return false
}

// truceEnds drops the end of fighting a participle tells after a truce of
// the same source (087 after 0871): "agreed to a ceasefire at talks in
// Malaysia, ending five days of fighting along their border" is the truce's
// consequence, not a second de-escalation (nor one toward whoever "their"
// is taken for). A recoder, not a dictionary exclusion: ", ending the
// fighting" is the truce's only where the sentence has a truce of the same
// source before it, which no pattern sees.
func truceEnds(s *sentence, ps []proto) []proto {
	var out []proto
	for i, p := range ps {
		if p.code == "087" && len(p.words) > 0 && s.participial(p.words[0]) && truceBefore(ps[:i], p) {
			if out == nil {
				out = append(make([]proto, 0, len(ps)), ps[:i]...)
			}
			continue
		}
		if out != nil {
			out = append(out, p)
		}
	}
	if out == nil {
		return ps
	}
	return out
}

// truceBefore reports whether an earlier event of p's source is a truce.
func truceBefore(earlier []proto, p proto) bool {
	for _, q := range earlier {
		if q.code == "0871" && q.src.code == p.src.code && len(q.words) > 0 && q.words[0] < p.words[0] {
			return true
		}
	}
	return false
}

// ownForces takes from a show of force, an alert or a mobilisation (15x)
// the target that is its own country's forces, named within its words: what
// it moves, not whom at ("ordered Russia's first military mobilisation",
// "governors called out the National Guard"). aimedAt and addressee may give
// it its own.
func ownForces(s *sentence, ps []proto) []proto {
	for i := range ps {
		p := &ps[i]
		if p.code.Root() != "15" || !p.hasTgt || len(p.words) == 0 || p.tgt.country != p.src.country ||
			role(p.tgt) != "MIL" && role(p.tgt) != "COP" || p.tgt.start < p.words[0] || p.tgt.start > p.words[len(p.words)-1] {
			continue
		}
		p.hasTgt, p.tgt = false, member{}
	}
	return ps
}

// policeWords name the police a state sends.
var policeWords = set(`police policeman policemen gendarme gendarmes gendarmerie`)

// saysWordOf reports whether one of p's words is in words (by its lower form).
func (s *sentence) saysWordOf(p proto, words map[string]bool) bool {
	for _, k := range p.words {
		if words[s.toks[k].Lower] {
			return true
		}
	}
	return false
}

// policePower makes the police's own build-up police power (153), not armed
// forces' (154): "Iraqi police sent reinforcements to Basra".
func policePower(ps []proto) []proto {
	for i := range ps {
		if p := &ps[i]; p.code == "154" && role(p.src) == "COP" {
			p.code = "153"
		}
	}
	return ps
}

// surrenders makes state forces that lay down their arms or surrender them
// in a fight (0873, the demobilisation the verb codes for an armed group
// that disarms under a deal) a military surrender (0874): "groups of
// Congolese soldiers laid down their weapons" as the rebels took the city.
// A frame keeps its own reading ("agreed to lay down their arms").
func surrenders(s *sentence, ps []proto) []proto {
	for i := range ps {
		p := &ps[i]
		if p.code != "0873" || role(p.src) != "MIL" || p.frame >= 0 || len(p.words) == 0 {
			continue
		}
		if w := s.toks[p.words[0]].Lemma; w == "lay" || w == "laid" || w == "surrender" {
			p.code = "0874"
		}
	}
	return ps
}

// aimCues end the words that name whom a show of force or a mobilisation is
// for: "a show of force aimed at the United States and South Korea",
// "called up 300,000 reservists to fight in Ukraine".
var aimCues = set(`aimed directed targeting warning fight`)

// aimedAt gives a show of force, an alert or a mobilisation that names no
// target (15x) the actors its own clause says it is aimed at ("test-fired a
// missile in a show of force aimed at the United States and South Korea":
// one event for each), else the foreign foe the sentence names: the
// country its source uses force on ("traded artillery fire with the South
// ... and ordered his front-line units onto a war footing") or whose
// forces strike its country.
func aimedAt(s *sentence, ps []proto) []proto {
	var out []proto
	for i, p := range ps {
		if p.code.Root() != "15" || p.hasTgt || len(p.words) == 0 || p.src.country == "" {
			if out != nil {
				out = append(out, p)
			}
			continue
		}
		tgts := s.aimedAt(p)
		if len(tgts) == 0 {
			if foe := s.foeOf(ps, p.src, p.code); foe != nil {
				tgts = []member{*foe}
			}
		}
		if len(tgts) == 0 {
			if out != nil {
				out = append(out, p)
			}
			continue
		}
		if out == nil {
			out = append(make([]proto, 0, len(ps)+len(tgts)), ps[:i]...)
		}
		for _, t := range tgts {
			q := p
			q.tgt, q.hasTgt = t, true
			out = append(out, q)
		}
	}
	if out == nil {
		return ps
	}
	return out
}

// aimedAt returns the members of the actor after an aim cue ("aimed at",
// "directed at", "a warning to", "to fight in") that follows p's last word
// within its clause, other than p's source's country.
func (s *sentence) aimedAt(p proto) []member {
	end := p.words[len(p.words)-1]
	for k := end + 1; k < len(s.toks) && k <= end+12; k++ {
		w := s.toks[k].Lower
		if w == ";" || w == ":" || w == "said" || w == "says" {
			return nil
		}
		if !aimCues[w] {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
			mi := s.in[j]
			if mi < 0 {
				continue
			}
			m := &s.ms[mi]
			if m.kind != mFull && m.kind != mPlace {
				return nil
			}
			var out []member
			for _, mb := range m.members {
				if mb.country != "" && mb.country != p.src.country {
					out = append(out, mb)
				}
			}
			return out
		}
	}
	return nil
}

// foeOf returns the actor of another country that src's country uses force
// (18x-20x) on in ps (for an alert or a mobilisation, code 151-154), else the actor of another country that uses force on
// src's country, else (for an alert or a mobilisation) the actor of
// another country that shows force (150) at no one or at src's country, else the one src's country accuses, threatens or coerces
// (11x-17x) in a clause not told as background: "accused South Korea of
// flying drones over Pyongyang, and ordered its artillery units to be ready
// to open fire"; nil if none.
func (s *sentence) foeOf(ps []proto, src member, code dyad.EventCode) *member {
	for k := range ps {
		o := &ps[k]
		if isForce(o.code) && o.hasTgt && o.src.country == src.country && o.tgt.country != "" && o.tgt.country != src.country && code != "150" {
			return &o.tgt // (a launch of its own is told as that force's occurrence: repeats)
		}
	}
	for k := range ps {
		o := &ps[k]
		if isForce(o.code) && o.hasTgt && o.tgt.country == src.country && o.src.country != "" && o.src.country != src.country {
			return &o.src
		}
	}
	for k := range ps {
		o := &ps[k]
		if code != "150" && o.code == "150" && (!o.hasTgt || o.tgt.country == src.country) && o.src.country != "" && o.src.country != src.country {
			return &o.src // "raised its alert level after the North fired artillery near the border"
		}
	}
	for k := range ps {
		o := &ps[k]
		if r := o.code.Root(); r >= "11" && r <= "17" && o.hasTgt && o.src.country == src.country && o.tgt.country != "" && o.tgt.country != src.country &&
			len(o.words) > 0 && !s.toldBefore(o.words[0]) {
			return &o.tgt
		}
	}
	for k := range ps {
		o := &ps[k]
		if o.code == "1123" && code != "150" && o.hasTgt && o.src.country == src.country && o.tgt.country != "" && o.tgt.country != src.country {
			// "ordered a general mobilisation after accusing Azerbaijan of
			// launching attacks": the one it says attacks it, even told before
			return &o.tgt
		}
	}
	return nil
}

// toldBefore reports whether the action at k is told as what came before,
// in a clause of "after", "before" or "since" ("days after Pyongyang
// threatened to shoot down U.S. spy planes"): no foe of a later show of force.
func (s *sentence) toldBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch s.toks[j].Lower {
		case "after", "before", "since":
			return true
		case ",", ";":
			return false
		}
	}
	return false
}

// unrestWords tell of unrest at home: the army a state calls out then is
// called out against it ("imposed a curfew and deployed the army").
var unrestWords = set(`curfew protest protests protester protesters unrest riot riots rioting clashes demonstrators demonstration demonstrations`)

// calledOutAtHome reports whether p deploys or calls out the army, with no
// place named, in a sentence that tells of unrest: a show of force to its
// own people (154, see addressee).
func calledOutAtHome(toks []text.Token, p proto) bool {
	if len(p.words) == 0 || toks[p.words[0]].Lemma != "deploy" && toks[p.words[0]].Lemma != "call" {
		return false
	}
	for _, t := range toks {
		if unrestWords[t.Lower] {
			return true
		}
	}
	return false
}

// isForce reports whether code is material conflict by force (18x-20x).
func isForce(code dyad.EventCode) bool {
	r := code.Root()
	return r >= "18" && r <= "20"
}

// ownedRole reports whether mention mi is a possessive pronoun and the role
// noun it owns, resolved to one actor: "his forces were pulling out" acts
// as "Ukrainian forces" would (ownMatches).
func (s *sentence) ownedRole(mi int) bool {
	m := &s.ms[mi]
	return m.kind == mPronoun && m.end-m.start == 2 && len(m.members) == 1 && pronouns[s.toks[m.start].Lower]
}
