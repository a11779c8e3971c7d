package coder

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
