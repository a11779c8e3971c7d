package coder

import (
	"strings"

	"github.com/dyadhq/dyad"
)

// irregulars recodes as unconventional violence (180) the force that
// gunmen, armed men, militiamen, gangs or bandits no name sets apart use on
// civilians or on a place that is no post of a force: "gunmen killed 22
// villagers", "armed men stormed a church in Ondo state", "bandits attacked
// the village of Kurmin Masara". The codebook's 180 is the violence that
// needs no organisation or weapons of war (its example: "militiamen armed
// with machetes" attacking a refugee camp), while force of no stated kind
// (190) is that of armies and of armed groups with a name. A named group
// ("Boko Haram fighters killed 40 farm workers"), a force as the target
// ("gunmen ambushed a military convoy") and the weapon the words name
// (shootings, 193; bombs, 183) keep their codes.
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
	if len(m.code) != 6 || m.person != nil || !irregularRoles[role(m)] || m.start < 0 {
		return false
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
