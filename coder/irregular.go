package coder

import (
	"strings"

	"github.com/dyadhq/dyad"
)

// irregulars recodes as unconventional violence (180) the force that
// gunmen, armed men or militiamen no name sets apart, or gangs and bandits
// with or without a name, use on civilians or on a place that is no post of
// a force: "gunmen killed 22 villagers", "armed men stormed a church in Ondo
// state", "bandits attacked the village of Kurmin Masara". The codebook's
// 180 is the violence that needs no organisation or weapons of war (its
// example: "militiamen armed with machetes" attacking a refugee camp), while
// force of no stated kind (190) is that of armies and of armed groups with a
// name. A named armed group ("Boko Haram fighters killed 40 farm workers"),
// a force as the target ("gunmen ambushed a military convoy") and the weapon
// the words name (shootings, 193; bombs, 183) keep their codes.
func irregulars(s *sentence, ps []proto) []proto {
	for i, p := range ps {
		if p.code != "190" || !p.hasTgt || len(p.words) == 0 || !s.irregular(p.src) {
			continue
		}
		if r := role(p.tgt); r != "" && !unarmedRoles[r] || p.tgt.person != nil {
			continue
		}
		if s.forceNamed(p) {
			continue
		}
		ps[i].code = "180"
	}
	return ps
}

// irregular reports whether m is a role word of irregular fighters with no
// group's name: "gunmen", "armed men", "a gang", "bandits".
func (s *sentence) irregular(m member) bool {
	if len(m.code) != 6 && role(m) != "CRM" || m.person != nil || !irregularRoles[role(m)] || m.start < 0 {
		return false // a gang with a name is still a gang; a militia with one is an organised force
	}
	for k := m.start; k < m.end && k < len(s.toks); k++ {
		if w := s.toks[k].Lower; suicideWords[w] || organisedWords[w] {
			return false // a suicide bomber bombs (183x); "fighters of an armed group" are organised
		}
	}
	return true
}

// forceNamed reports whether the words of p, up to the end of its target,
// name a force or its post as what was struck: "killed 20 soldiers in an
// ambush in Niger", "attacked an army post in North Waziristan".
func (s *sentence) forceNamed(p proto) bool {
	end := p.words[len(p.words)-1]
	if p.tgt.end > end {
		end = p.tgt.end
	}
	for k := p.words[0]; k <= end && k < len(s.toks); k++ {
		if s.boundary[k] {
			break
		}
		if w := &s.toks[k]; forceSiteWords[w.Lower] || forceSiteWords[w.Lemma] {
			return true
		}
	}
	return false
}

var (
	// irregularRoles are the agents.txt roles of fighters with no army's
	// organisation: militias and gunmen (UAF), gangs and bandits (CRM)
	irregularRoles = set(`UAF CRM`)
	// unarmedRoles are the people force of irregulars is used on as
	// civilians
	unarmedRoles = set(`CVL REL EDU AGR LAB MED HLH REF BUS NGO HRI OPP SET`)
	// forceSiteWords name a force, its people or its posts; a prison is
	// one, held by its guards ("gangs stormed two prisons" fought them)
	forceSiteWords = set(`soldier soldiers troops army military police policemen policeman officers gendarmes gendarmerie
		base barracks checkpoint convoy patrol outpost post garrison position positions peacekeepers
		militia militiamen fighters rebels militants prison prisons jail jails penitentiary`)
	suicideWords = set(`suicide`)
	// organisedWords make irregulars an organised force: "an armed group",
	// "paramilitary forces", "mercenaries of a private military company"
	organisedWords = set(`group groups company paramilitary paramilitaries mercenary mercenaries forces army`)
)

