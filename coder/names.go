package coder

import (
	"strings"

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

// titledSurnames resolves a title followed by a surname the dictionaries
// know only as part of full names: "President Bush" in 2003 is George W.
// Bush, "Prime Minister Netanyahu" Benjamin Netanyahu. Of the people with
// that surname, the one who held an office of the title's role on the
// date is meant; failing that, the only one who held any office then.
func (c *Coder) titledSurnames(toks []text.Token, ms []mention, date string) []mention {
	for i := range ms {
		m := &ms[i]
		if m.kind != mAgent || len(m.members) > 0 || m.named[1]-m.named[0] != 1 {
			continue
		}
		var pick []*lexicon.Actor
		for _, a := range c.lx.Surnamed(toks[m.named[0]].Lower) {
			if r, ok := a.Person.At(date); ok && len(r.Code) >= 6 && r.Code[3:6] == m.role {
				pick = append(pick, a)
			}
		}
		if len(pick) > 1 {
			// "President Bush" in 2003: the one whose office is called so
			var words []string
			for _, t := range toks[m.start:m.named[0]] {
				words = append(words, t.Lower)
			}
			title := strings.Join(words, " ")
			var titled []*lexicon.Actor
			for _, a := range pick {
				if r, _ := a.Person.At(date); title != "" && strings.Contains(strings.ToLower(r.Title), title) {
					titled = append(titled, a)
				}
			}
			pick = titled
		}
		if len(pick) != 1 {
			continue
		}
		mb := memberOf(pick[0], raw{start: m.start, end: m.end}, date)
		m.kind, m.members = mFull, []member{mb}
	}
	return ms
}
