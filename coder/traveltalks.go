package coder

import "github.com/dyadhq/dyad/text"

// Parties that travel together "for talks" to a place talk with each other
// there: "Armenian and Azeri diplomats arrived in Washington for peace
// talks" is each one's visit to the host and also a negotiation between the
// two (046 both ways), as a meeting of two parties in a third place is
// between the parties (POLICY §4). Talks "with" or "between" someone name
// their own parties (patterns of the lexicon); talks still to come or that
// failed are no event.

// travelTalks returns the negotiations between the several guests of one
// visit (042) whose words are followed by "for talks".
func travelTalks(s *sentence, ps []proto) []proto {
	if len(ps) == 0 || !anyWord(s, talkNouns) {
		return nil
	}
	var out []proto
	done := map[int]bool{}
	for _, p := range ps {
		if p.code != "042" || len(p.words) == 0 || done[p.words[0]] {
			continue
		}
		done[p.words[0]] = true
		k := s.forTalksAfter(p.words[len(p.words)-1] + 1)
		if k < 0 {
			continue
		}
		var guests []member
		for _, q := range ps {
			if q.code != "042" || len(q.words) == 0 || q.words[0] != p.words[0] || q.src.code == "" || q.src.country == "" {
				continue
			}
			dup := false
			for _, g := range guests {
				dup = dup || g.country == q.src.country
			}
			if !dup {
				guests = append(guests, q.src)
			}
		}
		for i, a := range guests {
			for _, b := range guests[i+1:] {
				for _, pair := range [2][2]member{{a, b}, {b, a}} {
					t := p
					t.src, t.tgt, t.hasTgt, t.code, t.words, t.conf, t.frame = pair[0], pair[1], true, "046", []int{k}, max(p.conf-0.1, 0.1), -1
					out = append(out, t)
				}
			}
		}
	}
	return out
}

// forTalksAfter returns the talk noun of "for (peace) talks" within a few
// words from token k, in its clause, when the talks name no party of their
// own and did take place; or -1.
func (s *sentence) forTalksAfter(k int) int {
	if isWord(s.toks, k-1, "for") {
		k-- // the visit's own words end in "for": "return to Geneva for"
	}
	for j := k; j < len(s.toks) && j < k+8; j++ {
		if s.boundary[j] || s.toks[j].Lower == "," {
			return -1
		}
		if s.toks[j].Lower != "for" {
			continue
		}
		n := j + 1
		for n < len(s.toks) && n <= j+3 && !talkNouns[s.toks[n].Lower] && s.toks[n].Kind == text.Word && s.in[n] < 0 {
			n++
		}
		if n < len(s.toks) && talkNouns[s.toks[n].Lower] && !s.ownParties(n) && !s.failedTalks(n) {
			return n
		}
		return -1
	}
	return -1
}
