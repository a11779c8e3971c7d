package coder

// noparties9: a downing told in the passive with no agent ("A Ukrainian
// drone was shot down over Belgorod, Russia's defence ministry said", "two
// Russian missiles were intercepted over Kyiv, Ukraine's air force said",
// "a Russian Su-34 was downed over the Donetsk region") is force (190, a
// downing with no weapon named, POLICY section 12) by the state whose body
// reports it, or else by the country of the place it was brought down
// over, against the country whose aircraft, drone or missile the subject
// names, when the two differ. No pattern codes it: the verbs' patterns of
// downing take their target after them.

// downedWords are the participles of a downing; shot and brought take
// "down" after them.
var downedWords = set(`downed intercepted destroyed shot brought`)

// airborneWords are the subject nouns of a downing.
var airborneWords = set(`drone drones missile missiles rocket rockets jet jets plane planes aircraft helicopter helicopters
	warplane warplanes fighter fighters bomber bombers airliner uav uavs projectile projectiles`)

// downedPassive adds the downings of the sentence that protos do not code.
func downedPassive(s *sentence, protos []proto) []proto {
	if !s.words["down"] && !s.words["downed"] && !s.words["intercepted"] && !s.words["destroyed"] {
		return protos
	}
	for k := 2; k+1 < len(s.toks); k++ {
		w := s.toks[k].Lower
		if !downedWords[w] || (w == "shot" || w == "brought") && !isWord(s.toks, k+1, "down") || !beForms[s.toks[k-1].Lower] || inWords(protos, k) {
			continue
		}
		end := k + 1
		if w == "shot" || w == "brought" {
			end++
		}
		if isWord(s.toks, end, "by") {
			continue // an agent of its own: the patterns' passive
		}
		tgt := s.downedThing(k - 1)
		if tgt.country == "" {
			continue
		}
		var src member
		if r := s.reporter(k); r >= 0 && len(s.ms[r].members) == 1 {
			src = s.ms[r].members[0]
		} else if pl := s.overPlace(end); pl >= 0 {
			c := s.ms[pl].members[0].country
			src = member{code: c, country: c, name: s.ms[pl].members[0].name, start: -1, end: -1}
		}
		if src.country == "" || src.country == tgt.country {
			continue
		}
		protos = append(protos, proto{src: src, tgt: tgt, hasTgt: true, code: "190", words: []int{k}, conf: 0.7, frame: -1})
	}
	return protos
}

// downedThing returns whose the aircraft, drone or missile is that is the
// subject of the passive whose be-form is at token b: the actor, or the
// adjective, that names the noun's country in the subject's words before
// it; or a member with no country.
func (s *sentence) downedThing(b int) member {
	noun := -1
	for k := b - 1; k >= 0 && !s.boundary[k] && s.toks[k].Lower != ","; k-- {
		if airborneWords[s.toks[k].Lower] && noun < 0 {
			noun = k
		}
		if noun < 0 {
			continue
		}
		if mi := s.in[k]; mi >= 0 && (s.ms[mi].kind == mFull || s.ms[mi].kind == mWeak) && s.ms[mi].prep == "" && len(s.ms[mi].members) == 1 {
			mb := s.ms[mi].members[0]
			if mb.person == nil {
				return mb
			}
		}
	}
	return member{}
}

// overPlace returns the place mention right after "over" from token k on in
// its clause, or -1.
func (s *sentence) overPlace(k int) int {
	for ; k < len(s.toks) && !s.boundary[k] && s.toks[k].Lower != ","; k++ {
		if mi := s.at[k]; mi >= 0 && s.ms[mi].prep == "over" && len(s.ms[mi].members) == 1 && s.ms[mi].members[0].country != "" {
			return mi
		}
	}
	return -1
}
