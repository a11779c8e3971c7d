package coder

import (
	"strings"

	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// The counted noun of an amount where nounPhrase's plain reading stops
// short: a people named in two words after a describing word ("59 white
// South Africans"), goods after a describing word and their country's
// adjective ("25,000 tonnes of free Russian wheat"), and a bare number whose
// noun a parallel clause left out ("Germany expelled 40 Russian diplomats
// and France ordered 35 to leave").

// peopleAt returns the length of a people's name in the plural that starts
// at token k ("Afghans", "South Africans", "North Koreans"): an actor's
// words, capitalised, whose last ends in s; 0 when there is none.
func (c *Coder) peopleAt(toks []text.Token, k int) int {
	if k >= len(toks) || !toks[k].Cap || toks[k].Kind != text.Word {
		return 0
	}
	if c.people(&toks[k]) {
		return 1
	}
	_, n := c.lx.Actor(toks, k)
	if n < 2 || k+n > len(toks) {
		return 0
	}
	last := &toks[k+n-1]
	if last.Kind != text.Word || !last.Cap || len(last.Lower) < 4 || !strings.HasSuffix(last.Lower, "s") {
		return 0
	}
	return n
}

// peopleWords is the people's name at toks[k:k+n] as an item, in lower case.
func peopleWords(toks []text.Token, k, n int) string {
	return goodsWords(toks[k : k+n])
}

// goodsPastOwner returns the goods that a one-word item describes and a
// country's adjective stands between ("free Russian wheat", "donated
// Indian rice"), with the index after them; "" when the words at k are no
// country's adjective with goods after it.
func (c *Coder) goodsPastOwner(toks []text.Token, item string, k int) (string, int) {
	if strings.Contains(item, " ") || k >= len(toks) {
		return "", k
	}
	n := c.adjectiveAt(toks)(k)
	if n == 0 {
		return "", k
	}
	if _, g := c.lx.Goods(toks, k+n); g > 0 && !vagueGoods[toks[k+n+g-1].Lemma] {
		return goodsWords(toks[k+n : k+n+g]), k + n + g
	}
	return "", k
}

// elidedItem returns the item of the counted amount before a bare number
// that a parallel clause left its noun out of: "Germany expelled 40 Russian
// diplomats and France ordered 35 to leave" counts 35 diplomats. The number
// must be a verb's object (or follow a subject that "and" opens, "and
// France 35"), with nothing after it that could name another thing: the
// sentence's end, a comma, "and", "to", "each" or "respectively". It
// returns "" when there is no such amount before, or it counts a measure,
// money, a term or a distance.
func elidedItem(toks []text.Token, out []qty, start, i, j int) string {
	if len(out) == 0 {
		return ""
	}
	gapped := start >= 2 && toks[start-1].Cap && toks[start-1].Kind == text.Word && toks[start-2].Lower == "and"
	if !object(toks, start, i) && !gapped {
		return ""
	}
	if j < len(toks) && toks[j].Kind != text.Punct && !elisionEnds[toks[j].Lower] {
		return ""
	}
	q := out[len(out)-1]
	if q.q.Unit != "" || q.q.Item == "" || q.term || q.distance || q.money || q.casualty != 0 {
		return ""
	}
	return q.q.Item
}

// elisionEnds may follow a bare number whose noun a parallel clause left
// out: "ordered 35 to leave", "expelled 12, and", "25 each".
var elisionEnds = set(`to and each respectively`)

// ownWordCount reports whether the amount taken stands within the action
// p's words (or holds its first word), and the target's count x wholly
// before them: a gapped clause's own number ("Germany expelled 40 Russian
// diplomats and France 35") counts France's expulsion, not the 40 that its
// target's words count; "killed 70 people ... and set fire to 45 houses"
// burned 45 houses, not the 70 killed.
func ownWordCount(p proto, taken, x *qty) bool {
	if taken == nil || taken == x || len(p.words) == 0 {
		return false
	}
	a, b := p.words[0], p.words[len(p.words)-1]
	return (taken.start <= a && a < taken.end || taken.start > a && taken.start <= b) && x.end <= a
}

// harmedAll reports whether the amount at token start is "all" of what a
// harm word before it did: "..., killing all 33 attackers" counts what the
// killing did, as "killing 33 attackers" does.
func harmedAll(toks []text.Token, start int) bool {
	return start > 1 && toks[start-1].Lower == "all" && harmWords[toks[start-2].Lower]
}

// numberOf returns the item of a bare number after "to" that a "number of"
// before it in its clause counts: "raised the number of soldiers guarding
// its border to 15,000" counts 15,000 soldiers, "the number of troops ...
// rose to 3,000" 3,000 troops. It returns "" when no "number of" stands
// within fourteen words before, or a clause ends between.
func (c *Coder) numberOf(toks []text.Token, start int) string {
	if !isWord(toks, start-1, "to") {
		return ""
	}
	for k := start - 2; k >= 1 && k >= start-16; k-- {
		w := toks[k].Lower
		if w == ";" || w == "," && !isWord(toks, k+1, "to") || clauseWords[w] {
			return ""
		}
		if w == "of" && toks[k-1].Lower == "number" {
			item, _ := nounPhrase(toks, k+1, c.adjectiveAt(toks))
			return item
		}
	}
	return ""
}

// foughtBetween reports whether a word of fighting stands in [a, b): a clause
// between an act and what violence did that tells violence of its own
// ("after troops exchanged fire, killing 12": the exchange killed them),
// not one that tells what set the act off ("opened fire on protesters
// after lawmakers passed a bill, killing five": the firing killed them).
func foughtBetween(toks []text.Token, a, b int) bool {
	for k := a; k < b; k++ {
		if fighting[toks[k].Lemma] || fighting[toks[k].Lower] {
			return true
		}
	}
	return false
}

var fighting = set(`fire fight fought clash attack shell strike struck bomb ambush raid battle gunfight shoot shot`)

// listHead returns the first amount of the list that best closes, when the
// list is what the action at token a acts on: "set fire to 45 houses and 34
// vehicles" and "detained 11 princes, four ministers and dozens of former
// ministers" count their first, the object right after the verb, though
// the pattern's last word names a later one. Amounts of a list are joined
// by a comma or "and" alone, count things with no unit and tell no harm;
// the first must start after a, within three words of it. A list of
// different states' people ("13 Israeli hostages and four Thai farm
// workers") counts each state's for its own event (counted).
func listHead(s *sentence, qs []qty, best *qty, a int) *qty {
	toks := s.toks
	if best.q.Unit != "" || best.casualty != 0 || best.start <= a {
		return best
	}
	head := best
	for {
		var prev *qty
		for k := range qs {
			q := &qs[k]
			if q.end < head.start && q.start > a && q.q.Unit == "" && q.casualty == 0 && !q.term && joinedList(toks, q.end, head.start) {
				prev = q
			}
		}
		if prev == nil {
			break
		}
		head = prev
	}
	if head == best || head.start > a+3 || amountCountry(s.lx, toks, head) != amountCountry(s.lx, toks, best) {
		return best
	}
	return head
}

// joinedList reports whether only a comma, "and", or both stand in [a, b).
func joinedList(toks []text.Token, a, b int) bool {
	if b <= a || b-a > 2 {
		return false
	}
	for k := a; k < b; k++ {
		if w := toks[k].Lower; w != "," && w != "and" {
			return false
		}
	}
	return true
}

// amountCountry returns the country of the first actor's word within an
// amount ("13 Israeli hostages", "four Thai farm workers"), or "".
func amountCountry(lx *lexicon.Lexicon, toks []text.Token, q *qty) string {
	for k := q.start; k < q.end; k++ {
		if !toks[k].Cap || lx.Starts(&toks[k])&lexicon.StartsActor == 0 {
			continue
		}
		as, _ := lx.Actor(toks, k)
		for _, a := range as {
			if a.Country != "" {
				return a.Country
			}
		}
	}
	return ""
}

// personsItem reports whether item counts persons of no stated kind:
// "people", "persons".
func personsItem(item string) bool {
	return item == "people" || item == "persons"
}

// peopleCounted returns the index in qs of the amount that counts a
// people of country by name ("16 Americans", "one Canadian"), or -1.
func (c *Coder) peopleCounted(toks []text.Token, qs []qty, country string) int {
	for k := range qs {
		x := &qs[k]
		if x.q.Unit != "" || x.end < 1 || x.casualty != 0 {
			continue
		}
		if cc := c.peopleOf(toks, x.end-1); cc == country {
			return k
		}
		if x.end-x.start >= 2 && toks[x.end-1].Cap && amountCountry(c.lx, toks, x) == country {
			return k // "one Canadian": a people in the singular
		}
	}
	return -1
}
