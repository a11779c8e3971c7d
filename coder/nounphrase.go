package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// The counted noun phrase after a number: its head, its plural, the words
// that describe or own it ("Iranian-made", "F-16"), and a noun two amounts
// share ("30 and 25 Russian diplomats").

// isCountNoun reports whether a plural noun follows at j ("2000 troops").
func isCountNoun(toks []text.Token, j int) bool {
	return j < len(toks) && toks[j].Kind == text.Word && strings.HasSuffix(toks[j].Lower, "s") && !toks[j].Cap
}

// nounPhrase reads the thing counted at toks[j]: up to three lower-case
// words (a hyphenated compound, "short-range", is one) before a
// preposition, a conjunction or punctuation. Words that say whose or which
// model the things are stand before them and are passed over: "eight
// Chinese fishermen", "41 Russian military aircraft", "six F-16 fighter
// jets", "14 Challenger 2 tanks", "Iranian-made drones". adj returns the
// length of a country's adjective at a token, 0 if there is none.
func nounPhrase(toks []text.Token, j int, adj func(k int) int) (string, int) {
	if item, k, ok := sharedNoun(toks, j, adj); ok {
		return item, k
	}
	var words []string
	k := j
	for k < len(toks) && len(words) < 3 {
		if n := modelOrOwner(toks, k, adj); n > 0 && len(words) == 0 {
			k += n
			continue
		} else if n > 0 && len(words) == 1 && describing(words[0]) {
			// a word that describes the counted things before a people or
			// a group, which describes them too: "two leading Guinean
			// pro-democracy activists" counts activists
			if rest, k2 := nounPhrase(toks, k+n, adj); rest != "" && pluralHead(&toks[k2-1]) {
				return rest, k2
			}
		}
		if len(words) == 0 && toks[k].Kind == text.Number && isWord(toks, k+1, "-") && k+2 < len(toks) && toks[k+2].Kind == text.Word {
			k += 3 // "two 250-bed field hospitals"
			for isWord(toks, k, "-") && k+1 < len(toks) && toks[k+1].Kind == text.Word {
				k += 2 // qty12: "three 20-year-old students"
			}
			continue
		}
		if len(words) == 0 && toks[k].Kind == text.Number && calibre(toks, k+1) && !isWord(toks, k-1, "of") && k+2 < len(toks) && toks[k+2].Kind == text.Word {
			k += 2 // qty8: "40 122 mm rockets" counts rockets, "rounds of 155 mm shells" rounds (calibre.go)
			continue
		}
		t := &toks[k]
		if t.Kind != text.Word || itemStops[t.Lower] || prepositions[t.Lower] || t.Cap || timeWords[t.Lower] || strings.HasSuffix(t.Lower, "ly") {
			break // "80,000 people without warrants" counts people
		}
		if _, p := pronouns[t.Lower]; p {
			break
		}
		if (t.Lower == "last" || t.Lower == "next" || t.Lower == "this") && k+1 < len(toks) &&
			(durations[toks[k+1].Lower] || isWeekday(toks[k+1].Lower) || monthNames[toks[k+1].Lower] > 0) {
			break // "oil last year"
		}
		if len(words) > 0 && (participleAfterItem(toks, k) || afterItem[t.Lower]) {
			break // "two military aircraft carrying deported migrants": what the counted things do
		}
		if len(words) > 0 && (len(t.Lower) > 4 && strings.HasSuffix(t.Lower, "ed") || irregularPast(t) || unchangedPast[t.Lower] || relativeModals[t.Lower]) &&
			!participlesBefore(toks, words, k) { // qty12: not "200 jailed suspected jihadists" (qty12.go)
			break // "fertiliser donated by", "wheat left the port", "corn set sail", "corn will"
		}
		w := t.Lower
		k++
		for isWord(toks, k, "-") && k+1 < len(toks) && toks[k+1].Kind == text.Word && !toks[k+1].Cap {
			w += "-" + toks[k+1].Lower // "short-range", "anti-ship"
			k += 2
		}
		words = append(words, w)
		if (pluralModifiers[w] || irregularPlural(t)) && isCountNoun(toks, k) && !strings.HasSuffix(toks[k].Lower, "ss") && !durations[toks[k].Lower] {
			continue // "special forces troops", "arms shipments", "women hostages": the plural names the kind of what follows (not "20 people hours before")
		}
		if pluralHead(t) {
			break // a plural noun heads the phrase: "artillery shells", "29 people dead"
		}
	}
	if len(words) == 0 {
		return "", j
	}
	return strings.Join(words, " "), k
}

