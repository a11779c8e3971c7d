package coder

// Jailbreaks. "Armed gangs stormed the main prison in Port-au-Prince,
// freeing about 2,000 inmates" tells an attack on a prison, not a release:
// only who held the inmates releases them (0841, "release people from
// detention"), and a gang, a militia or rebels that break into a jail held
// no one there. The freeing is what the attack did; the attack is coded as
// the force it is. A state's forces that storm a prison held by others
// ("troops stormed the jail and freed the hostages") still free people.

// prisonWords name a place where people are held.
var prisonWords = set(`prison prisons jail jails penitentiary penitentiaries gaol`)

// assaultLemmas are the verbs of force used on a place.
var assaultLemmas = set(`storm attack raid overrun assault besiege`)

// jailbreaks drops each release (0841) by an actor that is no body of a
// state when the sentence tells force used on a prison before it.
func jailbreaks(s *sentence, ps []proto) []proto {
	out := ps[:0]
	for _, p := range ps {
		if p.code == "0841" && len(p.words) > 0 && !stateActor(p.src) && s.prisonStormed(p.words[0]) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// stateActor reports whether m is a state or a body of one: a bare
// country, its government, legislature, courts, military or police.
func stateActor(m member) bool {
	return len(m.code) == 3 || len(m.code) == 6 && stateBodies[role(m)]
}

// prisonStormed reports whether a verb of force on a prison comes before
// token t: "stormed the National Penitentiary", "attacked two jails",
// "broke into a prison".
func (s *sentence) prisonStormed(t int) bool {
	for k := 0; k < t; k++ {
		if !assaultLemmas[s.toks[k].Lemma] && (s.toks[k].Lemma != "break" || !isWord(s.toks, k+1, "into")) {
			continue // "stormed", "raided", "broke into"
		}
		for j := k + 1; j < t && j <= k+8; j++ {
			if prisonWords[s.toks[j].Lower] {
				return true
			}
		}
	}
	return false
}
