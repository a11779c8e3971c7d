package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind tells what a token is made of.
type Kind uint8

// Token kinds.
const (
	Word Kind = iota
	Number
	Punct
)

// Token is a word, number or punctuation mark of a sentence.
type Token struct {
	Text  string // as written
	Lower string // lower case, typographic apostrophes, quotes and dashes folded
	Lemma string // filled by the lexicon's lemmatizer; Lower until then
	Start int    // byte offset in the document
	End   int
	Kind  Kind
	Upper bool // every letter is upper case and there are at least two (US, NATO)
	Cap   bool // the first letter is upper case
	// Marks are bits a user of the tokens keeps of each word, zero until
	// it sets them (the coder: which of its word lists hold the word, so
	// that a rule's test of a list reads a bit rather than hashing the
	// word). Sixty-three lists and a bit saying the marks were set.
	Marks uint64
}

// Tokenize splits s, which starts at byte offset base of its document, into
// tokens. Words keep inner apostrophes and dots of abbreviations ("U.S.",
// "Gen."); hyphens, the possessive "'s" and "n't" are tokens of their own, so
// that dictionary phrases tokenized the same way match however text writes
// them.
func Tokenize(s string, base int) []Token {
	return AppendTokens(make([]Token, 0, len(s)/5+4), s, base)
}

// AppendTokens appends the tokens of s, as Tokenize splits it, to toks and
// returns the extended slice: a caller that tokenizes many texts and keeps
// none of their tokens may reuse one slice.
func AppendTokens(toks []Token, s string, base int) []Token {
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && w == 1:
			i++ // skip invalid bytes; callers validate UTF-8 up front
		case unicode.IsSpace(r):
			i += w
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := scanWord(s, i)
			if k := prefixedEnd(s, i, j); k > j {
				toks = appendPrefixed(toks, s, i, j, k, base)
				i = k
				continue
			}
			toks = appendWord(toks, s, i, j, base)
			i = j
		case spacedPossessive(s, i, base, toks):
			toks = append(toks, newToken(s[i:i+w+1], base+i, Word))
			i += w + 1
		default:
			toks = append(toks, newToken(s[i:i+w], base+i, Punct))
			i += w
		}
	}
	return toks
}

// spacedPossessive reports whether the apostrophe at i begins a possessive
// "'s" that text tokenized before it wrote apart from its word ("Libya 's
// government", "Sudan ’s army"): a word ends right before the space before
// it and no letter or digit follows the "s". It is the possessive of a word
// written together with it, not a quote and a letter.
func spacedPossessive(s string, i, base int, toks []Token) bool {
	r, w := utf8.DecodeRuneInString(s[i:])
	if r != '\'' && r != '’' || i == 0 || s[i-1] != ' ' || len(toks) == 0 || toks[len(toks)-1].Kind == Punct ||
		toks[len(toks)-1].End != base+i-1 || i+w >= len(s) || s[i+w] != 's' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[i+w+1:])
	return i+w+1 == len(s) || !unicode.IsLetter(next) && !unicode.IsDigit(next)
}

// scanWord returns the end of the word starting at i: letters, digits, and
// inner apostrophes, dots and commas that join letters or digits ("U.S.",
// "16,500", "1.5", "don't").
func scanWord(s string, i int) int {
	j := i
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += w
			continue
		}
		if r == '.' || r == '\'' || r == '’' || r == ',' {
			next, _ := utf8.DecodeRuneInString(s[j+w:])
			prev, _ := utf8.DecodeLastRuneInString(s[:j])
			switch r {
			case ',':
				if unicode.IsDigit(prev) && unicode.IsDigit(next) && digitsAfter(s[j+w:]) == 3 {
					j += w
					continue
				}
			case '.':
				if unicode.IsDigit(prev) && unicode.IsDigit(next) {
					j += w
					continue
				}
				if isInitialism(s[i:j]) && (unicode.IsUpper(next) && dotFollows(s[j+w:])) {
					j += w
					continue
				}
				if isInitialism(s[i:j]) && isLetterRun1(s[i:j]) {
					// "U." of "U.S.": keep the dot, the loop takes "S." next.
					if unicode.IsLetter(next) {
						j += w
						continue
					}
				}
			default:
				if unicode.IsLetter(prev) && unicode.IsLetter(next) {
					j += w
					continue
				}
			}
		}
		break
	}
	// A trailing dot belongs to abbreviations and initialisms ("Gen.", "U.S.").
	if j < len(s) && s[j] == '.' {
		word := s[i:j]
		if strings.Contains(word, ".") || IsAbbreviation(word) || isSingleLetter(word) {
			j++
		}
	}
	return j
}