// afterItem are words that end a counted phrase though no list of
// prepositions holds them: "20 people besides the driver", "70 embassy
// staff out of Khartoum", "12 soldiers apart from"; and adverbs of time
// or of repetition that follow a counted noun with no plural "-s" to end
// it ("15 fishermen earlier this week", "its 20 crew again").
var afterItem = set(`besides out apart except earlier later again too also instead ago`)

// participleAfterItem reports whether the word at token k, after a noun
// of the counted phrase, is a present participle that says what the
// counted things do ("aircraft carrying", "staff leaving"), not a noun in
// "-ing" naming their kind ("fishing boats", "landing craft"): no plural
// noun follows it.
func participleAfterItem(toks []text.Token, k int) bool {
	w := toks[k].Lower
	if len(w) < 6 || !strings.HasSuffix(w, "ing") || toks[k].Lemma == w {
		return false
	}
	return carryingWords[w] || k+1 >= len(toks) || !pluralHead(&toks[k+1]) && !isCountNoun(toks, k+1)
}

// carryingWords are participles of carrying or going that never name a
// kind of thing: "aircraft carrying deportees", "boats ferrying migrants".
var carryingWords = set(`carrying transporting ferrying bringing bearing heading leaving fleeing returning crossing`)

// irregularPlural reports whether t is a plural noun that takes no "-s":
// "people", "children", "gunmen", "women".
func irregularPlural(t *text.Token) bool {
	return t.Lower == "people" || t.Lower == "children" || strings.HasSuffix(t.Lower, "men") && t.Lemma != t.Lower
}

// sharedNoun reads a counted noun that two groups' or peoples' names
// before it share: "200 Taliban and affiliated fighters", "12 Hamas and
// Islamic Jihad militants", "300 Russian and Belarusian troops". It
// reports false when the words at j are not such names with "and" or "or"
// and a plural noun after them ("16 Americans and one Canadian", "20
// Taliban and wounded 30").
func sharedNoun(toks []text.Token, j int, adj func(k int) int) (string, int, bool) {
	m := j
	for m < len(toks) && m < j+3 && toks[m].Cap && toks[m].Kind == text.Word && monthNames[toks[m].Lower] == 0 && !isWeekday(toks[m].Lower) {
		m++
	}
	if m == j || m+1 >= len(toks) || !isWord(toks, m, "and") && !isWord(toks, m, "or") {
		return "", j, false
	}
	if n := toks[m+1]; n.Kind != text.Word || determiners[n.Lower] || n.Lower == "other" || smallNumbers[n.Lower] > 0 {
		return "", j, false // "16 Americans and other foreigners": the 16 are Americans
	}
	item, k := nounPhrase(toks, m+1, adj)
	if item == "" || k == 0 {
		return "", j, false
	}
	if pluralHead(&toks[k-1]) {
		return item, k, true
	}
	return "", j, false
}

// pluralHead reports whether t can end a counted noun phrase as its plural
// head (or a verb's "-s", which ends it too): "shells", "people".
func pluralHead(t *text.Token) bool {
	return len(t.Lower) > 3 && strings.HasSuffix(t.Lower, "s") && !strings.HasSuffix(t.Lower, "ss") || irregularPlural(t)
}

