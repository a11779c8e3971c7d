package text

import (
	_ "embed"
	"strings"
)

//go:embed irregular.txt
var irregularFile string

// irregular maps an inflected form to its lemma; irregularVerb holds the
// forms of verbs among them (the lines before the file's plurals).
var (
	irregular     = map[string]string{}
	irregularVerb = map[string]bool{}
)

func init() {
	verbs := true
	for _, line := range strings.Split(irregularFile, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "# irregular plurals") {
			verbs = false
		}
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		for _, form := range f[min(1, len(f)):] {
			if _, ok := irregular[form]; !ok {
				irregular[form] = f[0]
				irregularVerb[form] = verbs
			}
		}
	}
}

// VerbForm reports whether the lower-case word w, whose lemma is lemma, is
// a verb's inflection of it that no noun has: a past or a past participle
// ("granted", "funded", "struck", "given"). A word that is its own lemma, a
// plural ("grants", "men") and a form in -ing, which is as often a noun
// ("the bombing", "funding", "a monitoring mission"), are none. A class of
// nouns matches no such form: "granted" is no grant.
func VerbForm(w, lemma string) bool {
	if w == lemma || strings.HasSuffix(w, "ing") {
		return false
	}
	if v, ok := irregularVerb[w]; ok {
		return v
	}
	return strings.HasSuffix(w, "ed")
}

// Lemmatizer undoes English inflection for the words a dictionary knows: a
// form's lemma is the first candidate (the irregular table, the form itself,
// then the form with -s, -es, -ies, -ed, -ied, -ing and doubled consonants
// undone) that is in Known. Words no dictionary knows keep their form, which is
// all a dictionary-driven coder needs.
//
// A form ending in -ed or -ing is the verb's even when the dictionary also
// knows the form itself: a pattern that spells "denied" must not stop "deny
// ... charge" from matching "denied the charges". Keep lists the forms that
// stay as they are (the words of phrases matched on lemmas, "armed group";
// adjectives, "willing to").
//
// Forms maps a form a dictionary wrote next to its own lemma ("refusing" in
// "refuse|refused|refusing") to that lemma, which the form then has whatever
// else the dictionary knows: the rules above would keep a known "used",
// "denies" or a frame's "refusing" as its own lemma, and hide from it every
// pattern written with "use", "deny" or "refuse". A form in Keep stays kept.
type Lemmatizer struct {
	Known map[string]bool
	Keep  map[string]bool
	Forms map[string]string
}

// Lemma returns the lemma of the lower-case word w.
func (l *Lemmatizer) Lemma(w string) string {
	if lem, ok := irregular[w]; ok {
		return lem
	}
	if lem, ok := l.Forms[w]; ok && !l.Keep[w] {
		return lem
	}
	n := len(w)
	if l.Known[w] {
		if n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i' && l.Known[w[:n-1]] && !l.Keep[w] {
			// a plural is its singular's even when a pattern spells it:
			// "talks" is "talk", "worshippers" the role "worshipper"
			return w[:n-1]
		}
		if n > 4 && strings.HasSuffix(w, "ed") && !l.Keep[w] {
			if strings.HasSuffix(w, "ied") && len(w) > 4 && l.Known[w[:n-3]+"y"] {
				return w[:n-3] + "y"
			}
			if lem, ok := l.verbStem(w[:n-2]); ok {
				return lem
			}
		}
		if n > 5 && strings.HasSuffix(w, "ing") && !l.Keep[w] {
			if lem, ok := l.verbStem(w[:n-3]); ok {
				return lem
			}
		}
		return w
	}
	try := func(stem string) bool { return len(stem) > 1 && l.Known[stem] }
	switch {
	case strings.HasSuffix(w, "ies") && try(w[:n-3]+"y"):
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "ied") && try(w[:n-3]+"y"):
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "es") && sibilant(w[:n-2]) && try(w[:n-2]) && !try(w[:n-1]):
		// "taxes", "churches", "vetoes"; but "refugees" is "refugee", and
		// "uses" is "use" though "us" is a word
		return w[:n-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && try(w[:n-1]):
		return w[:n-1]
	case strings.HasSuffix(w, "ed"):
		if lem, ok := l.verbStem(w[:n-2]); ok {
			return lem
		}
	case strings.HasSuffix(w, "ing"):
		if lem, ok := l.verbStem(w[:n-3]); ok {
			return lem
		}
	}
	return w
}

// verbStem finds the lemma of a stem left by -ed or -ing: the stem itself
// ("visit"), with its e back ("us" → "use", first for one syllable), without a doubled consonant
// ("stopp" → "stop"), or "ie" for "y" ("dy" → "die").
func (l *Lemmatizer) verbStem(stem string) (string, bool) {
	try := func(s string) bool { return len(s) > 1 && l.Known[s] }
	switch {
	case syllables(stem) == 1 && try(stem+"e"):
		// a one-syllable stem that did not double its consonant lost an e:
		// "used" is "use" though "us" is a word, "noted" "note"; but
		// "severed" is "sever", not "severe"
		return stem + "e", true
	case try(stem):
		return stem, true
	case try(stem + "e"):
		return stem + "e", true
	}
	if d := undouble(stem); d != "" && try(d) {
		return d, true
	}
	if strings.HasSuffix(stem, "y") && try(stem[:len(stem)-1]+"ie") {
		return stem[:len(stem)-1] + "ie", true
	}
	return "", false
}

// syllables counts the vowel groups of w.
func syllables(w string) int {
	n, prev := 0, false
	for i := 0; i < len(w); i++ {
		v := strings.IndexByte("aeiouy", w[i]) >= 0
		if v && !prev {
			n++
		}
		prev = v
	}
	return n
}

// sibilant reports whether a plural's stem takes -es rather than -s.
func sibilant(stem string) bool {
	for _, end := range [...]string{"s", "x", "z", "ch", "sh", "o"} {
		if strings.HasSuffix(stem, end) {
			return true
		}
	}
	return false
}

// undouble returns stem without its doubled final consonant ("stopp" →
// "stop"), or "".
func undouble(stem string) string {
	n := len(stem)
	if n >= 3 && stem[n-1] == stem[n-2] && !strings.ContainsRune("aeiousl", rune(stem[n-1])) {
		return stem[:n-1]
	}
	if n >= 3 && stem[n-1] == stem[n-2] && stem[n-1] == 'l' { // British "cancelled", "labelled"
		return stem[:n-1]
	}
	return ""
}

// Irregular reports the lemma of an irregular form, if w is one.
func Irregular(w string) (string, bool) {
	lem, ok := irregular[w]
	return lem, ok
}
