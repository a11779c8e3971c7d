package coder

import "github.com/dyadhq/dyad/text"

// contrasts open a remnant that sets its party beside the first act's
// source: "Poland expelled 12 Russian diplomats, while Norway expelled nine".
var contrasts = set(`while whereas`)

// remnantOpening passes over what opens a remnant at token k: a comma,
// "and", "while" ("and Czechia ordered five", ", while Norway expelled
// nine"); it returns the remnant's first token and whether it sets its
// party beside the first act's source by contrast.
func (s *sentence) remnantOpening(k int) (int, bool) {
	if isWord(s.toks, k, ",") {
		k++
	}
	if isWord(s.toks, k, "and") {
		k++
	}
	if k < len(s.toks) && contrasts[s.toks[k].Lower] {
		return k + 1, true
	}
	return k, false
}

// firstWord returns the token of p's trigger, or -1.
func firstWord(p proto) int {
	if len(p.words) == 0 {
		return -1
	}
	return p.words[0]
}

// listRemnants reads, from token k, a remnant whose party is a list of
// actors that share one amount: "and Sweden, Finland and Denmark three
// each" is three remnants of three each, each one the first act again for
// its own source. Lists of targets ("$3 million to Cuba and Haiti") and a
// single party are remnantAt's; none when fewer than two parties stand
// before the amount.
func (s *sentence) listRemnants(k int, p proto) []remnant {
	k, _ = s.remnantOpening(k)
	var parties []member
	for {
		party, ok := s.partyAt(k)
		if !ok || party.code == p.src.code || p.hasTgt && party.start == p.tgt.start {
			return nil
		}
		parties = append(parties, party)
		k = party.end
		if isWord(s.toks, k, ",") {
			k++
		}
		if isWord(s.toks, k, "and") {
			k++
		}
		if _, ok := s.partyAt(k); !ok || k == party.end {
			break
		}
	}
	if len(parties) < 2 {
		return nil
	}
	verb := 0
	if t := s.toks[min(k, len(s.toks)-1)]; k < len(s.toks) && t.Kind == text.Word && !t.Cap && t.Lemma == s.toks[p.words[0]].Lemma && t.Lemma != t.Lower {
		verb = k + 1 // "while Sweden and Finland expelled four each"
		k++
	}
	num, end, ok := s.amountAt(k)
	if !ok {
		return nil
	}
	rs := make([]remnant, len(parties))
	for i, party := range parties {
		rs[i] = remnant{party: party, num: num, end: end, verb: verb}
	}
	return rs
}
