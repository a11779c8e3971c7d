package coder

import (
	"slices"
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// Ellipsis: a clause that leaves out what it shares with the act before it
// and keeps a party and an amount. "Poland expelled 45 Russian diplomats and
// Lithuania 12", "Japan pledged $10 million to Haiti, South Korea $5 million
// and Australia $3 million", "Canada imposed sanctions on 12 officials and
// Australia on 20" tell each source's act with its own amount; "$3 million
// to Cuba", "40 from Germany and 35 from France" each target's. The verb, the
// other party, the date and the place are the first act's; the amount is the
// remnant's, and a bare number counts what the first act's amount counts.
// A remnant's party that is the first act's target answers it: "Russia freed
// 95 Ukrainian prisoners and Ukraine 90" is Ukraine's release of Russia's. A
// remnant of a time alone ("and France on Tuesday") has its own day and no
// amount; one of an amount and a place ("and 25 in Bankass") is the same
// parties' act there. Amounts listed "respectively" are respectively.go's,
// each side's eachside.go's, the parties of an absolute clause absolutes.go's.

// remnant is what a gapped clause keeps: a party and the token of its
// amount's number, or its time, or an amount and a place.
type remnant struct {
	party  member
	whom   *member // the people its amount counts, when they are an actor: "and Uganda 20 Eritreans"
	num    int     // the amount's number, -1 for none
	when   int     // the first token of its own time ("and France on Tuesday"), when it has no amount
	target bool    // the party is the act's target ("$3 million to Cuba"), not its source
	place  int     // the token after "in" of a remnant of an amount and a place ("and 25 in Bankass"), which has no party
	end    int     // the token after the remnant
	verb   int     // 1 + the token of the remnant's own verb ("while Norway expelled nine"), 0 for none
}

// gapped adds the events of the remnants after each act that has an amount
// of its own, and drops the act's target that a remnant's party is: "sent
// 300 tanks to Ukraine and Britain 14" sends nothing to Britain.
func gapped(s *sentence, ps []proto) []proto {
	var add []proto
	type drop struct {
		trig int
		code dyad.EventCode
		src  string
		tgt  string
		at   int // the target's first token, -1 for any
	}
	var drops []drop
	type verbOf struct {
		trig int
		src  string
	}
	own := map[verbOf]bool{} // the remnants' own verbs, with their party: "while Norway expelled nine" codes nothing alone
	done := map[int]bool{}   // the triggers whose remnants are read
	for _, p := range ps {
		if len(p.words) == 0 || done[p.words[0]] {
			continue
		}
		if p.hasTgt && p.tgt.country == p.src.country && p.src.code == p.src.country && stateBodies[strings.TrimPrefix(p.tgt.code, p.tgt.country)] {
			continue // a country against a part of itself is no dyad, nor its remnants: "Germany expelled 40 diplomats and France 35"
		}
		var rs []remnant
		for _, fromWords := range []bool{false, true} {
			if rs = s.remnants(s.afterAct(p, fromWords), p); len(rs) > 0 {
				break
			}
		}
		if slices.ContainsFunc(rs, func(r remnant) bool { return !r.target && p.hasTgt && r.party.start == p.tgt.start }) {
			continue // "to Ukraine and Britain 14": the act on Britain is the remnant's
		}
		if len(rs) == 0 {
			continue
		}
		done[p.words[0]] = true
		for _, r := range rs {
			if r.verb > 0 {
				own[verbOf{r.verb - 1, r.party.code}] = true
			}
			q := p
			q.amount = r.num + 1
			if r.place > 0 {
				q.place = r.place + 1 // the same parties' act at another place
				add = append(add, q)
				continue
			}
			if r.num < 0 {
				q.amount, q.words = -1, []int{r.when} // its own day, and no amount
			}
			if r.target {
				q.tgt, q.hasTgt = r.party, true
			} else {
				q.src = r.party
				switch {
				case r.whom != nil:
					q.tgt, q.hasTgt = *r.whom, true
				case p.hasTgt && p.tgt.country != "" && p.tgt.country == p.src.country:
					// "Kenyan police arrested 40 people in Nairobi and Ugandan
					// police 25": each on its own people, not where the first was
					q.tgt, q.place = answering(r.party, p.tgt), -1
				case p.hasTgt && r.party.country != "" && r.party.country == p.tgt.country:
					q.tgt = answering(p.src, p.tgt) // each side frees the other's
				}
				drops = append(drops, drop{p.words[0], p.code, p.src.code, r.party.code, r.party.start})
			}
			drops = append(drops, drop{p.words[0], p.code, q.src.code, q.tgt.code, -1})
			add = append(add, q)
		}
	}
	if len(add) == 0 {
		return ps
	}
	return append(slices.DeleteFunc(ps, func(p proto) bool {
		if own[verbOf{firstWord(p), p.src.code}] && !p.hasTgt {
			return true
		}
		for _, d := range drops {
			if len(p.words) > 0 && p.words[0] == d.trig && p.code == d.code && p.src.code == d.src && p.tgt.code == d.tgt && (d.at < 0 || p.tgt.start == d.at) {
				return true
			}
		}
		return false
	}), add...)
}

// remnants reads the remnants of p's act from token k, one after another;
// none when k < 0.
func (s *sentence) remnants(k int, p proto) []remnant {
	var rs []remnant
	for k >= 0 {
		if list := s.listRemnants(k, p); len(list) > 0 {
			rs = append(rs, list...) // "and Sweden, Finland and Denmark three each" (remnantlist.go)
			k = list[0].end
			continue
		}
		r, ok := s.remnantAt(k, p)
		if !ok {
			break
		}
		rs = append(rs, r)
		k = r.end
	}
	return rs
}

// answering returns the party whose people or officials the act's target were,
// as an actor of the same role: Russia's prisoners (RUSCVL) when Ukraine's
// freed by Russia were UKRCVL.
func answering(src, tgt member) member {
	role := strings.TrimPrefix(tgt.code, tgt.country)
	return member{code: src.country + role, country: src.country, name: src.name, start: src.start, end: src.end}
}

// afterAct returns the first token of the first remnant after the act p:
// past its amount ("expelled 75 diplomats, 40 from Germany") or its words and
// target, and up to eight words of adjuncts ("on Tuesday"), to the comma or
// "and" that opens it, or -1. An act with no amount of its own has no
// remnant.
func (s *sentence) afterAct(p proto, fromWords bool) int {
	a, k := p.words[0], p.words[len(p.words)-1]+1
	if !fromWords {
		k = -1
		for j := a + 1; j < min(len(s.toks), p.words[len(p.words)-1]+4); j++ {
			if _, _, ok := number(s.toks, j); ok && !isYear(s.toks[j]) {
				k = j + 1
				break
			}
		}
		if k < 0 {
			return -1
		}
	} else if !hasAmount(s.toks, a, min(len(s.toks), k+4)) {
		return -1
	}
	for end := k + 8; k < len(s.toks) && k < end; k++ {
		t := s.toks[k].Lower
		switch {
		case t == "," && isWord(s.toks, k+1, "and"):
			return k + 2
		case contrasts[t] || t == "," && k+1 < len(s.toks) && contrasts[s.toks[k+1].Lower]:
			return k + 1 // "while Norway expelled nine": remnantAt reads past "while"
		case t == "," || t == "and":
			return k + 1
		case t == ";" || t == ":" || clauseOpeners[t] || relativePronouns[t]:
			return -1
		}
	}
	return -1
}

// hasAmount reports whether a number stands in toks[a:b].
func hasAmount(toks []text.Token, a, b int) bool {
	for k := a; k < b; k++ {
		if _, _, ok := number(toks, k); ok && !isYear(toks[k]) {
			return true
		}
	}
	return false
}

// remnantAt reads the remnant of p's act at token k: a party and its amount
// ("Lithuania 12", "South Korea $5 million", "Australia on 20", "Czechia
// ordered five to leave"), or an amount and its party after a preposition
// ("$3 million to Cuba", "35 from France"), each followed by a comma, "and" or
// the end of the clause; a remnant's "and" or comma is skipped.
func (s *sentence) remnantAt(k int, p proto) (remnant, bool) {
	k, contrast := s.remnantOpening(k)
	if party, ok := s.partyAt(k); ok {
		j := party.end
		verb := 0
		if t := s.toks[min(j, len(s.toks)-1)]; j < len(s.toks) && t.Kind == text.Word && !t.Cap && t.Lemma != t.Lower &&
			strings.HasSuffix(t.Lower, "ed") && !reportWords[t.Lower] && !complementGovernors[t.Lower] {
			if contrast && t.Lemma != s.toks[p.words[0]].Lemma {
				return remnant{}, false // "while Latvia summoned nine": another act
			}
			verb = j + 1
			j++ // "and Czechia ordered five to leave"
			if j < len(s.toks) && verbParticles[s.toks[j].Lower] {
				j++ // "and France ordered out 35": the verb's particle
			}
		}
		if t := s.remnantTime(j); t > j && party.country != p.src.country && !(p.hasTgt && p.tgt.start >= 0 && s.in[p.tgt.start] == s.in[k]) {
			// not a list of targets: "to Lebanon and Jordan on Monday"
			if s.remnantEnd(t) && !isWord(s.toks, t, "and") {
				return remnant{party: party, num: -1, when: j, end: t}, true // "and France two days later"
			}
		}
		if isWord(s.toks, j, "on") || isWord(s.toks, j, "to") || isWord(s.toks, j, "against") || isWord(s.toks, j, "for") {
			j++ // "and Australia on 20"
		}
		num, end, ok := s.amountAt(j)
		if !ok || party.country == p.src.country && party.code == p.src.code {
			return remnant{}, false
		}
		r := remnant{party: party, num: num, end: end, verb: verb}
		if w, ok := s.partyAt(s.countedAt(num)); ok && w.country != party.country && w.end == end {
			r.whom = &w
		}
		return r, true
	}
	num, end, ok := s.amountAt(k)
	if ok && end+1 < len(s.toks) && tollPreps[s.toks[end].Lower] && len(p.words) > 0 && num > p.words[0] {
		// "killed 40 people in Koro and 25 in nearby Bankass": another
		// place's toll, to the comma or "and" after its place
		named := false
		for j := end + 1; j < len(s.toks) && j <= end+6; j++ {
			t := &s.toks[j]
			if t.Lower == "," || t.Lower == "and" || t.Lower == "." || t.Lower == ";" || s.time[j] {
				return remnant{num: num, place: end + 1, end: j}, named
			}
			if beForms[t.Lower] || !t.Cap && t.Lower != t.Lemma && strings.HasSuffix(t.Lower, "ed") || t.Kind == text.Number {
				break // "and 25 in Bankass were wounded": a clause of its own
			}
			named = named || t.Cap
		}
		return remnant{}, false
	}
	if !ok || !p.hasTgt || end >= len(s.toks) || !targetPreps[s.toks[end].Lower] {
		return remnant{}, false
	}
	party, ok := s.partyAt(end + 1)
	if !ok || party.country == p.src.country || !s.remnantEnd(party.end) {
		return remnant{}, false
	}
	return remnant{party: party, num: num, target: true, end: party.end}, true
}

// tollPreps open the place of a remnant of an amount: "and 25 in Bankass".
var tollPreps = set(`in at near outside`)

// targetPreps name the target of an amount in a remnant: "$3 million to
// Cuba", "35 from France".
var targetPreps = set(`to from for of`)

// partyAt returns the actor a mention's member names from token k, or
// from the word after "the" there ("the European Union"), with its end
// past the name.
func (s *sentence) partyAt(k int) (member, bool) {
	the := isWord(s.toks, k, "the")
	if the {
		k++
	}
	if k >= len(s.toks) || s.in[k] < 0 || s.ms[s.in[k]].kind != mFull {
		return member{}, false
	}
	for _, m := range s.ms[s.in[k]].members {
		if (m.start == k || the && m.start == k-1) && m.code != "" {
			return m, true
		}
	}
	return member{}, false
}

// amountAt reads an amount from token k: a hedge, a currency, a number and
// its scale, and perhaps its unit and counted noun, ending where a remnant
// ends. It returns the number's token and the token after the amount.
func (s *sentence) amountAt(k int) (int, int, bool) {
	for _, h := range hedges {
		if k+len(h) < len(s.toks) && slices.EqualFunc(h, s.toks[k:k+len(h)], func(w string, t text.Token) bool { return t.Lower == w }) {
			k += len(h)
			break
		}
	}
	if u, n := s.lx.Unit(s.toks, k); n > 0 && u.Kind == "currency" {
		k += n // "$5 million"
	}
	if k >= len(s.toks) || isYear(s.toks[k]) || s.in[k] >= 0 {
		return 0, 0, false
	}
	_, j, ok := number(s.toks, k)
	if !ok || s.toks[k].Kind != text.Number && smallNumbers[s.toks[k].Lower] == 0 {
		return 0, 0, false
	}
	if j < len(s.toks) && scales[s.toks[j].Lower] > 0 {
		j++
	}
	if _, n := s.lx.Unit(s.toks, j); n > 0 {
		j += n
	}
	if m := s.in[j]; j < len(s.toks) && m >= 0 && s.ms[m].start == j && s.ms[m].kind == mFull {
		j = s.ms[m].end // "20 Eritreans", "90 Russian soldiers"
	}
	for n := 0; n < 3 && j < len(s.toks) && s.toks[j].Kind == text.Word && !s.toks[j].Cap && !prepositions[s.toks[j].Lower] &&
		!itemStops[s.toks[j].Lower] && s.in[j] < 0; n++ {
		if durations[s.toks[j].Lower] || monthNames[s.toks[j].Lower] > 0 {
			return 0, 0, false // "two days", not an amount
		}
		j++ // "14 tanks", "35 diplomats"
	}
	if isWord(s.toks, j, "each") || isWord(s.toks, j, "apiece") {
		j++ // "and Denmark three each"
	}
	if !s.remnantEnd(j) {
		return 0, 0, false
	}
	return k, j, true
}

// remnantTime returns the token after a time phrase at j ("on Tuesday", "a day
// later", "two days later"), or j.
func (s *sentence) remnantTime(j int) int {
	t := j
	for t < len(s.toks) && s.time[t] {
		t++
	}
	if t == j && j+2 < len(s.toks) && (numberWords[s.toks[j].Lower] > 0 || s.toks[j].Kind == text.Number) &&
		durations[s.toks[j+1].Lower] && (s.toks[j+2].Lower == "later" || s.toks[j+2].Lower == "earlier") {
		t = j + 3
	}
	return t
}

// countedAt returns the token after the number at k and its scale, where
// the people it counts may be named.
func (s *sentence) countedAt(k int) int {
	_, j, _ := number(s.toks, k)
	return j
}

// remnantEnd reports whether a remnant may end before token j: at the end,
// at punctuation, a conjunction, a preposition or a time phrase, not before
// a verb ("and Moscow said 12 people were killed" is a clause of its own).
func (s *sentence) remnantEnd(j int) bool {
	if j >= len(s.toks) {
		return true
	}
	t := s.toks[j].Lower
	return s.toks[j].Kind == text.Punct && t != "-" || t == "and" || t == "or" || prepositions[t] || s.time[j]
}

// elidedAmounts adds the amounts the remnants of ps name by a bare number ("and
// Lithuania 12"), which count what the amount before them counts, and the
// first of two numbers that share their noun ("30 and 25 diplomats").
func elidedAmounts(s *sentence, stext string, qs []qty, ps []proto) []qty {
	covered := func(k int) bool {
		return slices.ContainsFunc(qs, func(q qty) bool { return q.start <= k && k < q.end })
	}
	like := func(k int, after bool) *qty {
		var best *qty
		for i := range qs {
			if q := &qs[i]; !q.distance && !q.term && (q.q.Item != "" || q.q.Unit != "") && (after && q.start > k || !after && q.end <= k) {
				if best == nil || after || q.start > best.start {
					best = q
				}
				if after {
					break
				}
			}
		}
		return best
	}
	var add []qty
	bare := func(k int, as *qty) {
		v, j, ok := number(s.toks, k)
		if !ok || as == nil || covered(k) {
			return
		}
		if j < len(s.toks) && scales[s.toks[j].Lower] > 0 {
			v *= scales[s.toks[j].Lower]
			j++
		}
		item := as.q.Item
		if m := s.in[min(j, len(s.toks)-1)]; j < len(s.toks) && m >= 0 && s.ms[m].start == j {
			j = s.ms[m].end
			item = s.toks[j-1].Lower // "and Rwanda 120 Congolese": the people it names
		}
		q := dyad.Quantity{Value: v, Unit: as.q.Unit, Item: item, Text: stext[s.toks[k].Start:s.toks[j-1].End]}
		add = append(add, qty{start: k, end: j, q: q, object: true, money: as.money})
	}
	for _, p := range ps {
		if p.amount > 0 {
			bare(p.amount-1, like(p.amount-1, false))
		}
	}
	for k := 0; k+2 < len(s.toks); k++ {
		// "expelling 30 and 25 Russian diplomats respectively"
		if s.toks[k].Kind == text.Number && (isWord(s.toks, k+1, "and") || isWord(s.toks, k+1, ",")) && !isYear(s.toks[k]) {
			if as := like(k, true); as != nil && as.start == k+2 {
				bare(k, as)
			}
		}
	}
	if len(add) == 0 {
		return qs
	}
	qs = append(qs, add...)
	slices.SortStableFunc(qs, func(a, b qty) int { return a.start - b.start })
	return qs
}

// placeFrom returns the place of the first site within four tokens from
// token k, or nil.
func placeFrom(sites []site, k int) *dyad.Place {
	for _, st := range sites {
		if st.start >= k && st.start <= k+4 {
			return placeOf(st.g, "event")
		}
	}
	return nil
}

// amountOf returns the amount whose number is at token k, or nil.
func amountOf(qs []qty, k int) *dyad.Quantity {
	for i := range qs {
		if qs[i].start <= k && k < qs[i].end {
			v := qs[i].q
			return &v
		}
	}
	return nil
}

// verbParticles complete a remnant's verb before its amount: "ordered out 35",
// "sent home 12", "sent back 40".
var verbParticles = set(`out off away home back`)
