package coder

import (
	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// inLongerName reports whether hit x, a country or a place, is the tail of a
// longer proper name the dictionaries do not know: "Puerto Jordan" is a town
// in Colombia, not Jordan; "Fernando Villavicencio" a man, not the Colombian
// city; "Mr Jordan" a surname. The word before it is then a courtesy title
// or a capitalised word that no earlier hit took and that is not the
// sentence's first, a day or a month. Text in title case ("Russian Troops Enter Ukraine") is left alone.
func inLongerName(toks []text.Token, before []raw, x raw) bool {
	i := x.start
	if i < 2 || x.kind != rPlace && !(x.kind == rActor && pick(x.acts).Kind != lexicon.Person && pick(x.acts).Country != "") {
		return false
	}
	p := &toks[i-1]
	if p.Kind != text.Word || !p.Cap || p.Upper || p.End != toks[i].Start-1 {
		return false
	}
	if n := len(before); n > 0 && before[n-1].end == i {
		return false // "NATO ally Turkey" is two hits
	}
	if courtesy[p.Lower] {
		return true // "Mr Jordan": a surname
	}
	if _, ok := weekdays[p.Lower]; ok || monthNames[p.Lower] > 0 {
		return false
	}
	return !titleCase(toks)
}

// courtesy titles come before a surname: "Mr Jordan".
var courtesy = set(`mr mr. mrs mrs. ms ms. dr dr. sir lord lady`)

// titleCase reports whether most words of a sentence are capitalised, as in
// headlines.
func titleCase(toks []text.Token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if t.Kind == text.Word && len(t.Lower) > 3 {
			words++
			if t.Cap {
				caps++
			}
		}
	}
	return words >= 4 && caps*3 >= words*2
}
