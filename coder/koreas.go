package coder

import (
	"slices"

	"github.com/dyadhq/dyad/text"
)

// koreaSides adds to ms, in the order of the sentence, a mention for each
// "the North" and "the South" that koreaSide resolves, and marks its words
// covered, so that a later pronoun ("prompting the South to order its
// marines") may take it as its antecedent.
func (c *Coder) koreaSides(toks []text.Token, ms []mention, cov []bool, ctx *docCtx) []mention {
	for i := 1; i < len(toks); i++ {
		if cov[i] || cov[i-1] || toks[i].Lower != "north" && toks[i].Lower != "south" {
			continue
		}
		if m, ok := c.koreaSide(toks, ms, i, ctx); ok {
			at := slices.IndexFunc(ms, func(x mention) bool { return x.start > i })
			if at < 0 {
				at = len(ms)
			}
			ms = slices.Insert(ms, at, m)
			cov[i-1], cov[i] = true, true
		}
	}
	return ms
}

// koreaSide resolves "the North" and "the South" at token i in news of the
// two Koreas: "South Korea's military said the North fired two missiles",
// "prompting the South to order residents into shelters". Reports on the
// peninsula name each state by its half once the other is named, and
// nothing else in the sentence says who acted. Only where the sentence or
// the document names one of the two Koreas: elsewhere "the North" is a
// region of a country ("fighting in the North"), and a capitalised word
// after it makes it part of a longer name ("the South China Sea", "the North
// Atlantic"). It returns the mention, from "the", or false.
func (c *Coder) koreaSide(toks []text.Token, ms []mention, i int, ctx *docCtx) (mention, bool) {
	t := toks[i]
	if !t.Cap || t.Lower != "north" && t.Lower != "south" || i == 0 || toks[i-1].Lower != "the" {
		return mention{}, false
	}
	if n := i + 1; n < len(toks) && (toks[n].Kind == text.Word && toks[n].Cap || divisionNoun[toks[n].Lower] || ofPlace(toks, n)) {
		return mention{}, false // "the South China Sea", "the North province", "the South of France"
	}
	if !koreaNamed(ms, ctx) {
		return mention{}, false
	}
	code := "PRK"
	if t.Lower == "south" {
		code = "KOR"
	}
	name, _ := c.lx.Name(code)
	mb := member{code: code, country: code, name: name}
	return mention{start: i - 1, end: i + 1, kind: mFull, members: respan([]member{mb}, i-1, i+1)}, true
}

// koreaNamed reports whether the sentence's mentions or the document's
// countries so far include North or South Korea.
func koreaNamed(ms []mention, ctx *docCtx) bool {
	for _, m := range ms {
		for _, mb := range m.members {
			if mb.country == "PRK" || mb.country == "KOR" {
				return true
			}
		}
	}
	for _, mb := range ctx.recent {
		if mb.country == "PRK" || mb.country == "KOR" {
			return true
		}
	}
	return false
}

// ofPlace reports whether an "of" at token n names a place ("the South of
// France", "the north of the country"), not what someone is accused of
// ("accused the North of launching balloons").
func ofPlace(toks []text.Token, n int) bool {
	return toks[n].Lower == "of" && n+1 < len(toks) && (toks[n+1].Cap || determiners[toks[n+1].Lower])
}