// bombings recodes force whose words name the bomb as the codebook's kind
// of bombing: a suicide bomber or attack (1831: "a suicide bomber struck a
// mosque in Peshawar, killing 30 people"), a car or truck bomb (1832:
// "insurgents attacked a police station with a car bomb"), a roadside bomb
// or a mine (1833: "militants killed six soldiers with a roadside bomb").
// The words are those of the source's phrase, of the action and of what
// follows its target in the clause; a suicide attack takes precedence over
// a car bomb, as the codebook has it, and drones that dive on their target
// ("suicide drones") strike from the air.
func bombings(s *sentence, ps []proto) []proto {
	for i, p := range ps {
		if p.code == "1384" && len(p.words) > 0 && !stateForces[role(p.src)] && s.bombKind(p.words[0], p.words[len(p.words)-1]+1) != "" {
			// "threatened to launch suicide attacks": the bombing threatened
			// is unconventional violence (1383), as the bombing done is 183x
			ps[i].code = "1383"
			continue
		}
		if !bombable[string(p.code)] || len(p.words) == 0 || stateForces[role(p.src)] {
			continue
		}
		from, to := p.words[0], p.words[len(p.words)-1]
		if p.src.start >= 0 && p.src.start < from && from-p.src.start <= 8 {
			from = p.src.start
		}
		if p.hasTgt && p.tgt.end > to {
			to = p.tgt.end
		}
		if code := s.bombKind(from, to+5); code != "" {
			ps[i].code = code
			continue
		}
		if code := s.bombWith(to); code != "" {
			// "killed six policemen and a driver with a landmine": the
			// bomb after "with", past a longer object
			ps[i].code = code
			continue
		}
		if p.src.start >= 0 && p.src.start < from {
			// "Al-Shabaab gunmen and a suicide bomber attacked ..., killing
			// 32 people": the attacker's own words, however far
			if code := s.bombKind(p.src.start, p.src.end); code != "" {
				ps[i].code = code
				continue
			}
		}
		if t := p.words[0]; t > 0 && isWord(s.toks, t-1, ",") && strings.HasSuffix(s.toks[t].Lower, "ing") {
			// "A suicide car bomb ... exploded near Karachi's airport,
			// killing two engineers": the participle tells the casualties of
			// the bomb its clause's subject names
			// ("a suicide car bomb claimed by the BLA exploded ...": past the
			// participle on the subject too, which opens no clause of its own)
			e := t - 1
			for seg := 0; seg < 2 && e > 0; seg++ {
				b := e - 1
				for b > 0 && !s.boundary[b] {
					b--
				}
				if code := s.bombKind(b, e); code != "" {
					ps[i].code = code
					break
				}
				if subordinators[s.toks[b].Lower] || relativePronouns[s.toks[b].Lower] || s.toks[b].Lower == "and" {
					break
				}
				e = b
			}
		}
	}
	return ps
}

// bombKind returns the code of the bombing the words from token from to
// token to name, within one clause, or "".
func (s *sentence) bombKind(from, to int) dyad.EventCode {
	var code dyad.EventCode
	for k := from; k < to && k < len(s.toks); k++ {
		if k > from && (s.boundary[k] || s.toks[k].Lower == ",") {
			break
		}
		w, next := s.toks[k].Lower, ""
		if k+1 < len(s.toks) {
			next = s.toks[k+1].Lemma
		}
		switch {
		case w == "suicide" && next != "drone":
			return "1831"
		case code == "" && (carWords[w] && bombNouns[next] || strings.HasPrefix(w, "explosives-") || w == "packed" && next == "with" && k+2 < len(s.toks) && s.toks[k+2].Lower == "explosives"):
			code = "1832"
		case code == "" && (w == "roadside" && bombNouns[next] || mineWords[w]):
			code = "1833"
		}
	}
	return code
}

var (
	// bombable are the codes of force a bomb's words make a bombing:
	// unconventional or unstated force, a shooting, a bombing of no kind
	bombable    = set(`180 183 190 193`)
	stateForces = set(`MIL COP SPY`)
	carWords    = set(`car truck vehicle lorry`)
	bombNouns   = set(`bomb bomber bombing blast explosion`)
	mineWords   = set(`landmine landmines ied ieds`)
)

// unclaimedBomb reports whether a, coded as code, is a bombing (183x) that
// names no one who set the bomb: the codebook's 1833 codes where such a bomb
// went off as the source, since reports of them can rarely say who laid it
// ("a car bomb exploded outside a hotel in Mogadishu" is Somalia's, against
// the people there); a bomb from the air (195) is always someone's.
func (s *sentence) unclaimedBomb(a match, code dyad.EventCode) bool {
	if code.Root() != "18" || len(code) < 3 || code[:3] != "183" {
		return false
	}
	for _, k := range a.words {
		if w := s.toks[k].Lemma; bombNouns[w] || w == "ied" || w == "landmine" || w == "explosive" || w == "suicide" {
			return true
		}
	}
	return false
}

