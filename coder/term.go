package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// A prison term is an amount of time, counted in the years or months a
// court gives: "sentenced him to 27 years of house arrest" is 27, unit
// year, item house arrest; "jailed for 11 years" is 11 years. Other spans
// of time ("a ban lasting 15 years", "for five years" of a ban from
// politics) are no amount, nor is a term someone is serving ("serving a
// 25-year sentence"), which no act of the sentence gives.

// term is a prison term read at a number: its unit, the place of serving
// (item, "" when none is named), what it adds to the number ("and three
// months": a quarter of a year) and the index after it.
type term struct {
	unit, item string
	extra      float64
	end        int
}

// termUnits are the spans a term is counted in, by their singular.
var termUnits = map[string]string{"year": "year", "years": "year", "month": "month", "months": "month",
	"week": "week", "weeks": "week", "day": "day", "days": "day"} // qty12: "jailed for 30 days", "15 days in detention"

// termWords name where or how a term is served: "in prison", "of house
// arrest", "in a penal colony", "behind bars".
var termWords = set(`prison jail imprisonment detention custody arrest labour labor colony bars`)

// termVerbs, by their lemma, give the span after "to" or "for" as a term:
// "sentenced him to 12 years", "jailed for 11 years".
var termVerbs = set(`sentence jail imprison condemn`)

// servedWords before "a 25-year sentence" make it a term being served.
var servedWords = set(`serving serve serves served`)

// prisonTerm reads a prison term whose number stands at [start, j): a span
// ("27 years", "a 12-year") that a place of serving follows ("of house
// arrest", "in prison"), or that a sentence or a jailing governs
// ("sentenced him to 12 years", "jailed for 11 years", "a prison term of
// five years", "a 12-year prison sentence").
func (c *Coder) prisonTerm(toks []text.Token, start, j int) (term, bool) {
	k := j
	compound := isWord(toks, k, "-")
	if compound {
		k++
	}
	if k >= len(toks) || termUnits[toks[k].Lower] == "" {
		return term{}, false
	}
	t := term{unit: termUnits[toks[k].Lower]}
	k++
	if compound {
		// "a 12-year prison sentence", "a five-year jail term"; not
		// "serving a 25-year sentence"
		if start > 1 && servedWords[toks[start-2].Lower] || start > 0 && servedWords[toks[start-1].Lower] {
			return term{}, false
		}
		if k < len(toks) && termWords[toks[k].Lower] {
			t.item = toks[k].Lower
			k++
		}
		if k < len(toks) && (toks[k].Lemma == "sentence" || toks[k].Lemma == "term") {
			t.end = k + 1
			return t, true
		}
		return term{}, false
	}
	if t.unit == "year" && isWord(toks, k, "and") && k+2 < len(toks) && termUnits[toks[k+2].Lower] == "month" {
		// "27 years and three months in prison": one term
		if v, e, ok := number(toks, k+1); ok && e == k+2 {
			t.extra = v / 12
			k += 3
		}
	}
	t.end = k
	if (isWord(toks, k, "of") || isWord(toks, k, "in") || isWord(toks, k, "behind")) && k+1 < len(toks) {
		m := k + 1
		if determiners[toks[m].Lower] {
			m++ // "in a penal colony"
		}
		if it, e := nounPhrase(toks, m, c.adjectiveAt(toks)); it != "" {
			f := strings.Fields(it)
			if head := f[len(f)-1]; termWords[head] {
				if head == "bars" {
					it = "" // "behind bars": in prison, but not a place's name
				}
				t.item, t.end = it, e
				return t, true
			}
		}
	}
	if start > 0 && (toks[start-1].Lower == "to" || toks[start-1].Lower == "for" || toks[start-1].Lower == "of") {
		for m := start - 2; m >= 0 && m >= start-8; m-- {
			if toks[m].Kind == text.Punct {
				break
			}
			if termVerbs[toks[m].Lemma] || toks[start-1].Lower == "of" && toks[m].Lemma == "term" {
				return t, true
			}
		}
	}
	return term{}, false
}
