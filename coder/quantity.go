package coder

import (
	"strconv"
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// qty is a quantity found in a sentence, with its token range.
type qty struct {
	start, end int
	q          dyad.Quantity
	distance   bool // "some 400 km away": a qualifier of a route, not an amount moved
	object     bool // what a verb acts on ("arrested 25 people"), not a subject
	money      bool // a sum in a currency ("4 billion euros")
	term       bool // a prison term ("sentenced him to 12 years"), an amount of a legal act only
	// casualty is what violence did: 1 for "..., killing 11 people", of
	// the violent action before it; -1 for "12 soldiers were killed when
	// ...", of the violent action after it; 0 for other amounts
	casualty int
	toll     bool // qty12: a toll's own clause ("the death toll rose to 14"), whose time is the toll's, not the act's
}

// hedges make a quantity approximate; the longest that ends right before
// the number wins.
var hedges = [][]string{{"approximately"}, {"about"}, {"around"}, {"roughly"}, {"some"}, {"nearly"}, {"almost"},
	{"estimated"}, {"an", "estimated"}, {"over"}, {"more", "than"}, {"at", "least"}, {"up", "to"}, {"fewer", "than"},
	{"less", "than"}, {"as", "many", "as"}, {"as", "much", "as"}, {"close", "to"}, {"upwards", "of"}, {"in", "excess", "of"},
	{"~"}, {"just", "over"}, {"just", "under"}, {"under"}, {"almost"}}

// quantities finds the amounts a sentence states: a hedge, a number in
// digits or words with its scale, a unit (a currency, a measure, or a
// container that takes "of ITEM") and the thing counted.
func (c *Coder) quantities(stext string, toks []text.Token) []qty {
	var out []qty
	for i := 0; i < len(toks); i++ {
		value, j, ok := number(toks, i)
		if !ok && i > 0 && (toks[i].Lower == "a" || toks[i].Lower == "an") && (marked(&toks[i-1], cHarming) || harmedWords[toks[i-1].Lower]) { // qty12: "killed a police officer" too // speed9: a word class (wordclass.go)
			// "killing a staff member": one; not "killing an estimated 30",
			// "a number of people"
			if _, k := nounPhrase(toks, i+1, c.adjectiveAt(toks)); k > i+1 && !isWord(toks, k, "of") && (k == len(toks) || toks[k].Kind != text.Number) &&
				(marked(&toks[i-1], cHarming) || !isWord(toks, k, "and")) { // qty12: "wounded a woman and her two children" counts the two, as before
				value, j, ok = 1, i+1, true
			}
		}
		if !ok {
			continue
		}
		if i >= 2 && toks[i-1].Lower == "-" && toks[i-2].Cap {
			continue // a model, not an amount: "B-52", "KN-23", "Su-27"
		}
		start := i
		approx := false
		if h := hedgeBefore(toks, i); h > 0 {
			start, approx = i-h, true
		}
		if j == i+1 && isYear(toks[i]) && (i == 0 || yearPreps[toks[i-1].Lower] || !isCountNoun(toks, j)) {
			continue // "in 2023"
		}
		if monthNames[toks[min(j, len(toks)-1)].Lower] > 0 || i > 0 && monthNames[toks[i-1].Lower] > 0 {
			continue // a day of a month
		}
		if j < len(toks) && clockWords[toks[j].Lower] {
			continue // a time of day: "at 4 a.m.", "at 1400 GMT"
		}
		if calibre(toks, j) {
			continue // qty8: a bore, not an amount: "rounds of 155 mm shells" (calibre.go)
		}
		if j2, ok := rangeEnd(toks, i, j); ok {
			// a range is at least its lower bound: "between 200 and 300
			// farmers", "200-300 troops"; a scale after the upper bound
			// is both's ("between 2 and 3 million tonnes")
			if isWord(toks, i-1, "between") {
				start = i - 1
			}
			j, approx = j2, true
		}
		if _, v := vague[toks[j-1].Lower]; v {
			approx = true // "thousands of": at least, and not exactly
			if u, n := c.lx.Unit(toks, j+1); n > 0 && u.Kind != "currency" && isWord(toks, j, "of") {
				j++ // "thousands of tonnes of grain": a measure, then what it measures
			}
		}
		q := dyad.Quantity{Value: value, Approximate: approx}
		// a currency symbol before the number: "$50,000", "US$ 2 billion";
		// a dollar's country letters are part of it: "C$30 billion" is
		// Canadian, "A$50 million" Australian
		if u, n := c.lx.Unit(toks, max(0, i-2)); i > 1 && n == 2 && u.Kind == "currency" && toks[i-2].End == toks[i-1].Start {
			q.Unit, start = u.Code, min(start, i-2)
		} else if u, n := c.lx.Unit(toks, max(0, i-1)); i > 0 && n == 1 && u.Kind == "currency" {
			q.Unit, start = u.Code, min(start, i-1)
		}
		if s, ok := scales[toks[min(j, len(toks)-1)].Lower]; ok && j < len(toks) {
			q.Value *= s
			j++
		}
		if t, ok := c.prisonTerm(toks, start, j); ok && q.Unit == "" {
			q.Value += t.extra
			q.Unit, q.Item = t.unit, t.item
			q.Text = stext[toks[start].Start:toks[t.end-1].End]
			out = append(out, qty{start: start, end: t.end, q: q, object: object(toks, start, i), term: true})
			i = t.end - 1
			continue
		}
		strength, strengthEnd := "", 0
		if isWord(toks, j, "-") && j+2 < len(toks) && toks[j+1].Kind == text.Word && !toks[j+1].Cap {
			switch {
			case toks[j+1].Lower == "strong":
				// "a 1,000-strong force": the number counts the members of
				// what follows
				j += 2
			case collectives[toks[j+2].Lemma]:
				// "a 20-truck convoy": the number counts the trucks
				strength, j = toks[j+1].Lower, j+3
				strengthEnd = j
			}
		}
		if isWord(toks, j, "-") { // "400-km", "16,500-container"
			if u, n := c.lx.Unit(toks, j+1); n == 0 || u.Kind == "currency" {
				continue // a compound adjective, not an amount: "three-way", "two-day"
			}
			j++
		}
		money := q.Unit != ""
		if u, n := c.lx.Unit(toks, j); n > 0 && q.Unit == "" {
			switch {
			case u.Kind != "container":
				q.Unit, j, money = u.Code, j+n, u.Kind == "currency"
			case isWord(toks, j+n, "of") && !ownedAfter(toks, j+n+1): // new13a: "74 vessels of Moscow's shadow fleet" counts vessels
				q.Unit, j = u.Code, j+n
			}
		}
		dist := q.Unit == "km" || q.Unit == "mi" || q.Unit == "nmi"
		if q.Unit != "" && j+1 < len(toks) && (toks[j].Lower == "a" || toks[j].Lower == "per") && perWords[toks[j+1].Lower] {
			j += 2 // a rate is counted as its amount: "2.1 million barrels a day (of crude)"
		}
		if isWord(toks, j, "of") {
			j++
		}
		if (isWord(toks, j, "more") || isWord(toks, j, "other")) && j+1 < len(toks) && toks[j+1].Kind == text.Word && !isWord(toks, j+1, "than") {
			if isWord(toks, j, "other") && oneBeforeOthers(toks, start) && q.Unit == "" {
				q.Value++ // "banned its leader and 10 other executives": 11 executives
			}
			j++ // "four more Gripen jets", "four other countries": the things counted, not how they add up
		}
		item, k := nounPhrase(toks, j, c.adjectiveAt(toks))
		if o := ownerEnd(toks, j); o > 0 && isWord(toks, j-1, "of") {
			// "40 of Moscow's envoys", "five of the country's soldiers": the
			// part counts the owner's noun, not the owner
			if it, k2 := nounPhrase(toks, o, c.adjectiveAt(toks)); it != "" {
				item, k = it, k2
			} else if it, k2 := c.partOfWhole(toks, o); it != "" {
				item, k = it, k2 // "4,400 of Britain's roughly 13,000 troops"
			}
		}
		if strength != "" {
			item, k = strength, strengthEnd
		}
		if item == "" && isWord(toks, j-1, "of") && j < len(toks) && determiners[toks[j].Lower] {
			item, k = nounPhrase(toks, j+1, c.adjectiveAt(toks)) // "11 of its leaders"
			if item == "" {
				item, k = c.partOfWhole(toks, j+1) // "4,400 of its roughly 13,000 troops": the part, not the whole
			}
		}
		if item == "" && q.Unit == "" && isWord(toks, j-1, "of") && j < len(toks) && toks[j].Kind == text.Number && !isYear(toks[j]) {
			item, k = c.partOfWhole(toks, j) // attrs7: "shot down 40 of 50 drones": the part, of the whole's noun
		}
		if item == "" && q.Unit == "" {
			if ante, k2 := partitiveItem(toks, out, start, j-1); ante != "" {
				item, k = ante, k2 // "95 of them": of the 120 missiles before
			} else if k2 := peopleOfThem(toks, start, j-1); k2 > 0 {
				item, k = "people", k2 // "police arrested all 13 of them": persons (POLICY §20)
			}
		}
		if n := c.peopleAt(toks, k); item != "" && n > 0 {
			item, k = peopleWords(toks, k, n), k+n // "1,500 undocumented Afghans", "59 white South Africans": the people the words before describe
			if it, k2 := c.nounAfterName(toks, k, q.Value == 1); it != "" {
				item, k = it, k2 // qty12: "two senior Hamas commanders": the name describes the commanders
			}
		} else if g, k2 := c.goodsPastOwner(toks, item, k); item != "" && g != "" {
			item, k = g, k2 // "25,000 tonnes of free Russian wheat": the goods the words before describe
		}
		if item == "" && j < len(toks) && c.people(&toks[j]) {
			// "more than 4,000 Afghans", "five Americans", "hundreds of
			// thousands of Israelis rallied": a crowd is its size
			item, k = toks[j].Lower, j+1
			if it, k2 := c.nounAfterName(toks, k, q.Value == 1); it != "" {
				item, k = it, k2 // qty12: "two Hamas commanders"
			}
		}
		if item == "" && q.Value == 1 && j+1 < len(toks) && toks[j].Cap && toks[j].Kind == text.Word && c.lx.Starts(&toks[j])&lexicon.StartsActor != 0 &&
			(toks[j+1].Kind == text.Punct || toks[j+1].Lower == "and" || toks[j+1].Lower == "or" || prepositions[toks[j+1].Lower]) {
			item, k = toks[j].Lower, j+1 // "16 Americans and one Canadian": one of a people
		}
		if item == "" && q.Unit == "" {
			item = elidedItem(toks, out, start, i, j) // "and France ordered 35 to leave": 35 diplomats
			if item == "" {
				item = c.numberOf(toks, start) // "raised the number of soldiers on its border to 15,000"
			}
			k = j
		}
		toll := item == "" && q.Unit == "" && deathToll(toks, start) // qty8: "and the death toll rose to 14" (deathtoll.go)
		if toll {
			item, k = "people", j
		}
		if item == "" && q.Unit == "" && start > 0 && (harmWords[toks[start-1].Lower] && (j == len(toks) || toks[j].Kind == text.Punct || itemStops[toks[j].Lower]) || killedBare(toks, start, j)) { // qty8: "killed 12, including ..." (barekilled.go)
			item, k = "people", j // "killing at least three, as ...": people, whoever they were
		}
		if item != "" && isWord(toks, k, "and") && isWord(toks, k+1, "other") {
			// "artillery shells and other munitions": the kind that covers both
			if other, k2 := nounPhrase(toks, k+2, c.adjectiveAt(toks)); other != "" {
				item, k = other, k2
			}
		}
		if item != "" && superlatives[strings.Fields(item)[0]] {
			continue // a rank, not an amount: "one of the heaviest barrages", "the two largest prisons"
		}
		if item == "crew" {
			item = "crew member" // "its 23 crew": 23 people, each a member of the crew
		}
		if item != "" && q.Unit != "" && isWord(toks, j-1, "of") {
			if list, k2 := c.goodsList(toks, item, k); list != "" {
				item, k = list, k2 // qty8: "12 tonnes of rice, tarpaulins and water tanks" (goodslist.go)
			}
		}
		if item != "" && (q.Unit == "" || isWord(toks, j-1, "of")) {
			q.Item, j = item, k
		}
		subset := start > 0 && subsetWords[toks[start-1].Lower] || isWord(toks, start-2, "among") && (isWord(toks, start-1, "them") || isWord(toks, start-1, "whom"))
		if q.Unit == "" && subset && len(out) > 0 && start-out[len(out)-1].end <= 8 {
			continue // "16 Americans and one Canadian, including five children": a part of the amount before it
		}
		if q.Unit == "" && (q.Item == "" || durations[strings.Fields(q.Item)[0]] || notGoods(q.Item, object(toks, start, i))) {
			continue // a bare number, a span of time ("15 years"), or the parties themselves ("two sides")
		}
		dist = dist && j < len(toks) && (distanceWords[toks[j].Lower] || compass(toks[j].Lower))
		if q.Item == "" && bulkUnits[q.Unit] {
			q.Item = c.goodsNear(toks, start, j) // "a first batch of 20,000 tonnes", "of Urals crude"
		}
		q.Text = stext[toks[start].Start:toks[j-1].End]
		out = append(out, qty{start: start, end: j, q: q, distance: dist, object: object(toks, start, i), casualty: casualty(toks, start, j), money: money})
		if toll {
			out[len(out)-1].casualty = -1 // qty8: the dead of the act before it (deathtoll.go)
			out[len(out)-1].toll = true   // qty12
		}
		i = j - 1
	}
	return out
}

// superlatives rank the things a number picks out rather than count what
// an action moved or harmed: "one of the deadliest attacks", "the two
// largest prisons".
var superlatives = set(`largest biggest heaviest deadliest bloodiest worst greatest highest strongest longest oldest
	most least best main fiercest latest`)

// subsetWords before an amount make it a part of the amount just before it:
// "300 people, including 40 children"; so does "among them".
var subsetWords = set(`including includes among`)

// collectives are groups of vehicles that "a N-NOUN" before them counts: "a
// 20-truck convoy", "a 12-ship flotilla".
var collectives = set(`convoy column fleet flotilla caravan motorcade armada`)

// bulkUnits measure goods in bulk: an amount of them with no item says
// elsewhere in its sentence what it is of.
var bulkUnits = set(`t kg bbl bcm m3 l`)

// goodsNear returns the goods an amount of goods in bulk at toks[a:b]
// measures when it names none: goods within three words after it ("730,000
// barrels of Urals crude"), else the last goods named before it ("sending
// crude oil to Germany, with a first batch of 20,000 tonnes"), as written;
// "" when the sentence names none.
func (c *Coder) goodsNear(toks []text.Token, a, b int) string {
	for k := b; k < len(toks) && k < b+3; k++ {
		if _, n := c.lx.Goods(toks, k); n > 0 && !vagueGoods[toks[k+n-1].Lemma] {
			return goodsWords(toks[k : k+n])
		}
		if toks[k].Kind != text.Word || clauseWords[toks[k].Lower] {
			break
		}
	}
	found := ""
	for k := 0; k < a; k++ {
		if _, n := c.lx.Goods(toks, k); n > 0 {
			if !vagueGoods[toks[k+n-1].Lemma] {
				found = goodsWords(toks[k : k+n])
			}
			k += n - 1
		}
	}
	return found
}

// vagueGoods are goods words that say no more than that something is
// carried: "a first cargo of 60,000 tonnes".
var vagueGoods = set(`cargo goods product commodity shipment consignment`)

// goodsWords is a goods phrase as an item: its words in lower case.
func goodsWords(toks []text.Token) string {
	w := make([]string, len(toks))
	for i := range toks {
		w[i] = toks[i].Lower
	}
	return strings.Join(w, " ")
}

// people reports whether t names a people in the plural ("Afghans",
// "Americans"): a capitalised word ending in s that begins an actor's name,
// or a role word's name of a people with no state ("Uyghurs", "Kurds";
// qty12: agents.txt's CVL peoples).
func (c *Coder) people(t *text.Token) bool {
	if t.Kind != text.Word || !t.Cap || len(t.Lower) <= 4 {
		return false
	}
	if strings.HasSuffix(t.Lower, "s") {
		return c.lx.Starts(t)&(lexicon.StartsActor|lexicon.StartsAgent) != 0
	}
	return c.lx.Starts(t)&lexicon.StartsAgent != 0 // qty12: "5,000 Rohingya", a people whose plural is its name
}

func isWeekday(w string) bool {
	_, ok := weekdays[w]
	return ok
}

// perWords after "a" or "per" make an amount a rate: "barrels a day".
var perWords = set(`day year month week`)

// numberSuffixes scale a number written with a letter: "$1.5bn", "3m".
var numberSuffixes = map[string]float64{"bn": 1e9, "b": 1e9, "mn": 1e6, "m": 1e6, "tn": 1e12, "k": 1e3}

// particleVerbs take "over" as a particle, not a hedge: "handed over six
// jets", "took over two towns".
var particleVerbs = set(`hand take turn give pass sign`)

// distanceWords after a length make it a distance: "some 400 km away",
// "40 km from the border", "50 km southwest of".
var distanceWords = set(`away from off inland offshore outside beyond short`)

// compass reports whether w is a direction: "north", "south-west", "northeastern".
func compass(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(strings.ReplaceAll(w, "-", ""), "ern"), "ward")
	switch w {
	case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest":
		return true
	}
	return false
}

