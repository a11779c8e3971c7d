package coder

import (
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// The weapon that tells force's kind where the coder's patterns only see
// force: the codebook parts conventional force by its weapon, small arms and
// light weapons (193), artillery, tanks and rockets (194), aircraft, drones
// and missiles (195), and where several are named the heaviest takes
// precedence (its usage notes of 194 and 195). A report names the weapon
// where no "with" stands before it: in the subject ("Israeli warplanes
// struck", "Ten drones launched by the Houthis hit", "French warplanes,
// frigates and a submarine struck"), in the verb ("shelled", "bombed"), in
// an adjunct ("struck power plants in waves of air strikes") or in what was
// launched ("launched an air offensive"). weaponed reads all four.

// Ranks of weapon, in the codebook's order of precedence.
const (
	kindNone      = 0
	kindSmall     = 2 // small arms and light weapons (193)
	kindArtillery = 3 // artillery, tanks, rockets (194)
	kindAerial    = 4 // aircraft, drones, missiles, air strikes (195)
)

var kindCodes = [...]dyad.EventCode{kindSmall: "193", kindArtillery: "194", kindAerial: "195"}

// weaponed recodes force of no stated kind (190), and small arms or
// artillery fire where heavier weapons are named (193, 194: "Syrian
// warplanes pounded Saraqeb", "traded fire, with Israeli jets striking
// targets in Lebanon"), by the weapon the subject, the verb, an adjunct or a
// launched object names. It never lowers a code: a weapon lighter than the
// pattern's is no news.
func weaponed(s *sentence, ps []proto) []proto {
	for i, p := range ps {
		if p.code == "150" && len(p.words) > 0 && s.groupFired(p) {
			// an armed group tests no missiles: what it fires it fires at someone
			ps[i].code = "190"
			if k := s.launchedWeapon(p, p.words[0]); k != kindNone {
				ps[i].code = kindCodes[k]
			}
			continue
		}
		if (p.code != "190" && p.code != "193" && p.code != "194") || len(p.words) == 0 {
			continue
		}
		t := p.words[0]
		kind := s.verbWeapon(t)
		if k := s.subjectWeapon(ps, p, t); k > kind {
			kind = k
		}
		if k := s.launchedWeapon(p, t); k > kind {
			kind = k
		}
		if k := s.adjunctWeapon(ps, p); k > kind {
			kind = k
		}
		if kind < kindArtillery && s.warshipFire(p, t) {
			kind = kindArtillery // a warship's guns (shipguns.go)
		}
		if kind == kindNone && p.code == "190" && s.strikeFromAfar(p, t) {
			kind = kindAerial
		}
		if kind == kindNone || p.code == "193" && kind < kindArtillery || p.code == "194" && kind < kindAerial {
			continue
		}
		ps[i].code = kindCodes[kind]
	}
	return ps
}

// groupFired reports whether p, a show of force (150), is an armed group's
// firing of what it fires ("the group fired more than 2,000 rockets"),
// which a state's test-firing is, but a group's never: no word of a test.
func (s *sentence) groupFired(p proto) bool {
	if r := role(p.src); !armedGroups[r] && !strings.HasPrefix(p.src.code, "IMG") {
		return false
	}
	if l := s.toks[p.words[0]].Lemma; l != "fire" && l != "launch" && l != "unleash" && l != "lob" {
		return false
	}
	for _, k := range p.words {
		if strings.Contains(s.toks[k].Lower, "test") {
			return false
		}
	}
	return !isWord(s.toks, p.words[0]-1, "-") // "test-fired"
}

// verbWeapon is the weapon a verb of force implies: "shelled" artillery,
// "ambushed" small arms, "bombed" and "strafed" aircraft (an armed group's
// bombs are recoded as improvised by improvised).
func (s *sentence) verbWeapon(t int) int {
	switch s.toks[t].Lemma {
	case "shell", "bombard":
		return kindArtillery
	case "bomb", "strafe":
		return kindAerial
	case "ambush":
		return kindSmall // an ambush is fought with small arms, as the team's sets code it
	}
	return kindNone
}

// subjectWeapon is the heaviest weapon the subject of the action at t names,
// read back from the verb over the subject's phrase: its modifiers, a list
// of forces ("warplanes, warships and a submarine"), a passive's agent
// ("drones launched by Yemen's Houthis", "a drone strike blamed on the RSF").
// It stops at a clause boundary, another action's verb, a preposition that
// heads something else's object ("fired rockets at Israel and Israeli troops
// attacked"), and a comma that follows no force. An aircraft shoots down
// only in the air: "Turkish F-16 jets shot down a warplane" and "its air
// force shot down two jets" used aircraft (POLICY section 12), "air
// defences shot down 40 drones" names none; an aircraft that strikes an
// aircraft ("a fighter jet struck a drone") used none either.
func (s *sentence) subjectWeapon(ps []proto, p proto, t int) int {
	shoot := s.toks[t].Lemma == "shoot"
	if !shoot && s.aircraftHit(p) {
		return kindNone
	}
	best, before := kindNone, kindNone // before: the best up to the last comma passed
	for k := t - 1; k >= 0 && k >= t-16; k-- {
		w := &s.toks[k]
		if s.boundary[k] && relativePronouns[w.Lower] {
			return before // "Hezbollah, which has fired thousands of rockets, attacked": an aside's weapon
		}
		if startsOther(ps, p, k) {
			return before // "Hezbollah, which fired rockets, attacked": another act's weapon
		}
		if s.boundary[k] || s.time[k] && w.Kind == text.Punct {
			break
		}
		if w.Kind == text.Punct {
			if w.Lower == "-" {
				continue
			}
			if w.Lower == "," && k > 0 && (militaryNouns[s.toks[k-1].Lower] || s.weaponAt(k-1) != kindNone) {
				before = best
				continue
			}
			break
		}
		if subjectStops[w.Lower] && !(w.Lower == "on" && isWord(s.toks, k-1, "blamed")) {
			break
		}
		kind := s.weaponAt(k)
		if shoot && (kind != kindAerial || !aircraftNoun(s.toks, k) && !airForceAt(s.toks, k)) {
			continue // "air defences shot down": no aircraft named
		}
		if kind > best {
			best = kind
		}
	}
	return best
}

// strikeFromAfar reports whether the action at t is a state's strike on
// sites or targets in another country, which is made from the air or from
// afar, as verbs.txt has it for strikes carried out on targets in a
// country: "India struck nine sites in Pakistan", "Israel struck dozens of
// military sites across Iran" (195). Not a force's strike ("Russian troops
// struck Ukrainian positions" is fighting on the ground), nor one at home.
func (s *sentence) strikeFromAfar(p proto, t int) bool {
	if l := s.toks[t].Lemma; l != "strike" && l != "hit" || !p.hasTgt || p.src.country == "" || p.tgt.country == p.src.country {
		return false
	}
	if r := role(p.src); r != "" && r != "GOV" {
		return false
	}
	for j := t + 1; j < len(s.toks) && j <= t+10; j++ {
		if s.boundary[j] || s.toks[j].Kind == text.Punct {
			break
		}
		if strikeSites[s.toks[j].Lower] {
			return true
		}
	}
	return false
}

// startsOther reports whether token k is the first word of another action
// of the sentence than p.
func startsOther(ps []proto, p proto, k int) bool {
	for _, q := range ps {
		if len(q.words) > 0 && q.words[0] == k && q.words[0] != p.words[0] {
			return true
		}
	}
	return false
}

// launchedWeapon is the weapon in what a verb of launching names as its
// object, before any preposition: "launched an air and ground offensive",
// "carried out drone strikes", "fired artillery shells". Only after such
// verbs: what "struck a drone factory" names is its target.
func (s *sentence) launchedWeapon(p proto, t int) int {
	if !launchVerbs[s.toks[t].Lemma] {
		return kindNone
	}
	k := t + 1
	if isWord(s.toks, k, "out") {
		k++
	}
	best := kindNone
	for j := k; j < len(s.toks) && j < k+12; j++ {
		w := &s.toks[j]
		if s.boundary[j] || w.Kind == text.Punct && w.Lower != "-" && w.Lower != "," || w.Kind == text.Word && prepositions[w.Lower] && !listPreps[w.Lower] {
			break // "launched more than 300 projectiles, including drones and cruise missiles, at Israel": up to "at"
		}
		if kind := s.weaponAt(j); kind > best {
			best = kind
		}
	}
	return best
}

// adjunctWeapon is the weapon of a phrase after the action, in its clause,
// opened by "in", "with" or "using" and naming it before any other
// preposition: "struck power plants across Ukraine in waves of air
// strikes", "hit the town with artillery and tanks", "attacked a checkpoint
// with rocket-propelled grenades". Not "in retaliation for Iran's missile
// attack", whose weapon is another act's.
func (s *sentence) adjunctWeapon(ps []proto, p proto) int {
	start := p.words[0] + 1
	best := kindNone
	for k := start; k < len(s.toks) && k < start+20; k++ {
		w := &s.toks[k]
		if s.boundary[k] || startsOther(ps, p, k) || w.Kind == text.Punct && w.Lower != "," && w.Lower != "-" {
			break
		}
		if !adjunctPreps[w.Lower] {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+7; j++ {
			v := &s.toks[j]
			if v.Lower == "to" && isWord(s.toks, j-1, "-") && isWord(s.toks, j+1, "-") {
				continue // "with a surface-to-air missile"
			}
			if v.Lower == "up" && isWord(s.toks, j+1, "to") || v.Lower == "to" && isWord(s.toks, j-1, "up") ||
				v.Lower == "by" && j > 0 && backingWords[s.toks[j-1].Lower] {
				continue // "with up to 1,000 troops backed by tanks" (fresh set 33): the force's weapons
			}
			if s.boundary[j] || v.Kind == text.Punct && v.Lower != "-" || v.Kind == text.Word && prepositions[v.Lower] && v.Lower != "of" || causeNouns[v.Lower] {
				break // "in the wake of Israeli air strikes": another act's weapon
			}
			if kind := s.weaponAt(j); kind > best {
				best = kind
			}
		}
	}
	return best
}

// weaponAt is the kind of weapon token k names where it stands: not a
// weapon of the sea ("naval drones"), one that counters it ("anti-aircraft
// guns", "air defences"), a word a modifier makes no weapon of war ("water
// cannon", "suicide bombers"), a part of a lighter weapon's name
// ("rocket-propelled grenades", small arms), a noun it modifies ("an
// aircraft carrier", "a drone factory"), or "air" that names no force from
// the air ("air base", "airspace").
func (s *sentence) weaponAt(k int) int {
	w := &s.toks[k]
	if w.Kind != text.Word {
		return kindNone
	}
	if k > 0 && (seaWords[s.toks[k-1].Lower] || notWeapons[s.toks[k-1].Lower]) || isWord(s.toks, k-1, "-") && isWord(s.toks, k-2, "anti") {
		return kindNone // "naval drones", "water cannon", "suicide bombers", "anti-aircraft guns"
	}
	switch w.Lower {
	case "air", "aerial":
		for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
			if airForce[s.toks[j].Lemma] {
				return kindAerial
			}
			if s.toks[j].Lower != "and" && s.toks[j].Lower != "-" && s.toks[j].Lower != "ground" && s.toks[j].Lower != "land" {
				break
			}
		}
		return kindNone
	case "rocket":
		if isWord(s.toks, k+1, "-") && isWord(s.toks, k+2, "propelled") {
			return kindNone // the grenade it propels is the weapon
		}
	case "aircraft", "drone", "drones", "missile", "missiles":
		if k+1 < len(s.toks) && weaponHeads[s.toks[k+1].Lower] {
			return kindNone // "an aircraft carrier", "a drone factory", "missile defences": not the weapon used
		}
	}
	switch {
	case airWeapons[w.Lemma] || airWeapons[w.Lower] || aerialWeapons[w.Lower] || aircraftModel(s.toks, k):
		return kindAerial
	case artilleryWeapons[w.Lemma] || artilleryWeapons[w.Lower] || heavyWeapons[w.Lower]:
		return kindArtillery
	case smallArms[w.Lower]:
		return kindSmall
	}
	return kindNone
}

// aircraftNoun reports whether token k names an aircraft that fights in the
// air: "jets", "warplanes", "an F-16", not "air" of "its air force" nor a
// missile.
func aircraftNoun(toks []text.Token, k int) bool {
	return aircraft[toks[k].Lemma] || aircraft[toks[k].Lower] || aircraftModel(toks, k)
}

// aircraftModel reports whether tokens from k are a military aircraft's or
// drone's model name: "F-16", "Su-24", "MiG-29", "MQ-9".
func aircraftModel(toks []text.Token, k int) bool {
	return aircraftModels[toks[k].Text] && isWord(toks, k+1, "-") && k+2 < len(toks) && toks[k+2].Kind == text.Number
}

var (
	// aerialWeapons add to airWeapons the words of aircraft and what they
	// drop that a subject or an adjunct names.
	aerialWeapons = set(`warplane warplanes bomber bombers airstrike airstrikes`)
	// notWeapons make the weapon word after them none of war's: "water
	// cannon" disperses crowds, "suicide bombers" carry their bombs.
	notWeapons = set(`water suicide`)
	// heavyWeapons add to artilleryWeapons the artillery's other words.
	heavyWeapons = set(`shells shell shelling shellfire howitzers cannon cannons mlrs`)
	// smallArms are small arms and light weapons, the codebook's 193:
	// mortars of small calibre among them.
	smallArms = set(`rifle rifles gun guns machinegun machineguns pistol pistols grenade grenades mortar mortars bullets bullet sniper snipers kalashnikov kalashnikovs firefight firefights gunbattle gunbattles
		shootout shootouts`)
	// aircraft fight in the air.
	aircraft = set(`warplane jet aircraft helicopter gunship bomber drone`)
	// weaponHeads are nouns a weapon's word modifies that are no weapon
	// used: what is struck or made, or what counters it.
	weaponHeads = set(`carrier carriers factory factories plant plants base bases site sites maker makers
		defence defences defense defenses shield interceptor interceptors`)
	// aircraftModels are the makers' prefixes of military aircraft and
	// drones' model names.
	aircraftModels = set(`F Su MiG Mig MQ RQ B Tu Mi AH Ka J`)
	// airForce are the nouns that make "air" the air's force: an air
	// strike, raid or campaign, an air force.
	airForce = set(`strike raid attack force campaign bombardment assault offensive power operation war sortie`)
	// militaryNouns are forces a subject may list before a comma: "warplanes,
	// warships and a submarine".
	militaryNouns = set(`warships warship ships frigates destroyers submarines vessels boats troops forces soldiers
		tanks aircraft navy army artillery jets warplanes drones missiles helicopters`)
	// subjectStops end a subject read back from its verb: prepositions that
	// head another act's object or a clause of time.
	subjectStops = set(`at against into toward towards with for to on after before since while when than`)
	// strikeSites are what strikes from afar hit.
	strikeSites = set(`site sites target targets facility facilities infrastructure installations`)
	// launchVerbs launch, fire or carry out what they name.
	launchVerbs = set(`launch carry conduct unleash mount stage use deploy fire`)
	// listPreps stay inside the object of a launch: "more than 300", "waves
	// of", "including drones".
	listPreps = set(`of than including`)
	// causeNouns head an adjunct that names what the act answers, not how
	// it was done.
	causeNouns = set(`wake aftermath response retaliation reply revenge reprisal protest spite face fear anticipation defiance`)
	// adjunctPreps open an adjunct that may name the weapon.
	adjunctPreps = set(`in with using`)
)

// backingWords put the weapons after "by" at the side of the force before
// them: "troops backed by tanks".
var backingWords = set(`backed supported accompanied escorted`)
