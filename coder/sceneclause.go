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

// joinedScene returns the place that the verb phrase before "and" names,
// when p's verb follows that "and" with no subject of its own: "soldiers
// entered the town of Bunia on Monday and arrested 20 militiamen",
// "police raided Lahore's main opposition office and arrested 15
// activists". The place is in the country of a party of p, and is no place
// the phrase leaves or goes to ("returned from Goma and arrested"); nil when
// there is none.
func (s *sentence) joinedScene(sites []site, p proto) *site {
	if len(p.words) == 0 {
		return nil
	}
	a := p.words[0]
	if a < 3 || !isWord(s.toks, a-1, "and") || isWord(s.toks, a-2, ",") {
		return nil
	}
	if w := &s.toks[a]; w.Kind != text.Word || w.Cap || w.Lower == w.Lemma && !(len(w.Lower) > 3 && w.Lower[len(w.Lower)-2:] == "ed") {
		return nil // a past verb: "and arrested", not "and police"
	}
	lo := a - 16
	for k := a - 2; k >= 0 && k > a-16; k-- {
		if w := s.toks[k].Lower; w == "," || w == ";" || clauseWords[w] && w != "said" {
			lo = k
			break
		}
	}
	var best *site
	for k := range sites {
		st := &sites[k]
		if st.start <= lo || st.end > a-1 || st.within || st.country || st.g.Country == "" {
			continue
		}
		switch st.prep {
		case "", "of", "in", "at", "near", "through", "into", "inside", "outside", "across", "around":
		default:
			continue
		}
		if st.g.Country == p.src.country || p.hasTgt && st.g.Country == p.tgt.country {
			best = st // the last before "and"
		}
	}
	return best
}

// afterScene gives an act of repression (17) with no place of its own the
// place of the act that its "after" clause tells of the people it acts on,
// in their country: "police arrested 30 people after protesters burned
// tyres in central Dakar" arrested them in Dakar. Other acts, and acts on
// another country's people, keep none (an "after" clause may tell an act
// of another day and place).
func afterScene(s *sentence, evs []dyad.Event, trigs []int) {
	for i := range evs {
		e := &evs[i]
		if e.Location != nil || e.Action.Code.Root() != "17" || e.Target == nil || e.Target.Country == "" || i >= len(trigs) || trigs[i] < 0 {
			continue
		}
		o := -1
		for k := trigs[i] + 1; k < len(s.toks) && k <= trigs[i]+12; k++ {
			if s.toks[k].Lower == "after" {
				o = k
				break
			}
			if s.toks[k].Lower == "," || clauseWords[s.toks[k].Lower] {
				break
			}
		}
		if o < 0 {
			continue
		}
		for j := range evs {
			m := &evs[j]
			if j == i || j >= len(trigs) || trigs[j] <= o || trigs[j] > o+8 || m.Location == nil || m.Location.Role != "event" ||
				m.Source == nil || m.Source.Country != e.Target.Country || m.Location.Country != e.Target.Country {
				continue
			}
			loc := *m.Location
			e.Location = &loc
			break
		}
	}
}