// adjectiveAt returns a function that gives the length of the country
// adjective ("Chinese", "North Korean") at a token of toks, 0 if none.
func (c *Coder) adjectiveAt(toks []text.Token) func(k int) int {
	return func(k int) int {
		if c.lx.Starts(&toks[k])&lexicon.StartsActor == 0 {
			return 0
		}
		as, n := c.lx.Actor(toks, k)
		for _, a := range as {
			if a.Kind == lexicon.Adjective && a.Country != "" {
				return n
			}
		}
		return 0
	}
}

// hedgeBefore returns the length of the hedge that ends right before token i.
func hedgeBefore(toks []text.Token, i int) int {
	best := 0
	for _, h := range hedges {
		n := len(h)
		if n <= i && n > best {
			ok := true
			for k, w := range h {
				if toks[i-n+k].Lower != w {
					ok = false
					break
				}
			}
			if ok && !(h[0] == "over" && i-n > 0 && particleVerbs[toks[i-n-1].Lemma]) {
				best = n // not "handed over six jets"
			}
		}
	}
	return best
}

// number reads a number at toks[i]: digits ("16,500", "1.5"), words ("two
// hundred", "a dozen") or a vague plural ("thousands of"); it returns the
// value and the index after it.
func number(toks []text.Token, i int) (float64, int, bool) {
	t := toks[i]
	if t.Kind == text.Number {
		digits, scale := t.Text, 1.0
		for _, suf := range []string{"bn", "mn", "tn", "m", "k", "b"} {
			// "$1.5bn", "3m barrels", "£100m"
			if strings.HasSuffix(strings.ToLower(digits), suf) && len(digits) > len(suf) {
				digits, scale = digits[:len(digits)-len(suf)], numberSuffixes[suf]
				break
			}
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(digits, ",", ""), 64)
		if err != nil {
			return 0, i, false
		}
		return v * scale, i + 1, true
	}
	if !marked(&t, cNumberStart) { // speed9: a word class (wordclass.go)
		return 0, i, false // speed7: one look-up for most words, which no test below takes
	}
	vt, isVague := vague[t.Lower] // speed7: looked up once
	if (t.Lower == "tens" || vt > 0) && isWord(toks, i+1, "of") && i+2 < len(toks) && vague[toks[i+2].Lower] > vt && isWord(toks, i+3, "of") {
		// "tens of thousands of", "hundreds of thousands of": the least the
		// two make together
		v := vt
		if t.Lower == "tens" {
			v = 10
		}
		return v * vague[toks[i+2].Lower], i + 3, true
	}
	if isVague && isWord(toks, i+1, "of") {
		return vt, i + 1, true
	}
	if t.Lower == "half" && isWord(toks, i+1, "a") && i+2 < len(toks) {
		// "half a million barrels", "half a dozen drones"
		switch w := toks[i+2].Lower; w {
		case "hundred", "thousand", "million", "billion":
			return scales[w] / 2, i + 3, true
		case "dozen":
			return 6, i + 3, true
		}
	}
	if t.Lower == "a" && isWord(toks, i+1, "dozen") {
		return 12, i + 2, true
	}
	if t.Lower == "a" && i+1 < len(toks) && (toks[i+1].Lower == "hundred" || toks[i+1].Lower == "thousand" ||
		toks[i+1].Lower == "million" || toks[i+1].Lower == "billion" || toks[i+1].Lower == "trillion") {
		return 1, i + 1, true // "more than a million barrels": the caller scales it
	}
	if v, ok := smallNumbers[t.Lower]; ok && t.Lower != "hundred" {
		j := i + 1
		if v >= 20 && v < 100 && isWord(toks, j, "-") && j+1 < len(toks) && smallNumbers[toks[j+1].Lower] > 0 && smallNumbers[toks[j+1].Lower] < 10 {
			v += smallNumbers[toks[j+1].Lower] // "twenty-eight"
			j += 2
		}
		if j < len(toks) && (toks[j].Lower == "hundred" || toks[j].Lower == "thousand") {
			v *= scales[toks[j].Lower]
			j++
		} else if isWord(toks, j, "dozen") {
			v *= 12 // "two dozen warships"
			j++
		}
		return v, j, true
	}
	return 0, i, false
}

