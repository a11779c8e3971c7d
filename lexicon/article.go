package lexicon

// gazetteer10: Arabic place names written with the article.
//
// Wire copy writes the Arabic article of a place name in lower case inside
// a sentence ("Israeli troops raided al-Bireh", "clashes in as-Suwayda")
// and with a capital in the gazetteer's own spelling ("Al-Bireh",
// "As-Suwayda"). A gazetteer name whose first word is the article, joined
// to the rest by a hyphen, matches that word in either case; the name
// after it keeps its capital, so "al-" before a lower-case word matches
// nothing new.

// articleWords are the forms of the Arabic article that begin place names
// in English transliteration, the sun-letter forms included.
var articleWords = map[string]bool{"al": true, "el": true, "ad": true, "adh": true, "an": true,
	"ar": true, "as": true, "ash": true, "at": true, "ath": true, "az": true}

// IsArticle reports whether w, in lower case, is a form of the Arabic
// article that begins place names ("al", "as", "ash", ...).
func IsArticle(w string) bool { return articleWords[w] }

// articleCase lets the first word of p match in either case when it is an
// Arabic article joined by a hyphen to a capitalised name ("Al-Bireh").
func articleCase(p phrase) phrase {
	if len(p.words) >= 3 && p.caps[0] == capital && articleWords[p.words[0]] && p.words[1] == "-" && p.caps[2] == capital {
		p.caps[0] = anyCase
	}
	return p
}
