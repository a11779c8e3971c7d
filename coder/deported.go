package coder

import (
	"sort"

	"github.com/dyadhq/dyad/text"
)

// Deportation flights told by their carrier. "Two Spanish Air Force planes
// carrying 90 deported Moroccans landed in Rabat" names no deporter as a
// subject: the planes carry people the words say were deported, expelled
// or repatriated. The deporter is whose the carrier is (its flag, its
// owner's name before it), else where goods would come from (origin: the
// place it leaves, "from Madrid"); the
// country expelled to is the people's own when a demonym names them, else
// where the carrier takes them. It is the deporter's 174 against that
// country, as a deportation told with a subject is; not when an event of
// the sentence acts on the carrier (turns it back, seizes it).

// expelWords say that people carried were sent out of a country.
var expelWords = set(`deported expelled repatriated`)

// deportCarriers returns the deportations of a sentence told by their
// carrier (see above), none where an event of the sentence already
// expels someone.
func (c *Coder) deportCarriers(s *sentence, sites []site, qs []qty, protos []proto) []proto {
	if !s.words["deported"] && !s.words["expelled"] && !s.words["repatriated"] && !s.words["deportee"] {
		return nil
	}
	for _, p := range protos {
		if p.code == "174" {
			return nil
		}
	}
	for k := 0; k+2 < len(s.toks); k++ {
		if !carriers[s.toks[k].Lemma] || !carryingWords[s.toks[k+1].Lower] {
			continue
		}
		// the people: "160 deported Guatemalans", "about 40 expelled families"
		x, deportees := -1, false
		for j := k + 2; j < len(s.toks) && j <= k+5; j++ {
			if expelWords[s.toks[j].Lower] {
				x = j
				break
			}
			if s.toks[j].Lemma == "deportee" {
				x, deportees = j, true // "a plane carrying 120 deportees"
				break
			}
			if w := &s.toks[j]; w.Kind != text.Number && !hedgeWords[w.Lower] {
				break
			}
		}
		if x < 0 || x+1 >= len(s.toks) && !deportees {
			continue
		}
		pe, people := x+1, -1 // the people's words end, and their mention
		if !deportees {
			pe, people = x+2, s.at[x+1]
			if people >= 0 {
				pe = s.ms[people].end
			} else if s.toks[x+1].Kind != text.Word || s.toks[x+1].Cap {
				continue
			}
		}
		a, b := s.stretch(k)
		from := c.carrierFlag(s, k, a)
		if from.code == "" {
			from = c.origin(s, sites, a, b, k+1, x+1, pe, member{}) // "from Houston", "from Saudi Arabia"
		}
		if from.country == "" || actedOn(protos, from) {
			continue
		}
		var to member
		if people >= 0 && s.ms[people].kind == mFull {
			if cc := s.stateOf(people); cc != "" && cc != from.country {
				to = c.countryMember(cc, s.ms[people].start, s.ms[people].end)
			}
		}
		if to.country == "" {
			if ds := c.destination(s, sites, a, b, from.country); len(ds) == 1 {
				to = ds[0]
			}
		}
		if to.country == "" || to.country == from.country {
			continue
		}
		words := []int{k + 1}
		for j := x; j < pe; j++ {
			words = append(words, j)
		}
		for _, q := range qs {
			if q.start <= x+1 && x+1 < q.end || q.end == x || q.end == x+1 {
				for j := q.start; j < q.end; j++ {
					words = append(words, j)
				}
			}
		}
		sort.Ints(words)
		return []proto{{src: from, tgt: to, hasTgt: true, code: "174", words: dedupInts(words), conf: 0.75, frame: -1}}
	}
	return nil
}

// hedgeWords may stand between a carrier's "carrying" and the number of
// what it carries: "carrying about 160".
var hedgeWords = set(`about some around nearly almost roughly more than over up to at least`)

// carrierFlag returns the country whose name or adjective stands in the
// four words before the carrier at token k, from token a on ("U.S. Air
// Force planes", "a Spanish military plane"), as a country member, or an
// empty member.
func (c *Coder) carrierFlag(s *sentence, k, a int) member {
	for j := k - 1; j >= a && j >= k-4; j-- {
		if mi := s.in[j]; mi >= 0 {
			if cc := s.stateOf(mi); cc != "" {
				return c.countryMember(cc, s.ms[mi].start, s.ms[mi].end)
			}
			return member{}
		}
	}
	return member{}
}

// actedOn reports whether an event of protos acts on the carrier whose
// owner is m: "Honduras turned back a U.S. plane carrying deported
// migrants" tells no deportation that took place.
func actedOn(protos []proto, m member) bool {
	for _, p := range protos {
		if p.hasTgt && p.tgt.start == m.start && p.tgt.end == m.end {
			return true
		}
	}
	return false
}