// numberStarts are the words number reads as an amount or its start: those
// of vague and smallNumbers, "tens", "half" and "a".
var numberStarts = func() map[string]bool {
	m := map[string]bool{"tens": true, "half": true, "a": true}
	for _, ws := range []map[string]float64{vague, smallNumbers} {
		for w := range ws {
			m[w] = true
		}
	}
	return m
}()

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// notGoods reports whether a counted item names the parties or their
// meetings rather than something that moves: "two sides", "three leaders",
// "12 trips". Leaders and agreements that an action acts on (object) are
// counted: "sentenced nine separatist leaders", "signed 28 agreements".
func notGoods(item string, object bool) bool {
	f := strings.Fields(item)
	head := strings.TrimSuffix(f[len(f)-1], "s")
	codes, ev := eventNouns[head]
	if object && (groupNouns[head] || ev && codes[0] == "057") {
		return false
	}
	return groupNouns[head] || ev || head == "countrie" || head == "partie" || head == "allie" || head == "tie"
}

// rangeEnd returns the index after the upper bound of a range whose lower
// bound is the number at [i, j): "between 200 and 300", "200-300", "200 to
// 300".
func rangeEnd(toks []text.Token, i, j int) (int, bool) {
	if j+1 >= len(toks) {
		return 0, false
	}
	switch {
	case isWord(toks, i-1, "between") && toks[j].Lower == "and":
	case toks[j].Lower == "-" && toks[i].Kind == text.Number && toks[j+1].Kind == text.Number && toks[j].Start == toks[i].End:
	case toks[j].Lower == "to" && toks[i].Kind == text.Number && toks[j+1].Kind == text.Number && !isWord(toks, i-1, "from"):
		// "25,000 to 50,000 tonnes"; not a change, "from 200 to 400 troops"
	default:
		return 0, false
	}
	if _, k, ok := number(toks, j+1); ok {
		return k, true
	}
	return 0, false
}

