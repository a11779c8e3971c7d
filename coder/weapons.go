package coder

import (
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// armed recodes force of no stated kind (190) by the weapons named after
// "with" (foughtWith). The weapon a subject, a verb or an adjunct names is
// weaponed's (weaponkinds.go), which also reads "Israeli warplanes struck".
func armed(s *sentence, ps []proto) []proto {
	for i, p := range ps {
		if p.code == "190" && len(p.words) > 0 {
			if code := s.foughtWith(p); code != "" {
				ps[i].code = code
			}
		}
	}
	return ps
}

// foughtWith returns the code of force the weapons after "with" name, right
// after the action or its target: "fought with tanks, mortars and rocket
// launchers" is artillery fire (194), "fought with rifles" small arms (193),
// "fought with rocks and clubs" unconventional violence (180), as the
// codebook parts them; the heaviest weapon named takes precedence. It
// returns "" when no "with" of weapons follows.
func (s *sentence) foughtWith(p proto) dyad.EventCode {
	k := p.words[len(p.words)-1] + 1
	if isWord(s.toks, k-1, "with") {
		k-- // "fought with": the pattern's own last word
	} else if p.hasTgt && p.tgt.end > k && p.tgt.end-k <= 6 {
		k = p.tgt.end
	}
	for j := k; j < k+3 && j < len(s.toks) && !isWord(s.toks, k, "with"); j++ {
		if w := &s.toks[j]; s.boundary[j] || w.Kind != text.Word || prepositions[w.Lower] && w.Lower != "with" {
			break // "attacked Armenian positions with artillery": past the target's own nouns only
		}
		if isWord(s.toks, j+1, "with") {
			k = j + 1
		}
	}
	if !isWord(s.toks, k, "with") {
		return ""
	}
	best := 0
	for j := k + 1; j < len(s.toks) && j <= k+10; j++ {
		w := &s.toks[j]
		if s.boundary[j] || w.Kind == text.Word && prepositions[w.Lower] && w.Lower != "of" {
			break
		}
		if n := weaponWeight[w.Lemma]; n > best {
			best = n
		}
	}
	return weaponCodes[best]
}

// weaponWeight ranks the weapons a fight is fought with: crude weapons (1),
// small arms and light weapons (2), artillery, tanks and rockets (3), and
// aircraft (4); weaponCodes gives each rank its code.
var (
	weaponWeight = map[string]int{
		"rock": 1, "stone": 1, "club": 1, "stick": 1, "knife": 1, "machete": 1, "axe": 1, "iron": 1, "bar": 1,
		"rifle": 2, "gun": 2, "machine": 2, "mortar": 2, "grenade": 2, "pistol": 2, "firearm": 2, "weapon": 0,
		"tank": 3, "artillery": 3, "rocket": 3, "howitzer": 3, "launcher": 3,
		"aircraft": 4, "warplane": 4, "jet": 4, "helicopter": 4, "drone": 4, "airstrike": 4,
	}
	weaponCodes = [...]dyad.EventCode{0: "", 1: "180", 2: "193", 3: "194", 4: "195"}
)

// improvised recodes as a bombing with makeshift explosives (183) an aerial
// bombing (195) by an armed group that has no aircraft: "Pakistani Taliban
// militants bombed a police station" and "the Islamic State's bombing of a
// church" planted or threw their bombs, as the codebook's 183 has it; only a
// state's forces, or a sentence that names aircraft, drones or missiles,
// bomb from the air.
func improvised(s *sentence, ps []proto) []proto {
	for i, p := range ps {
		if p.code != "195" || len(p.words) == 0 || p.src.start < 0 || !bombWords[s.toks[p.words[0]].Lower] {
			continue
		}
		if r := role(p.src); !armedGroups[r] && !strings.HasPrefix(p.src.code, "IMG") {
			continue
		}
		aerial := false
		for k := range s.toks {
			if w := &s.toks[k]; airWeapons[w.Lemma] || airWeapons[w.Lower] || aircraftWords[w.Lemma] {
				aerial = true
				break
			}
		}
		if !aerial {
			ps[i].code = "183"
		}
	}
	return ps
}

// underFire recodes "came under fire from" as force (190) when those who
// fired are armed: "Ukrainian troops came under heavy fire from Russian
// forces" was shot at, "the president came under fire from lawmakers" was
// criticised (111), as the pattern has it; so "came under attack from
// Pakistani troops" is force, and "came under attack from lawmakers" not.
// The attack's own words give its weapon (attackWeapon): "came under drone
// attack from Russian forces" is 195, "heavy rocket fire" 194, and a
// weapon named makes it force whoever attacked.
func underFire(s *sentence, ps []proto) []proto {
	for i, p := range ps {
		if p.code != "111" || len(p.words) == 0 || s.toks[p.words[0]].Lemma != "come" {
			continue
		}
		armed := armedRoles[role(p.src)] || s.armedNamed(p.src)
		for _, k := range p.words {
			if w := s.toks[k].Lower; w == "fire" || w == "gunfire" || w == "attack" || w == "assault" {
				// a weapon named makes it force whoever the attacker is:
				// "came under a massive missile attack from Russia"
				if code := s.attackWeapon(p.words[0], k); armed || code != "190" {
					ps[i].code = code
				}
				break
			}
		}
	}
	return ps
}

// attackWeapon codes the attack whose noun is token k, read from token from
// ("came under heavy rocket fire", "came under drone attack"): by the
// heaviest weapon a word before the noun names, else 190.
func (s *sentence) attackWeapon(from, k int) dyad.EventCode {
	code := dyad.EventCode("190")
	for j := from + 1; j < k; j++ {
		w := &s.toks[j]
		switch {
		case airWeapons[w.Lower] || airWeapons[w.Lemma]:
			return "195"
		case artilleryWeapons[w.Lower] || artilleryWeapons[w.Lemma]:
			code = "194"
		}
	}
	return code
}

// armedNamed reports whether the words of member m name a force, whatever
// role its actor has: "Afghan Taliban forces", "government troops".
func (s *sentence) armedNamed(m member) bool {
	for k := max(m.start, 0); k < m.end && k < len(s.toks); k++ {
		if forceNouns[s.toks[k].Lower] {
			return true
		}
	}
	return false
}

// forceNouns are the plural nouns that name armed forces.
var forceNouns = set(`forces troops soldiers fighters militants gunmen militiamen`)

// aircraftHit reports whether what p struck is an aircraft, named right
// after its target: "a fighter jet struck a Polish drone" is force in the
// air, not from it.
func (s *sentence) aircraftHit(p proto) bool {
	if !p.hasTgt || p.tgt.start < 0 {
		return false
	}
	for k := p.tgt.end; k < len(s.toks) && k < p.tgt.end+6; k++ {
		w := &s.toks[k]
		if aircraftModel(s.toks, k) || w.Lower == "-" && k > p.tgt.end || w.Kind == text.Number && isWord(s.toks, k-1, "-") {
			continue // "a U.S. MQ-9 Reaper drone": past the model's name
		}
		if w.Kind != text.Word || s.boundary[k] || closedClass(w.Lower) {
			return false
		}
		if w.Lower == "fighters" {
			return false // "killed dozens of Islamic State fighters": combatants, not jets
		}
		if airWeapons[w.Lemma] || aircraftWords[w.Lemma] {
			return true
		}
	}
	return false
}

// airWeapons and artilleryWeapons are the words of a subject that tell what
// struck: from the air or from afar (195), or artillery, tanks and rockets
// (194), as verbs.txt's AIRWEAPON and MISSILEN classes part them.
var (
	airWeapons       = set(`warplane warplanes jet jets drone drones missile missiles aircraft helicopter helicopters gunship gunships airstrike airstrikes air aerial`)
	artilleryWeapons = set(`artillery shelling shellfire howitzer howitzers tank tanks rocket rockets`)
	seaWords         = set(`naval sea underwater maritime surface`)
	aircraftWords    = set(`plane airliner fighter`)
	bombWords        = set(`bomb bombs bombed bombing bombings`)
	armedGroups      = set(`REB INS UAF SEP CRM`)
)
