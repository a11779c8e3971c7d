package coder

import "github.com/dyadhq/dyad"

// casualties are the participles that tell what an attack did to people
// or where it struck: "stormed a police post, killing five officers and
// wounding 22", "struck targets in Iran, hitting missile factories".
var casualties = set(`killing wounding injuring hitting striking`)

// consequences drops the casualties a participle clause tells of an attack
// the sentence has already coded with its target ("clashed along the border,
// killing at least 12 people"): they are what that attack did, not another
// event. Where the attack has no target, or one of another country, the
// casualties are kept, since they name whom it reached.
//
// Casualties kept are told by the attack's kind when the attack names it
// and they do not: "a suicide bomber blew himself up outside the airport
// gate, killing 13 U.S. soldiers" is a suicide bombing (1831) of the
// soldiers, not force of no stated kind.
func consequences(s *sentence, protos []proto) []proto {
	return withoutAt(protos, func(i int) bool {
		p := protos[i]
		if len(p.words) == 0 || !s.consequence(p.words[0]) || !attackBefore(protos[:i], p, s.named(p)) {
			if len(p.words) > 0 && p.code == "190" && s.consequence(p.words[0]) {
				protos[i].code = attackKind(protos[:i], p)
			}
			return false
		}
		return true
	})
}

// consequence reports whether token k is a casualty participle opening a
// clause of its own: after a comma, or after "and" that joins it to another
// ("killing five officers and injuring 22 people").
func (s *sentence) consequence(k int) bool {
	if k < 1 || !casualties[s.toks[k].Lower] {
		return false
	}
	switch prev := s.toks[k-1].Lower; prev {
	case ",":
		return true
	case "and":
		for j := k - 2; j >= 0 && j >= k-10; j-- {
			if casualties[s.toks[j].Lower] {
				return s.consequence(j)
			}
		}
	}
	return false
}

// named reports whether p's target is an actor its own words name, not a
// role word given a country by the document ("killing 12 people").
func (s *sentence) named(p proto) bool {
	if !p.hasTgt || p.tgt.start < 0 || p.tgt.start >= len(s.toks) {
		return false
	}
	mi := s.in[p.tgt.start]
	return mi >= 0 && (s.ms[mi].kind == mFull || s.ms[mi].kind == mWeak || s.ms[mi].kind == mPlace)
}

// attackBefore reports whether an earlier event of the same source is
// material conflict (14-20) against the same country, or, where the
// casualties' country is not named, against any: "attacked a base in Kenya,
// killing a U.S. soldier" also reached the United States.
func attackBefore(earlier []proto, p proto, named bool) bool {
	for _, q := range earlier {
		if q.hasTgt && (q.src.code == p.src.code || unclaimedBy(q, p)) && (!named || q.tgt.country == p.tgt.country) &&
			len(q.words) > 0 && q.words[0] < p.words[0] && q.code.Root() >= "14" {
			return true
		}
	}
	return false
}

// attackKind returns the code of the latest earlier force (18x, 19x) of
// p's source's country that names its kind, or p's own code.
func attackKind(earlier []proto, p proto) dyad.EventCode {
	code := p.code
	for _, q := range earlier {
		if len(q.words) > 0 && q.words[0] < p.words[0] && q.src.country == p.src.country && q.src.country != "" &&
			(q.code.Root() == "18" || q.code.Root() == "19") && q.code != "190" && q.code != "180" {
			code = q.code
		}
	}
	return code
}

// unclaimedBy reports whether q is a bombing that no one is said to have
// done, coded from where it went off, in the country of p's source: the
// casualties after it ("two car bombs exploded outside the ministry in
// Mogadishu, killing 100 people") are its own, whatever the clause's
// subject.
func unclaimedBy(q, p proto) bool {
	return len(q.src.code) == 3 && q.src.code == p.src.country && q.code.Root() == "18"
}

// retreatVerbs are what a side forced out does: "forcing troops to pull
// out", "forced the rebels to withdraw".
var retreatVerbs = set(`withdraw retreat pull flee abandon surrender evacuate`)

// retreats turns a coercion that forces its target to retreat ("seized the
// town, forcing government troops to pull out") into the event it tells:
// the target withdrew before its source, a military retreat (0874) from it,
// not a coercion of it (170).
func retreats(s *sentence, protos []proto) []proto {
	for i, p := range protos {
		if p.code != "170" || !p.hasTgt || len(p.words) == 0 {
			continue
		}
		k := p.words[len(p.words)-1] + 1
		if s.toks[k-1].Lower != "to" || k >= len(s.toks) || !retreatVerbs[s.toks[k].Lemma] {
			continue
		}
		t := p
		t.src, t.tgt, t.code, t.words, t.frame = p.tgt, p.src, "0874", append(p.words[:len(p.words):len(p.words)], k), -1
		protos[i] = t
	}
	return fromCapturer(s, protos)
}

