package coder

import "github.com/dyadhq/dyad/text"

// truces gives a truce that names no foe (0871) the target of the force its
// source uses in the same sentence: "the coalition fighting Houthi rebels in
// Yemen declared a two-week ceasefire" is a truce with the Houthis, the foe
// the sentence names; a truce with no such force keeps no target (and
// addressee may give it its source's own country).
func truces(ps []proto) []proto {
	for i := range ps {
		p := &ps[i]
		if p.code != "0871" || p.hasTgt {
			continue
		}
		for _, o := range ps {
			if o.hasTgt && o.src.code == p.src.code && o.code.Root() >= "18" && o.code.Root() <= "20" && o.tgt.country != "" {
				p.tgt, p.hasTgt = o.tgt, true
				break
			}
		}
	}
	return ps
}

// tookEffect reports whether the truce action a ends on its taking effect
// ("a truce with Israel took effect", "came into force"): the truce began
// then, whatever the clause it is told in reports.
func tookEffect(toks []text.Token, a match) bool {
	last := a.words[len(a.words)-1]
	return len(a.words) > 1 && (toks[last].Lower == "effect" || toks[last].Lower == "force")
}
