package coder

import (
	"strings"

	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// Goods that move and goods that are only named. A goods word of units.txt
// starts a flow only when it is what moves: "tonnes of wheat", "crude
// loaded at Primorsk", "trucks carrying aid". The same word describing
// another noun ("Iranian oil revenue", "the grain deal", "a drone maker"),
// inside a name ("the World Food Programme") or as the topic of a
// preposition ("competition from Ukrainian grain", "a price cap on Russian
// oil") moves nothing.

// goods finds the goods a stretch moves: the head of the first goods phrase
// ("drone engines" are engines), its token range and its transfer code; gs
// is -1 when there are none.
func (c *Coder) goods(s *sentence, a, b int) (gs, ge int, code string) {
	for k := a; k < b; k++ {
		if s.toks[k].Kind != text.Word {
			continue
		}
		u, n := c.lx.Goods(s.toks, k)
		if n == 0 || k+n < b && carriers[s.toks[k+n].Lemma] {
			continue // not "a grain ship", "a cargo ship"
		}
		if inName(s.toks, k) {
			continue
		}
		gs, ge, code = k, k+n, u.Code
		for ge < b {
			// a compound's last noun is what it is: "drone engines"
			u2, n2 := c.lx.Goods(s.toks, ge)
			if n2 == 0 {
				break
			}
			gs, ge, code = ge, ge+n2, u2.Code
		}
		if describes(s.toks, ge) || s.aboutGoods(a, k) && phraseEnd(s.toks, ge) {
			// "oil revenue", "the grain deal", "competition from Ukrainian
			// grain": what moves, if anything, is named further on
			k = ge - 1
			continue
		}
		for j := ge; j+1 < b && (isWord(s.toks, j, ",") || isWord(s.toks, j, "and")); {
			// "flour and tents": relief goods in the list make the load aid
			u3, n3 := c.lx.Goods(s.toks, j+1)
			if n3 == 0 {
				break
			}
			if code == "061" && u3.Code == "073" {
				code = "073"
			}
			j += 1 + n3
		}
		return gs, ge, code
	}
	return -1, -1, ""
}

// describes reports whether a goods phrase that ends before token k
// describes the noun at k rather than naming what moves: "oil revenue",
// "the grain deal", "food prices", across a noun of trade ("grain export
// figures", "the oil export terminal"). A noun of trade alone keeps the
// goods ("arms shipments were sent").
func describes(toks []text.Token, k int) bool {
	for k < len(toks) && (tradeNouns[toks[k].Lemma] || tradeNouns[toks[k].Lower]) {
		k++
	}
	return k < len(toks) && toks[k].Kind == text.Word && (goodsTopics[toks[k].Lemma] || goodsTopics[toks[k].Lower])
}

// tradeNouns name goods moving: "grain exports", "arms shipments".
var tradeNouns = set(`export import shipment delivery supply sale`)

// goodsTopics are nouns a goods word before them describes: what the goods
// earn or cost, the deals and routes made for them, the trade, places and
// firms that deal in them, the rules that bar them.
var goodsTopics = set(`revenue revenues income earnings money wealth profit price cost tax levy tariff subsidy
	deal agreement accord pact initiative corridor talks dispute row crisis shortage security
	market sector industry company firm giant major producer maker manufacturer exporter importer dealer trader
	field well reserve deposit rig mine refinery terminal plant factory facility depot silo pipeline infrastructure
	minister ministry programme program agency fund bank exchange
	ban embargo cap sanction quota restriction data figure statistic output production consumption demand`)

// inName reports whether the goods word at token k is part of a name:
// capitalized inside the sentence ("the World Food Programme", "Gas
// Authority"), not an acronym ("LNG").
func inName(toks []text.Token, k int) bool {
	t := &toks[k]
	return k > 0 && t.Cap && !t.Upper && toks[k-1].Kind == text.Word
}

// aboutGoods reports whether the goods starting at token gs, in the
// stretch from token a, are the object of a preposition that names a topic
// ("competition from Ukrainian grain", "a price cap on Russian oil", "a
// dispute over gas"), across a determiner, a country and up to two other
// words.
func (s *sentence) aboutGoods(a, gs int) bool {
	for k, words := gs-1, 0; k >= a; k-- {
		w := &s.toks[k]
		switch {
		case topicPreps[w.Lower]:
			return true
		case determiners[w.Lower] || s.in[k] >= 0 || w.Lower == "'s" || w.Lower == "-":
		case w.Kind == text.Word && !w.Cap && !prepositions[w.Lower] && !itemStops[w.Lower] && words < 2:
			words++
		default:
			return false
		}
	}
	return false
}

// phraseEnd reports whether a goods phrase that ends before token k ends
// its noun phrase there, across nouns of trade ("over gas supplies"), so
// that it is the object of the preposition before it, not a noun's
// modifier ("from two aid groups").
func phraseEnd(toks []text.Token, k int) bool {
	for k < len(toks) && (tradeNouns[toks[k].Lemma] || tradeNouns[toks[k].Lower]) {
		k++
	}
	if k >= len(toks) {
		return true
	}
	w := toks[k].Lower
	return toks[k].Kind == text.Punct || prepositions[w] || w == "and" || w == "or" || w == "that" || w == "which"
}

// topicPreps make their object what something is about, not what moves.
var topicPreps = set(`on over about against from`)

// describedGoods reports whether the class phrase of elems[e] at tokens
// [i, k), in a transfer's pattern (06, 07) of match m, is goods (units.txt)
// that describe the noun after them, which the pattern does not name: "$6
// billion in Iranian oil revenue was transferred" moves money, not oil
// ("grain exports to", "&GOODS &TRADEFLOW", still name the flow). So do
// weapons before trade goods, as goods reads a compound by its last noun:
// "shipped drone engines" is trade.
func (s *sentence) describedGoods(elems []lexicon.Elem, e, i, k int, m *match) bool {
	if r := m.p.Code.Root(); r != "06" && r != "07" {
		return false
	}
	if e+1 < len(elems) && elems[e+1].Kind != lexicon.EGap {
		return false
	}
	u, n := s.lx.Goods(s.toks, i)
	if n == 0 {
		return false
	}
	if describes(s.toks, k) {
		return true
	}
	// weapons' parts are trade goods: "drone engines", "missile components"
	u2, n2 := s.lx.Goods(s.toks, k)
	return n2 > 0 && u.Code == "072" && u2.Code == "061" && !bulkGoods[s.toks[k].Lemma]
}

// bulkGoods name a load of any kind, which the goods before say: "an
// arms cargo".
var bulkGoods = set(`cargo goods`)

// relief reports whether member m is the United Nations, one of its
// agencies or a non-governmental organisation, whose goods moved are aid:
// "a UN convoy carrying food", "the World Food Programme trucked food".
func relief(m member) bool {
	return m.country == "" && (strings.HasPrefix(m.code, "IGOUNO") || strings.HasPrefix(m.code, "NGO"))
}

// goodsOwner returns the mention of whose the goods in the words of action
// a are ("loaded with Russian wheat", "shipments of Iranian fuel"), or -1:
// the sender of a transfer whose clause names none (POLICY §9). The mention
// not, and the action's own target, are never it.
func (c *Coder) goodsOwner(s *sentence, a match, not int) int {
	gs, _, _ := c.goods(s, a.trig, a.end)
	if gs < 0 {
		return -1
	}
	o := c.owner(s, a.trig, gs)
	if o.country == "" || o.start >= len(s.toks) {
		return -1
	}
	if mi := s.in[o.start]; mi >= 0 && mi != not && mi != a.target {
		return mi
	}
	return -1
}
