package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hyphenated prefixes. News writes "re-open", "re-imposed", "co-operation"
// and "co-ordinate" as often as "reopen", "reimposed", "cooperation" and
// "coordinate"; split at the hyphen, "agreed to re-open its borders" reads as
// "agreed to re", a dash and "open", and no pattern for reopening or for
// cooperating sees its word. The prefix and its word are one token, whose
// Lower drops the hyphen, so both spellings are one word to the dictionaries
// (which are tokenized the same way) and to the parser.

// hyphenPrefixes are the prefixes joined to the word after their hyphen.
var hyphenPrefixes = map[string]bool{"re": true, "co": true}

// keptApart are the words after "re-" whose joined form is another word:
// "re-sign" a contract is no resignation, "re-form" a group no reform, "re-cover"
// no recovery. The hyphen is written to keep them apart, and they stay apart.
var keptApart = []string{"sign", "form", "cover", "press", "lease", "serve", "sent", "treat", "act", "present",
	"collect", "creat", "mark", "solve", "sort", "count", "call"}

// prefixedEnd returns the end of the word after a hyphen that the prefix
// s[i:j] joins ("re" of "re-open"), or j when it joins none: the prefix must
// be a whole word, the hyphen must touch both, and the word after it must
// start with a lower-case letter ("co-Chair" of a name is left as written).
func prefixedEnd(s string, i, j int) int {
	if j-i != 2 || j+1 >= len(s) || s[j] != '-' || !hyphenPrefixes[strings.ToLower(s[i:j])] {
		return j
	}
	r, _ := utf8.DecodeRuneInString(s[j+1:])
	if !unicode.IsLower(r) {
		return j
	}
	k := scanWord(s, j+1)
	rest := strings.ToLower(s[j+1 : k])
	if strings.EqualFold(s[i:j], "re") {
		for _, w := range keptApart {
			if strings.HasPrefix(rest, w) {
				return j
			}
		}
	}
	return k
}

// appendPrefixed appends the prefixed word s[i:k], whose hyphen is at j, as
// appendWord would ("re-opened's" keeps its "'s"), with the hyphen dropped
// from the lower-case form of its first token.
func appendPrefixed(toks []Token, s string, i, j, k, base int) []Token {
	n := len(toks)
	toks = appendWord(toks, s, i, k, base)
	t := &toks[n]
	if strings.HasPrefix(t.Lower, strings.ToLower(s[i:j])+"-") {
		t.Lower = t.Lower[:j-i] + t.Lower[j-i+1:]
		t.Lemma = t.Lower
	}
	return toks
}
