package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a dot that does not end a sentence.
var abbreviations = map[string]bool{}

func init() {
	for _, a := range strings.Fields(`mr mrs ms dr prof gen lt col maj capt cpt sgt adm cmdr gov sen rep rev st
		jr sr messrs mt ft inc corp ltd co bros vs etc approx dept est fig
		jan feb mar apr jun jul aug sep sept oct nov dec
		mon tue tues wed thu thur thurs fri sat sun
		ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev
		okla ore pa tenn tex va vt wash wis wyo`) {
		abbreviations[a] = true
	}
}

// IsAbbreviation reports whether word (without its dot) is a known
// abbreviation such as "Gen" or "Jan".
func IsAbbreviation(word string) bool {
	return abbreviations[strings.ToLower(strings.TrimSuffix(word, "."))]
}

// starters are words that, capitalised after an initialism ("U.S."), begin a
// new sentence rather than continue a name ("U.S. State Department").
var starters = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the a an this that these those it its he she they we i in on at
		but however meanwhile also yet still after before when while if as there here his her their our
		some many most one two three no according earlier later last next`) {
		starters[w] = true
	}
}

// Sentences returns the byte spans of the sentences of doc. A sentence ends at
// '.', '!' or '?' (with any closing quotes and brackets) before white space and
// a capital, a digit or an opening quote, unless the dot belongs to an
// abbreviation, an initial or an initialism that continues a name; a blank line
// always ends one. Leading and trailing white space is not part of a span.
func Sentences(doc string) [][2]int {
	var out [][2]int
	start := -1
	emit := func(end int) {
		if start < 0 {
			return
		}
		e := end
		for e > start {
			r, w := utf8.DecodeLastRuneInString(doc[start:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= w
		}
		if e > start {
			out = append(out, [2]int{start, e})
		}
		start = -1
	}
	for i := 0; i < len(doc); {
		r, w := utf8.DecodeRuneInString(doc[i:])
		if start < 0 {
			if !unicode.IsSpace(r) {
				start = i
			}
			i += w
			continue
		}
		switch {
		case r == '\n' && blankLineFollows(doc, i):
			emit(i)
		case r == '.' || r == '!' || r == '?' || r == '…':
			end := i + w
			for end < len(doc) && strings.ContainsRune(`"'”’)]»`, rune(doc[end])) || strings.HasPrefix(doc[end:], "”") || strings.HasPrefix(doc[end:], "’") {
				_, cw := utf8.DecodeRuneInString(doc[end:])
				end += cw
			}
			if endsSentence(doc, start, i, end, r) {
				emit(end)
				i = end
				continue
			}
		}
		i += w
	}
	emit(len(doc))
	return out
}

func blankLineFollows(doc string, i int) bool {
	for j := i + 1; j < len(doc); j++ {
		switch doc[j] {
		case '\n':
			return true
		case ' ', '\t', '\r':
			continue
		}
		return false
	}
	return true
}

// endsSentence decides whether the terminal mark at i (its closing quotes end
// at end) ends the sentence that started at start.
func endsSentence(doc string, start, i, end int, mark rune) bool {
	// white space must follow, then something that can begin a sentence
	j := end
	for j < len(doc) {
		r, w := utf8.DecodeRuneInString(doc[j:])
		if !unicode.IsSpace(r) {
			break
		}
		j += w
	}
	if j == end && j < len(doc) {
		return false // "1.5", "U.S.-led", ".com"
	}
	if j == len(doc) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(doc[j:])
	if !(unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune(`"'“‘([`, next)) {
		return false
	}
	if mark != '.' {
		return true
	}
	// the word the dot ends
	k := i
	for k > start {
		r, w := utf8.DecodeLastRuneInString(doc[start:k])
		if unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' {
			break
		}
		k -= w
	}
	word := doc[k:i]
	nextWord := doc[j:]
	if e := strings.IndexFunc(nextWord, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }); e >= 0 {
		nextWord = nextWord[:e]
	}
	switch {
	case (word == "No" || word == "no") && unicode.IsDigit(next):
		return false // "No. 5"
	case IsAbbreviation(word):
		// "Gen. Smith", "Jan. 5": a title or month continues; other
		// abbreviations ("etc.", "Inc.") end a sentence before a starter.
		lw := strings.ToLower(word)
		if titles[lw] || months[lw] {
			return false
		}
		return starters[strings.ToLower(nextWord)]
	case isSingleLetter(word):
		return false // an initial: "George W. Bush"
	case strings.Contains(word, "."):
		// an initialism: "U.S. officials" continues, "to the U.S. The" ends
		return starters[strings.ToLower(nextWord)]
	}
	return true
}

var titles = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true,
	"lt": true, "col": true, "maj": true, "capt": true, "cpt": true, "sgt": true, "adm": true, "cmdr": true,
	"gov": true, "sen": true, "rep": true, "rev": true, "st": true, "messrs": true, "mt": true, "ft": true}

var months = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}