// harmWords say what violence did to the amount after them: "killing 11
// people", "destroying 15 warships".
var harmWords = set(`killing wounding injuring destroying`)

// harmedWords after "were" or "was" say what violence did to the amount
// before them: "12 soldiers were killed when ...".
var harmedWords = set(`killed wounded injured`)

// leftWords after "left N people" or "leaving N people" say what violence
// did to them.
var leftWords = set(`dead wounded injured`)

// casualty says whether the amount at [start, end) is what violence did
// (see qty.casualty).
func casualty(toks []text.Token, start, end int) int {
	if start > 0 && harmWords[toks[start-1].Lower] || harmedAll(toks, start) {
		return 1
	}
	if start > 1 && harmedWords[toks[start-1].Lower] && (toks[start-2].Lower == "that" || toks[start-2].Lower == "which") {
		return 1 // "a raid that killed 15 soldiers", "barrages, which killed 31 people"
	}
	if start > 0 && (toks[start-1].Lower == "left" || toks[start-1].Lower == "leaving") && end < len(toks) && leftWords[toks[end].Lower] {
		return 1 // "clashes that left 29 people dead", "..., leaving 17 soldiers wounded"
	}
	if isWord(toks, end, ",") {
		// "46 people, most of them women and children, had been killed":
		// past an aside on the people counted
		for k := end + 1; k < len(toks) && k <= end+10; k++ {
			if toks[k].Lower == "," {
				end = k + 1
				break
			}
			if clauseWords[toks[k].Lower] {
				break
			}
		}
	}
	k := end + 1
	switch {
	case isWord(toks, end, "were") || isWord(toks, end, "was"):
	case isWord(toks, end, "had") && isWord(toks, end+1, "been"):
		k++ // "16 people had been killed in two days of rioting, where police fired"
	default:
		return 0
	}
	if isWord(toks, k, "reportedly") {
		k++
	}
	// "were killed by militants" has its own agent: another event's
	if k+1 < len(toks) && harmedWords[toks[k].Lower] && !isWord(toks, k+1, "by") {
		if start > 1 && toks[start-1].Lower == "which" && (toks[start-2].Lower == "in" || toks[start-2].Lower == "during") {
			return 1 // "an operation in which 210 people were killed": the operation's
		}
		return -1
	}
	return 0
}