// bombSite returns the first place or country named from token from on in
// its clause (or people its words put in one), or else a state's body there ("outside the education
// ministry in Mogadishu"), whose country is where it went off; or -1.
func (s *sentence) bombSite(from int) int {
	body := -1
	for k := from; k < len(s.toks) && k < from+16; k++ {
		if s.boundary[k] {
			break
		}
		mi := s.at[k]
		if mi >= 0 && (s.placeLike(mi) || s.ms[mi].placedIn != "" && len(s.ms[mi].members) == 1) {
			// "killed nine people in Mogadishu", "four soldiers in
			// northwestern Pakistan": the victims' own place is where it went off
			return mi
		}
		if mi >= 0 && body < 0 && len(s.ms[mi].members) == 1 && stateBodies[role(s.ms[mi].members[0])] && s.atSite(mi) {
			body = mi
		}
	}
	return body
}

// victims reports whether mention mi is the subject of a passive that
// tells of harm ("four soldiers were killed by", "20 people were wounded
// in") before token t: whom a bomb hurt, not who set it.
func (s *sentence) victims(mi, t int) bool {
	m := &s.ms[mi]
	if m.start >= t || t-m.end > 6 {
		return false
	}
	for k := m.end; k+1 < t; k++ {
		if beForms[s.toks[k].Lower] && harmed[s.toks[k+1].Lower] {
			return true
		}
	}
	return false
}

// harmed are the participles of harm a passive tells.
var harmed = set(`killed wounded injured hurt maimed`)

// placeLike reports whether mention mi names a place or a country, not a
// part of a state or a group.
func (s *sentence) placeLike(mi int) bool {
	m := &s.ms[mi]
	return len(m.members) == 1 && (m.kind == mPlace || m.kind == mFull && len(m.members[0].code) == 3)
}

// bombedPeople gives a bombing whose source is where the bomb went off the
// people of that place as its target, when it names no other.
func bombedPeople(ps []proto) []proto {
	for i, p := range ps {
		ps[i].src.code, ps[i].src.person = p.src.country, nil
		p.src = ps[i].src
		if !p.hasTgt || p.tgt.code == p.src.code {
			t := p.src
			t.code, t.person = p.src.country+"CVL", nil
			ps[i].tgt, ps[i].hasTgt = t, true
			ps[i].conf -= 0.15
		}
	}
	return ps
}

// atSite reports whether a locative preposition ("outside the ministry",
// "at a police station") governs mention mi.
func (s *sentence) atSite(mi int) bool {
	if locatives[s.ms[mi].prep] {
		return true
	}
	k := s.ms[mi].start - 1
	for k >= 0 && determiners[s.toks[k].Lower] {
		k--
	}
	return k >= 0 && locatives[s.toks[k].Lower]
}

// attemptOnLeader codes a passive of force on one who holds or seeks an
// office that names no attacker ("the candidate was shot dead as he left a
// rally in Quito", "the prime minister was shot in the town of Handlova")
// from where it was done, as the codebook's 185 has it: the place's country
// against the leader, an assassination (186) when it killed and an attempt
// (185) when it did not. It returns nil for anyone else, or when the
// sentence names no place.
func (s *sentence) attemptOnLeader(a match, head int, code dyad.EventCode, conf float64) []proto {
	if code != "190" && code != "193" && code != "180" && code != "186" {
		return nil
	}
	t, _ := s.subject(head, -1)
	if t < 0 || !s.headOfState(t) && !s.officeHolder(t) {
		return nil
	}
	pl := s.placeNamed(a.trig + 1)
	if pl < 0 {
		return nil
	}
	switch {
	case s.lethal(a) || isWord(s.toks, a.trig+1, "dead"):
		code = "186"
	case s.toks[a.trig].Lemma == "shoot" || s.toks[a.trig].Lemma == "stab":
		code = "185"
	default:
		return nil
	}
	src := s.ms[pl].members[0]
	src.code, src.person = src.country, nil
	return []proto{{src: src, tgt: s.ms[t].members[0], hasTgt: true, code: code, words: a.words, conf: conf - 0.15, frame: -1}}
}

// placeNamed returns the first place or country named from token from on
// in the sentence, within twenty words, or -1.
func (s *sentence) placeNamed(from int) int {
	for k := from; k < len(s.toks) && k < from+20; k++ {
		if mi := s.at[k]; mi >= 0 && s.placeLike(mi) {
			return mi
		}
	}
	return -1
}
