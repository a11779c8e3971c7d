package coder

import "github.com/dyadhq/dyad/text"

// Where a speaker speaks is not where the force it speaks of was used:
// "Speaking at a news conference in Berlin, the German chancellor condemned
// the Iranian missile attack on Israel" condemned it in Berlin, but Iran's
// missiles struck nowhere near Berlin. A place in a phrase that opens the
// sentence with a participle of speaking ("Speaking in Brussels,",
// "Addressing reporters in Tokyo,") or that tells where the speaker faced
// the press ("told reporters in Tokyo", "at a news conference in Geneva")
// is the speaker's: an act of force (roots 18 to 20) told after it was not
// there.

// speakingWords are participles and verbs of addressing an audience.
var speakingWords = set(`speaking addressing talking writing told briefing`)

// pressNouns are the occasions of a speaker's talk to the press.
var pressNouns = set(`conference briefing reporters journalists`)

// speakerSite reports whether the site st is where a speaker spoke, before
// the act whose words begin at token a.
func (s *sentence) speakerSite(st site, a int) bool {
	if st.end > a || !eventPreps[st.prep] {
		return false
	}
	if speakingWords[s.toks[0].Lower] {
		for k := 1; k < len(s.toks) && k < a; k++ {
			if s.toks[k].Lower == "," {
				if st.end <= k {
					return true // "Speaking at a news conference in Berlin, ..."
				}
				break
			}
		}
	}
	// "told reporters in Tokyo", "at a news conference in Geneva"
	for k := st.start - 2; k >= 0 && k >= st.start-4; k-- {
		if pressNouns[s.toks[k].Lower] {
			return true
		}
		if w := s.toks[k].Lower; !determiners[w] && !(s.toks[k].Kind == text.Word && !s.toks[k].Cap && !prepositions[w]) {
			return false
		}
	}
	return false
}

// notSpeakerPlaces returns sites without the speaker's places before the
// act of force p, when p is one.
func (s *sentence) notSpeakerPlaces(sites []site, p proto) []site {
	if len(p.words) == 0 || p.code.Root() < "18" || len(sites) == 0 {
		return sites
	}
	a := p.words[0]
	n := 0
	for _, st := range sites {
		if s.speakerSite(st, a) {
			n++
		}
	}
	if n == 0 {
		return sites // most sentences: no copy
	}
	out := make([]site, 0, len(sites)-n)
	for _, st := range sites {
		if !s.speakerSite(st, a) {
			out = append(out, st)
		}
	}
	return out
}