// object reports whether the amount that starts at token start, with its
// number at i, is what a verb acts on: right after an inflected verb
// ("barred nine leaders", "signed 28 agreements") or a part of a group
// ("11 of its leaders").
func object(toks []text.Token, start, i int) bool {
	if isWord(toks, i+1, "of") && i+2 < len(toks) && determiners[toks[i+2].Lower] && toks[i+2].Lower != "the" {
		return true
	}
	if start == 0 {
		return false
	}
	t := &toks[start-1]
	if t.Kind != text.Word || t.Cap || itemStops[t.Lower] || prepositions[t.Lower] {
		return false
	}
	_, inflected := verbLemma(t)
	return inflected && !strings.HasSuffix(t.Lower, "s")
}

// flowStatus says what the amount q of an event with code is, as a flow: a
// transfer's (061 trade, 07x aid and deployments) is delivered, or a running
// total when the text says it runs to date ("since July", "so far", "in
// total", "a total of"); an intention or offer of one (031, 0311, 033x) is
// pledged; anything else is no flow.
func flowStatus(toks []text.Token, q qty, code dyad.EventCode) string {
	switch r := code.Root(); {
	case code == "061" || r == "07":
		// trade and aid move things; 062-064 (joint drills, shared
		// intelligence) move nothing
	case code == "031" || code == "0311" || code == "033" || strings.HasPrefix(string(code), "033"):
		return dyad.FlowPledged
	default:
		return ""
	}
	if isWord(toks, q.start-1, "of") && isWord(toks, q.start-2, "total") {
		return dyad.FlowTotal // "a total of 13,000 containers"
	}
	for k := q.end; k < len(toks) && k < q.end+8; k++ {
		w := toks[k].Lower
		if w == ";" || w == "," && k > q.end+2 {
			break
		}
		switch {
		case w == "since" && k+1 < len(toks) && (monthNames[toks[k+1].Lower] > 0 || isYear(toks[k+1]) || toks[k+1].Lower == "last" ||
			toks[k+1].Lower == "the" || toks[k+1].Lower == "early" || toks[k+1].Lower == "late"),
			w == "so" && isWord(toks, k+1, "far"), w == "in" && isWord(toks, k+1, "total"),
			w == "to" && isWord(toks, k+1, "date"), w == "altogether", w == "cumulatively":
			return dyad.FlowTotal
		}
	}
	return dyad.FlowDelivered
}

// moneyAid returns p's code, made economic aid (071) when aid of no named
// kind (070) gives a sum of money that stands within the action's words:
// "donated $1 million to Afghanistan", "gave Lebanon $60 million", "gave the
// Ivory Coast 5 million dollars of aid" (aidItems: money counted as aid). A sum
// that is the worth of goods ("$1 million worth of tents") has an item and
// stays as it is.
func moneyAid(s *sentence, qs []qty, p proto) dyad.EventCode {
	if p.code != "070" || len(p.words) == 0 {
		return p.code
	}
	a, b := p.words[0], p.words[len(p.words)-1]
	for _, q := range qs {
		if q.money && (q.q.Item == "" || aidItems[q.q.Item]) && q.start > a && q.start <= b+1 && !isWord(s.toks, q.end, "worth") {
			return "071"
		}
	}
	return p.code
}

// aidItems are the items of a sum of money that name no goods: "5 million
// dollars of aid" is money given.
var aidItems = set(`aid assistance help funding`)
