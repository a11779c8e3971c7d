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
// there, nor one told before a statement said to be issued there ("...,
// the army said in a statement issued in Ouagadougou").

// speakingWords are participles and verbs of addressing an audience.
var speakingWords = set(`speaking addressing talking writing told briefing`)

// pressNouns are the occasions of a speaker's talk to the press.
var pressNouns = set(`conference briefing reporters journalists statement`)

// speakerSite reports whether the site st is where a speaker spoke of the
// act whose words begin at token a.
func (s *sentence) speakerSite(st site, a int) bool {
	if !eventPreps[st.prep] {
		return false
	}
	if st.start > a {
		return s.saidAt(st) // "..., the army said in a statement issued in Ouagadougou"
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
	return sitesWithout(sites, func(st site) bool { return s.speakerSite(st, a) }, false)
}

// An opening attribution says where its speaker is: "According to
// officials in Islamabad, Pakistani troops killed eight militants in South
// Waziristan" killed them in South Waziristan. A place between an opening
// "According to" and its comma is left out for the acts after the comma
// when another place remains.

// accordingEnd returns the comma that closes an opening "According to"
// phrase, or -1.
func (s *sentence) accordingEnd() int {
	if len(s.toks) < 3 || s.toks[0].Lower != "according" || s.toks[1].Lower != "to" {
		return -1
	}
	for k := 2; k < len(s.toks) && k < 20; k++ {
		if s.toks[k].Lower == "," {
			return k
		}
	}
	return -1
}

// notAccordingPlaces returns sites without those of an opening attribution
// before the act p, when another place remains.
func (s *sentence) notAccordingPlaces(sites []site, p proto) []site {
	if len(p.words) == 0 || len(sites) < 2 || s.toks[0].Lower != "according" {
		return sites
	}
	e := s.accordingEnd()
	if e < 0 || p.words[0] < e || sites[0].start > e || sites[len(sites)-1].end <= e {
		return sites // the act inside the attribution, or no place on either side
	}
	out := make([]site, 0, len(sites))
	for _, st := range sites {
		if st.start > e {
			out = append(out, st)
		}
	}
	return out
}

// saidAt reports whether the site st, after an act, is where its reporter
// said it: a verb of saying, then the press it spoke to or the statement
// it issued there ("said in a statement issued in Ouagadougou", "told
// reporters in Kyiv").
func (s *sentence) saidAt(st site) bool {
	for k := st.start - 2; k >= 1 && k >= st.start-6; k-- {
		if pressNouns[s.toks[k].Lower] {
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				if reportVerbs[s.toks[j].Lower] && s.toks[j].Lower != "according" {
					return true
				}
			}
			return false
		}
		if w := s.toks[k].Lower; w == "," || clauseWords[w] {
			return false
		}
	}
	return false
}
