package coder

import "github.com/dyadhq/dyad/text"

// Accidents and disasters kill too, and no one did it: "a fire at a migrant
// centre in Ciudad Juarez killed 39 people", "the jet that crashed in
// Kazakhstan, killing 38". The toll is no act of any actor the sentence
// names: not of a place in the subject's phrases ("El Paso, Texas"), nor of
// the speaker of the main clause ("Aliyev accused Russia of shooting at the
// jet that crashed ..., killing").

// disasterNouns are what kills with no one doing it.
var disasterNouns = set(`fire fires blaze blazes inferno earthquake earthquakes quake quakes flood floods flooding
	storm storms cyclone typhoon hurricane tornado landslide landslides mudslide mudslides avalanche
	stampede crash crashes collapse accident accidents derailment outbreak epidemic heatwave rains`)

// disasterAdjectives stand before a disaster noun.
var disasterAdjectives = set(`heavy deadly massive huge major devastating powerful torrential severe strong large`)

// accidentVerbs tell, in the past, a vehicle's or a building's accident.
var accidentVerbs = set(`crashed capsized collapsed sank derailed overturned plunged`)

// vehicleNouns are what crashes or capsizes.
var vehicleNouns = set(`plane planes jet jets airliner airliners aircraft helicopter helicopters ferry ferries boat boats
	bus buses train trains truck trucks ship ships vessel vessels building buildings bridge dam mine`)

// accidentToll reports whether the action at token t tells the toll of an
// accident or a disaster: its subject is a disaster noun that no actor
// modifies ("a fire at a prison killed"; "Israeli fire killed" is Israel's),
// or it is a participle after a comma that follows an accident of a vehicle
// ("the ferry that capsized on Sunday, killing 40").
func (s *sentence) accidentToll(t int) bool {
	if t >= 2 && isWord(s.toks, t-1, ",") && presentParticiple(s.toks[t].Lower) {
		return s.vehicleAccidentBefore(t - 1)
	}
	seen := false
	for k := 0; k < t; k++ {
		if disasterNouns[s.toks[k].Lower] && s.in[k] < 0 && s.opensPhrase(k) {
			seen = true // "a fire", "Floods", "heavy rains", "a building collapse"; not "opened fire", "under fire"
			break
		}
	}
	if !seen {
		return false // the parse is asked only when a disaster noun opens a noun phrase first
	}
	tr := s.parse()
	if tr == nil || t >= tr.Len() {
		return false
	}
	for k := 0; k < t; k++ {
		if tr.Heads[k] != t || tr.Labels[k] != "nsubj" || !disasterNouns[s.toks[k].Lower] || s.in[k] >= 0 {
			continue
		}
		for j := 0; j < k; j++ {
			if tr.Heads[j] == k && s.in[j] >= 0 {
				return false // "Israeli fire", "a Russian crash"
			}
		}
		return true
	}
	return false
}

// vehicleAccidentBefore reports whether the clause that ends at the comma c
// tells a vehicle's accident: its verb, the last before the comma past its
// places and times, is an accident verb whose subject is a vehicle, or a
// relative pronoun after one ("the jet that crashed in Kazakhstan").
func (s *sentence) vehicleAccidentBefore(c int) bool {
	for k := c - 1; k >= 1 && k >= c-10; k-- {
		w := &s.toks[k]
		if w.Kind != text.Word {
			return false
		}
		if !accidentVerbs[w.Lower] {
			if pastForm(w) {
				return false // another verb comes last
			}
			continue
		}
		n := k - 1
		if isWord(s.toks, n, "that") || isWord(s.toks, n, "which") {
			n--
		}
		return n >= 0 && vehicleNouns[s.toks[n].Lower] && s.in[n] < 0
	}
	return false
}

// participleObject reports whether mention mi, in the clause after the
// boundary b, follows a participle that a comma opens (", killing 38
// people"): the participle has no subject of its own words, so what follows
// it is its object, never the subject of a later verb.
func (s *sentence) participleObject(b, mi int) bool {
	for k := s.ms[mi].start - 1; k > b+1; k-- {
		p := &s.toks[k]
		if p.Text == "," {
			return false
		}
		if isWord(s.toks, k-1, ",") && p.Kind == text.Word && !p.Cap && presentParticiple(p.Lower) && !prepositions[p.Lower] {
			return true
		}
	}
	return false
}

// opensPhrase reports whether the noun at k heads a noun phrase that opens
// there: first in the sentence, or after a determiner or an adjective of
// disasters, or after one noun of its own after a determiner ("a building
// collapse"); not the object of a verb ("opened fire") or a preposition.
func (s *sentence) opensPhrase(k int) bool {
	if k == 0 {
		return true
	}
	p := &s.toks[k-1]
	if determiners[p.Lower] || disasterAdjectives[p.Lower] {
		return true
	}
	return k >= 2 && determiners[s.toks[k-2].Lower] && p.Kind == text.Word && !pastForm(p) && !prepositions[p.Lower]
}

// An accident kills no one by force: "a Boeing 737 of Ukraine International
// Airlines crashed after taking off from Tehran, killing all 176 people on
// board" tells a crash, whoever owns the plane, not an attack by its
// airline. A cause named after the crash ("was shot down") is coded where
// the words tell it.

// accidentParticiple reports whether the participle at token t (", killing
// all 176 people") follows, in its sentence, a clause whose verb is an
// accident's, with no other verb between.
func (s *sentence) accidentParticiple(t int) bool {
	if !isWord(s.toks, t-1, ",") || !presentParticiple(s.toks[t].Lower) {
		return false
	}
	for k := t - 2; k >= 0; k-- {
		w := &s.toks[k]
		if accidentVerbs[w.Lower] {
			// (not a relative clause's: "accused Russia of shooting at the
			// jet that crashed, killing 38 people, and demanded" keeps its
			// clauses as they are)
			return !isWord(s.toks, k-1, "that") && !isWord(s.toks, k-1, "which")
		}
		if w.Kind == text.Word && !w.Cap && pastForm(w) && s.in[k] < 0 && w.Lower != "bound" {
			return false // another verb's clause ("was shot down")
		}
	}
	return false
}

// presentParticiple reports whether w is a present participle, the form of a
// clause of result (", killing", ", wounding").
func presentParticiple(w string) bool {
	return len(w) > 4 && w[len(w)-3:] == "ing"
}
