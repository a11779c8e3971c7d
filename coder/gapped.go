package coder

import "github.com/dyadhq/dyad/text"

// gapped adds the expulsions a gapped clause tells by a country and a
// number alone: "Germany ordered out 40 Russian diplomats and France 35",
// "Germany declared 40 Russian diplomats persona non grata and France
// ordered 35 to leave" are France's expulsion too, of the same side's
// diplomats (161), or people (174); the country after "and" is no target of
// the first act.
func gapped(s *sentence, ps []proto) []proto {
	var add []proto
	type drop struct {
		trig int
		code string
	}
	var drops []drop
	for _, p := range ps {
		if p.code != "161" && p.code != "174" || !p.hasTgt || len(p.words) == 0 {
			continue
		}
		end := p.words[len(p.words)-1] + 1
		if p.tgt.end > end {
			end = p.tgt.end
		}
		for k := end; k < len(s.toks) && k < end+6; k++ {
			if !isWord(s.toks, k, "and") {
				continue
			}
			mi := -1
			if k+1 < len(s.toks) {
				mi = s.in[k+1]
			}
			if mi < 0 || s.ms[mi].kind != mFull {
				break
			}
			// the country may stand alone or close a list the first act's
			// object began ("40 Russian diplomats and France")
			var src member
			for _, m := range s.ms[mi].members {
				if m.start == k+1 {
					src = m
				}
			}
			if src.code == "" {
				break
			}
			j := src.end
			if isWord(s.toks, j, "ordered") || isWord(s.toks, j, "expelled") {
				j++ // "and France ordered 35 to leave"
			}
			if j >= len(s.toks) || s.toks[j].Kind != text.Number && (numberWords[s.toks[j].Lower] < 2) {
				break
			}
			if src.country == "" || src.country == p.tgt.country || src.country == p.src.country {
				break
			}
			q := p
			q.src = src
			q.words = []int{j}
			add = append(add, q)
			drops = append(drops, drop{p.words[0], src.code})
			break
		}
	}
	if len(add) == 0 {
		return ps
	}
	out := ps[:0]
	for _, p := range ps {
		dropped := false
		for _, d := range drops {
			// the first act's target list took the country in: not a target
			if len(p.words) > 0 && p.words[0] == d.trig && p.hasTgt && p.tgt.code == d.code {
				dropped = true
			}
		}
		if !dropped {
			out = append(out, p)
		}
	}
	return append(out, add...)
}