// describing reports whether w reads as a word that describes people
// rather than names a thing: a participle ("leading", "detained"), an
// adjective's ending ("prominent", "senior", "famous") or a rank ("top",
// "former"). Mass nouns ("wheat", "equipment") are not, so that "400 tonnes
// of rice Japanese officials said" keeps its rice.
func describing(w string) bool {
	if strings.HasSuffix(w, "ment") {
		return false
	}
	for _, suf := range []string{"ing", "ed", "ent", "ant", "ior", "ous", "ive"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return standingWords[w]
}

// standingWords describe people by rank or standing.
var standingWords = set(`top chief key former young elderly veteran ordinary local foreign`)

// unchangedPast are verbs whose past is their base, which the lemmatizer
// cannot tell from a noun after the counted thing: "26,000 tonnes of corn
// set sail", "two missiles hit the port".
var unchangedPast = set(`set hit put shut spread`)

// pluralModifiers are plurals that stand before another plural noun to say
// what kind it is: "special forces troops", "arms shipments".
var pluralModifiers = set(`forces arms goods operations communications rights`)

// irregularPast reports whether t is a verb's past form that takes no
// "-ed" ("left", "sent", "began"): a word the lemmatizer changes that is
// no plural noun ("shells", "men", "children", "people").
func irregularPast(t *text.Token) bool {
	w := t.Lower
	return t.Lemma != w && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "men") && !strings.HasSuffix(w, "children") &&
		w != "people" && !strings.HasSuffix(w, "ing")
}

// modelOrOwner returns the length of the words at toks[k] that name whose
// or which model the counted things are: a country's adjective, with its
// "-made", "-flagged" or "-owned" ("Iranian-made"), or a model name ("F-16",
// "Su-27", "Challenger 2"); 0 when there are none.
func modelOrOwner(toks []text.Token, k int, adj func(k int) int) int {
	if k+1 < len(toks) && nameParticles[toks[k].Lower] {
		// "40 al Shabaab militants", "al-Shabaab fighters": the article of
		// an Arabic name is part of it
		p := 1
		if isWord(toks, k+1, "-") {
			p = 2
		}
		if k+p < len(toks) && toks[k+p].Cap && toks[k+p].Kind == text.Word {
			return p + max(1, modelOrOwner(toks, k+p, adj))
		}
	}
	if k >= len(toks) || !toks[k].Cap || toks[k].Kind != text.Word {
		return 0
	}
	if n := adj(k); n > 0 {
		if isWord(toks, k+n, "-") && k+n+1 < len(toks) && ownerWords[toks[k+n+1].Lower] {
			n += 2
		}
		return n
	}
	if isWord(toks, k+1, "-") && k+2 < len(toks) && toks[k+2].Kind == text.Number {
		return 3 // "F-16"
	}
	if k+1 < len(toks) && toks[k+1].Kind == text.Number && !isYear(toks[k+1]) && monthNames[toks[k].Lower] == 0 {
		return 2 // "Challenger 2"
	}
	// a people, a make or a group, of up to three words: "40 Uighur
	// detainees", "12 Patriot launchers", "20 Boko Haram fighters"
	m := k
	for m < len(toks) && m < k+3 && toks[m].Cap && toks[m].Kind == text.Word && monthNames[toks[m].Lower] == 0 && !isWeekday(toks[m].Lower) {
		m++
	}
	if m < len(toks) && toks[m].Kind == text.Word && !toks[m].Cap && !itemStops[toks[m].Lower] && toks[m].Lower != "'s" &&
		(!strings.HasSuffix(toks[m-1].Lower, "s") || strings.ContainsAny(toks[k].Lower, "0123456789") ||
			pluralHead(&toks[m]) && !strings.HasSuffix(toks[m].Lower, "ss") && !durations[toks[m].Lower]) && // "thousands of Serbians rallied"; but "31 M1 Abrams tanks", qty12: "31 Abrams tanks", "two Hamas commanders", not "500 Afghans days after"
		!strings.HasSuffix(toks[m].Lower, "ed") &&
		!prepositions[toks[m].Lower] {
		return m - k
	}
	return 0
}

// nameParticles begin Arabic names in lower case: "al Shabaab", "el-Sisi".
var nameParticles = set(`al el`)

// ownerWords follow a country's adjective and a hyphen to say whose a
// thing is: "Iranian-made", "Russian-flagged".
var ownerWords = set(`made built flagged owned operated supplied manufactured produced designed registered`)