func digitsAfter(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

// dotFollows reports whether s starts with one letter and a dot ("S." of U.S.).
func dotFollows(s string) bool {
	r, w := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) && w < len(s) && s[w] == '.'
}

func isInitialism(word string) bool {
	// letters separated by dots, each run one letter: "U", "U.S", "D.P.R"
	for _, part := range strings.Split(word, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
	}
	return true
}

func isLetterRun1(word string) bool { return utf8.RuneCountInString(word) == 1 }

func isSingleLetter(word string) bool {
	r, w := utf8.DecodeRuneInString(word)
	return w == len(word) && unicode.IsUpper(r)
}

// appendWord appends the word s[i:j], split into its parts: a word ending in
// "'s" or "n't" gives two tokens.
func appendWord(toks []Token, s string, i, j, base int) []Token {
	word := s[i:j]
	for _, suf := range [...]string{"'s", "’s", "n't", "n’t", "'", "’"} {
		if len(word) > len(suf) && strings.HasSuffix(word, suf) {
			k := j - len(suf)
			if suf == "'" || suf == "’" {
				// "countries'": plural possessive
				toks = append(toks, newToken(s[i:k], base+i, Word))
				return append(toks, newToken(s[k:j], base+k, Punct))
			}
			toks = append(toks, newToken(s[i:k], base+i, Word))
			return append(toks, newToken(s[k:j], base+k, Word))
		}
	}
	kind := Word
	if r, _ := utf8.DecodeRuneInString(word); unicode.IsDigit(r) {
		kind = Number
	}
	return append(toks, newToken(word, base+i, kind))
}

func newToken(word string, start int, kind Kind) Token {
	t := Token{Text: word, Start: start, End: start + len(word), Kind: kind}
	t.Lower = Fold(word)
	t.Lemma = t.Lower
	letters, uppers := 0, 0
	for k, r := range word {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				uppers++
				if letters == 1 && k == 0 {
					t.Cap = true
				}
			}
		}
	}
	t.Upper = uppers >= 2 && uppers == letters
	return t
}

// Fold returns s in lower case with typographic apostrophes, quotes and dashes
// replaced by their ASCII forms, and the accented Latin letters of names by
// their plain ones (news writes "Nicolás Maduro" and "Nicolas Maduro",
// "Añez" and "Anez", and dictionaries list one or the other). Dictionaries
// and text are both folded before they are compared.
func Fold(s string) string {
	plain, upper := true, false // speed7: all ASCII, with a capital to lower
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			plain = false
			break
		} else if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if plain && !upper {
		return s
	}
	if plain {
		// "Russia": ASCII folds to its lower case, a byte at a time
		var b strings.Builder
		b.Grow(len(s))
		for i := 0; i < len(s); i++ {
			switch c := s[i]; {
			case 'A' <= c && c <= 'Z':
				b.WriteByte(c + 'a' - 'A')
			case c == '`':
				b.WriteByte('\'') // as foldRunes reads it
			default:
				b.WriteByte(c)
			}
		}
		return b.String()
	}
	return foldRunes(s)
}

// foldRunes is Fold a rune at a time.
func foldRunes(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case '’', '‘', 'ʼ', '`':
			r = '\''
		case '“', '”', '„':
			r = '"'
		case '–', '—', '‐', '‑':
			r = '-'
		default:
			r = unicode.ToLower(r)
			if p, ok := plainLetters[r]; ok {
				r = p // "Añez" and "Anez", "Pérez" and "Perez" are one name
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// plainLetters are the lower-case accented Latin letters and their plain
// forms.
var plainLetters = func() map[rune]rune {
	m := map[rune]rune{}
	for plain, accented := range map[rune]string{
		'a': "àáâãäåāăą", 'c': "çćĉċč", 'd': "ďđ", 'e': "èéêëēĕėęě", 'g': "ĝğġģ", 'h': "ĥħ",
		'i': "ìíîïĩīĭįı", 'j': "ĵ", 'k': "ķ", 'l': "ĺļľŀł", 'n': "ñńņňŉ", 'o': "òóôõöøōŏő",
		'r': "ŕŗř", 's': "śŝşšș", 't': "ţťŧț", 'u': "ùúûüũūŭůűų", 'w': "ŵ", 'y': "ýÿŷ", 'z': "źżž",
	} {
		for _, r := range accented {
			m[r] = plain
		}
	}
	return m
}()
