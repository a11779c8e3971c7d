package coder

import (
	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// whereempty8: the scene of an act told in a clause of the same moment.
//
// A clause that "as", "while", "when" or "before" joins to an act with a
// place, and that names no place of its own, tells what happened at that
// scene: "protesters stormed the electoral commission in Kinshasa, as police
// fired tear gas" fired it in Kinshasa, "gunmen stormed the university in
// Garissa ..., before security forces killed the attackers" killed them
// there. So does a verb joined by "and" with no subject of its own:
// "gunmen stormed Mandera's main hospital and killed four nurses". Only a
// scene in the country of a party of the act is taken ("Israeli jets struck
// Gaza City as Hezbollah fired rockets at Israel" places no rockets in
// Gaza); an "after" clause may tell an act of another day and place, and
// keeps none.

// sceneOpeners open a clause of the same moment as the one before it.
var sceneOpeners = set(`as while when before`)

// sceneClauses gives each event of evs (starting at the words trigs) that
// has no place the place of the act of the clause its own clause joins.
func sceneClauses(s *sentence, evs []dyad.Event, trigs []int) {
	for i := range evs {
		e := &evs[i]
		if e.Location != nil || i >= len(trigs) || trigs[i] < 0 {
			continue
		}
		o, and := sceneOpener(s.toks, trigs[i])
		if o < 0 {
			continue
		}
		for j := range evs {
			m := &evs[j]
			if j == i || j >= len(trigs) || trigs[j] < 0 || trigs[j] >= o || m.Location == nil || m.Location.Role != "event" ||
				m.Location.Country == "" || trigs[j] < o-30 {
				continue
			}
			if and && (m.Source == nil || e.Source == nil || m.Source.Code != e.Source.Code) {
				continue // a verb joined by "and" shares its subject
			}
			if !(e.Source != nil && e.Source.Country == m.Location.Country || e.Target != nil && e.Target.Country == m.Location.Country) {
				continue
			}
			loc := *m.Location
			e.Location = &loc
			break
		}
	}
}

// sceneOpener returns the word that opens the clause of the verb at token t
// ("as" of "as police fired tear gas"), with a subject of at most six words
// between, or "and" right before the verb (and is true); -1 when neither.
func sceneOpener(toks []text.Token, t int) (int, bool) {
	if t >= 1 && isWord(toks, t-1, "and") && t >= 2 && toks[t-2].Lower != "," {
		w := &toks[t]
		if w.Kind == text.Word && !w.Cap && len(w.Lower) > 3 && (w.Lower[len(w.Lower)-2:] == "ed" || w.Lower != w.Lemma) {
			return t - 1, true
		}
		return -1, false
	}
	for k := t - 1; k >= 0 && k >= t-7; k-- {
		w := toks[k].Lower
		if sceneOpeners[w] {
			if k == t-1 || k == 0 {
				return -1, false // "as" right before the verb is no clause's opener
			}
			return k, false
		}
		if toks[k].Kind != text.Word || clauseWords[w] || prepositions[w] || w == "and" {
			return -1, false
		}
	}
	return -1, false
}
