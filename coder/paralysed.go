package coder

import "github.com/dyadhq/dyad/text"

// whereempty8: the town a protest or a strike gripped.
//
// "unions called off a strike that had paralysed Nairobi", "ending
// demonstrations that had rocked Dakar for a week": a relative clause on
// the act's own noun that says the protest or the strike held a town in its
// grip, with a verb of spreading over it, names where the act on it was,
// though the town stands as the verb's object with no preposition of place.

// gripVerbs say that an act spread over, or held, the place that is their
// object.
var gripVerbs = set(`paralyse paralyze paralysed paralyzed cripple crippled grip gripped rock rocked sweep swept engulf engulfed shut shake shook roil roiled convulse convulsed`)

// grippedTown returns the town, in the country of p's source or target,
// that a relative clause right after p's words says the act's noun
// gripped ("a strike that had paralysed Conakry"), or nil.
func (s *sentence) grippedTown(sites []site, p proto) *site {
	if len(p.words) == 0 {
		return nil
	}
	r := p.words[len(p.words)-1] + 1
	if isWord(s.toks, r, ",") {
		r++
	}
	if !isWord(s.toks, r, "that") && !isWord(s.toks, r, "which") {
		return nil
	}
	v := r + 1
	if isWord(s.toks, v, "had") || isWord(s.toks, v, "has") || isWord(s.toks, v, "have") {
		v++
	}
	if v >= len(s.toks) || s.toks[v].Kind != text.Word || !gripVerbs[s.toks[v].Lower] && !gripVerbs[s.toks[v].Lemma] {
		return nil
	}
	for k := range sites {
		st := &sites[k]
		if st.start <= v || st.start > v+4 || st.country || st.g.Country == "" || st.prep != "" && st.prep != "of" {
			continue
		}
		if st.g.Country == p.src.country || p.hasTgt && st.g.Country == p.tgt.country {
			return st
		}
	}
	return nil
}