// fromCapturer makes the side that took a place the target of a retreat
// from it: "rebels seized Wad Madani after troops withdrew from the city"
// and "took the town after junta troops surrendered" are retreats from the
// rebels, not from the town or no one; with no capture, the side the
// sentence says used force on the retreating side's country is its foe
// ("Russian troops stormed the town, and Ukraine's army chief said his
// forces were pulling out"). A retreat with a person or a state for its
// target keeps it.
func fromCapturer(s *sentence, protos []proto) []proto {
	var taker *member
	for i := range protos {
		if protos[i].code == "192" && protos[i].src.country != "" {
			t := protos[i].src // a copy, made only when there is a taker
			taker = &t
			break
		}
	}
	for i, p := range protos {
		if p.code != "0874" || p.hasTgt && !s.placeMember(p.tgt) {
			continue
		}
		if foe := taker; foe != nil && foe.code != p.src.code {
			protos[i].tgt, protos[i].hasTgt = *foe, true
		} else if foe := assailant(protos, p.src); foe != nil && !p.hasTgt {
			protos[i].tgt, protos[i].hasTgt = *foe, true
		}
	}
	return protos
}

// assailant returns the source of force (18x-20x) the events ps use on the
// country of m, or on no one named ("shelled the town"), by another
// country's actor, or nil.
func assailant(ps []proto, m member) *member {
	for k := range ps {
		o := &ps[k]
		if o.code.Root() >= "18" && o.code.Root() <= "20" && m.country != "" && (!o.hasTgt && o.src.country != m.country || o.hasTgt && o.tgt.country == m.country) &&
			o.src.country != "" && o.src.code != m.code && role(o.src) != "CVL" {
			return &o.src
		}
	}
	return nil
}

// placeMember reports whether m was named as a place: "Goma", "the town
// of Afmadow".
func (s *sentence) placeMember(m member) bool {
	return m.start >= 0 && m.start < len(s.in) && s.in[m.start] >= 0 && s.ms[s.in[m.start]].kind == mPlace
}

// lethal reports whether the words of action a kill: "killed", "shot dead",
// "murdered".
func (s *sentence) lethal(a match) bool {
	for _, k := range a.words {
		if w := s.toks[k]; killWords[w.Lemma] || w.Lower == "dead" {
			return true
		}
	}
	return false
}

// headOfState reports whether mention mi is a government's member named by
// the title of a head of state or government: "Haitian President Jovenel
// Moise", "the prime minister".
func (s *sentence) headOfState(mi int) bool {
	if m := &s.ms[mi]; len(m.members) != 1 || role(m.members[0]) != "GOV" {
		return false
	}
	return s.titled(mi, func(k int) bool {
		w := s.toks[k].Lower
		return headTitles[w] || w == "prime" && isWord(s.toks, k+1, "minister")
	})
}

// officeHolder reports whether mention mi is one person who holds a public
// office or seeks one, named by the title: "Afghanistan's refugees
// minister", "the governor of Zamfara", "a mayoral candidate". Killing one
// is an assassination, as the codebook's 186 has it for "politically
// significant and influential persons".
func (s *sentence) officeHolder(mi int) bool {
	if m := &s.ms[mi]; len(m.members) != 1 || !officeRoles[role(m.members[0])] {
		return false
	}
	return s.titled(mi, func(k int) bool { return assassinTitles[s.toks[k].Lower] || assassinTitles[s.toks[k].Lemma] })
}

// titled reports whether a word of mention mi is a title (title(k)) of the
// person the mention names, not of someone after "of" it belongs to
// ("killed the bodyguards of the prime minister").
func (s *sentence) titled(mi int, title func(k int) bool) bool {
	m := &s.ms[mi]
	k := m.start - 1
	for k >= 0 && determiners[s.toks[k].Lower] {
		k--
	}
	if isWord(s.toks, k, "of") {
		return false
	}
	for k := m.start; k < m.end; k++ {
		if title(k) {
			return true
		}
	}
	return false
}

// stateForce reports whether mention mi is a state or one of its bodies:
// force it uses on a leader is war or repression, not an attempt on a life.
func (s *sentence) stateForce(mi int) bool {
	if mi < 0 {
		return false
	}
	for _, m := range s.ms[mi].members {
		if r := role(m); r == "" || stateBodies[r] {
			return true
		}
	}
	return false
}

var (
	killWords  = set(`kill murder slay assassinate`)
	headTitles = set(`president premier king queen emir sultan chancellor`)
	// assassinTitles are the singular titles of the offices whose holder's
	// killing is an assassination besides a head's
	assassinTitles = set(`minister governor mayor lawmaker legislator senator congressman congresswoman candidate`)
	officeRoles    = set(`GOV LEG OPP PTY`)
)

// answered gives the events of a clause that the sentence's act prompted
// (", prompting Japan to lodge a protest", ", forcing the troops to
// withdraw"), where they name no target, the source of the last event
// before them, else the subject of the clause the participle follows: the
// answer is to whoever caused it, unless that is its own side.
func (s *sentence) answered(head int, evs, before []proto) []proto {
	var cause member
	if len(before) > 0 {
		cause = before[len(before)-1].src
	} else {
		k := head - 1
		for k > 0 && !(s.toks[k].Lower == "," && causeVerbs[s.toks[k+1].Lower]) {
			k--
		}
		if mi, how := s.subject(k, -1); mi >= 0 && how == clause && len(s.ms[mi].members) == 1 {
			cause = s.ms[mi].members[0]
		}
	}
	for i := range evs {
		if evs[i].hasTgt || cause.code == "" || cause.country == evs[i].src.country || ownMeasure(evs[i].code) {
			continue
		}
		evs[i].tgt, evs[i].hasTgt = cause, true
		evs[i].conf -= 0.1
	}
	return evs
}
