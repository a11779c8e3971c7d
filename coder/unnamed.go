package coder

import "strings"

// Who acts on people a passive leaves unnamed: the state that deported,
// arrested or held them, and whose people they are (moved from slots.go
// unchanged).

// deporter returns the state that deported the subject of a passive with
// no agent at token t ("were deported through the Torkham crossing,
// Pakistani officials said"): a state whose officials report it, unless
// the place they left or passed in t's clause is another country's, which
// then did; or -1.
func (s *sentence) deporter(t int) int {
	place, speaker := -1, -1
	cl := s.clause(t)
	for mi := range s.ms {
		m := &s.ms[mi]
		prep := m.prep
		if (prep == "at" || prep == "in") && m.start >= 2 && isPlaceNoun(&s.toks[m.start-2]) {
			prep = phrasePrep(s.toks, m.start-2) // "across the border at Dajabon"
		}
		if m.start > t && (prep == "from" || prep == "through" || prep == "via" || prep == "across") && s.stateOf(mi) != "" &&
			s.clause(m.start) == cl {
			place = mi
			break
		}
	}
	speaker = s.reporter(t)
	if speaker >= 0 && (place < 0 || s.stateOf(place) == s.stateOf(speaker)) {
		return speaker
	}
	return place
}

// reporter returns the state actor that reports what is told at token t:
// the subject or the object of a verb of saying after it ("Pakistani
// officials said", "said Mexico's migration institute"), else the subject
// of one before it ("The Dutch government accused Russia ..., saying four
// Russian officers had been expelled"); or -1.
func (s *sentence) reporter(t int) int {
	for k := t + 1; k < len(s.toks); k++ {
		if !reportVerbs[s.toks[k].Lower] {
			continue
		}
		if mi := s.in[k-1]; mi >= 0 && s.ms[mi].kind == mFull && s.stateOf(mi) != "" {
			return mi
		} else if mi := s.at[k+1]; mi >= 0 && s.ms[mi].kind == mFull && s.stateOf(mi) != "" {
			return mi
		}
	}
	for k := t - 1; k >= 0; k-- {
		if s.toks[k].Lower != "saying" && s.toks[k].Lower != "said" {
			continue
		}
		if mi, _ := s.subject(k, -1); mi >= 0 && s.ms[mi].kind == mFull && s.stateOf(mi) != "" {
			return mi
		}
	}
	return -1
}

// arrester returns the state whose police made the arrest at token t, a
// passive with no agent whose subject is tgt ("749 people had been
// arrested, the interior ministry said"): the state whose own body reports
// it; none when a country's name alone reports it, the people are that
// state's foreigners, or a place of another country in t's clause says the
// arrest was abroad. Or -1.
func (s *sentence) arrester(t, tgt int) int {
	st := s.reporter(t)
	if st < 0 || len(s.ms[st].members[0].code) <= 3 || tgt >= 0 && s.foreign(tgt, st) {
		return -1
	}
	for k := s.ms[st].start; k < s.ms[st].end; k++ {
		if abroadWords[s.toks[k].Lower] {
			return -1 // "Nine Britons were arrested, Britain's foreign office said": held abroad
		}
	}
	cl := s.clause(t)
	for mi := range s.ms {
		if m := &s.ms[mi]; m.start > t && s.clause(m.start) == cl && (m.prep == "in" || m.prep == "at") &&
			s.stateOf(mi) != "" && s.stateOf(mi) != s.stateOf(st) {
			return -1
		}
	}
	return st
}

// abroadWords name a state's bodies that speak for its people abroad.
var abroadWords = set(`foreign embassy consulate`)

// holder returns the state that held the people who are the subject of a
// release or return at token t that names no agent: the one they had been
// taken to or held in ("children taken to Russia were reunited with their
// families", "boys held in Libya"); or -1.
func (s *sentence) holder(t int) int {
	for k := t - 1; k >= 1; k-- {
		if s.boundary[k] {
			return -1
		}
		if !(isWord(s.toks, k, "to") && takenWords[s.toks[k-1].Lower] || isWord(s.toks, k, "in") && heldWords[s.toks[k-1].Lower]) {
			continue
		}
		if mi := s.at[k+1]; mi >= 0 && s.ms[mi].kind == mFull && s.stateOf(mi) != "" {
			return mi
		}
	}
	return -1
}

// takenWords move people away against their will: "children taken to
// Russia"; heldWords keep them: "boys held in Libya".
var (
	takenWords = set(`taken deported abducted removed transferred`)
	heldWords  = set(`held detained jailed imprisoned kept`)
)

// civilians reports whether ms are a people or its refugees ("Afghans",
// "Haitian migrants"), who are deported; not officials.
func civilians(ms []member) bool {
	for _, m := range ms {
		if !strings.HasSuffix(m.code, "CVL") && !strings.HasSuffix(m.code, "REF") {
			return false
		}
	}
	return len(ms) > 0
}

// foreign reports whether mention mi names, in its own words, people of
// another state than mention src's ("four Russian officers had been
// expelled", the Dutch government said): expelled, whatever their office.
func (s *sentence) foreign(mi, src int) bool {
	return s.ms[mi].kind == mFull && s.stateOf(mi) != "" && s.stateOf(mi) != s.stateOf(src)
}

// nationals returns the country's adjective that opens the subject of the
// clause of token t when it says whose people the subject is ("Twenty-eight
// Afghan nationals convicted of ... were flown"): the clause's first actor,
// before any preposition but "of"; or -1.
func (s *sentence) nationals(t int) int {
	k := t - 1
	for k > 0 && !s.boundary[k-1] {
		k--
	}
	for ; k < t; k++ {
		if mi := s.in[k]; mi >= 0 {
			if m := &s.ms[mi]; m.kind == mWeak && m.end < t && (personNouns[s.toks[m.end].Lemma] || personNouns[s.toks[m.end].Lower]) {
				return mi
			}
			return -1
		}
		if w := s.toks[k].Lower; prepositions[w] && w != "of" {
			return -1
		}
	}
	return -1
}

// personNouns are people named by their nationality: "Afghan nationals".
var personNouns = set(`national nationals citizen citizens migrant migrants refugee refugees worker workers people men women children`)
