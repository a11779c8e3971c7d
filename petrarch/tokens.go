package petrarch

import (
	"strings"
	"unicode"
)

// token is one word of a sentence as PETRARCH's dictionaries see it: upper
// case, Treebank-style ("DID", "N'T"; "GONDOR", "'S"), with its byte span in
// the sentence.
type token struct {
	w          string
	start, end int
	cap        bool // the text began with a capital letter
}

// tokenize splits a sentence into tokens.
func tokenize(s string) []token {
	var out []token
	i := 0
	for i < len(s) {
		r := rune(s[i])
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '_' {
			i++
			continue
		}
		j := i
		for j < len(s) && !strings.ContainsRune(" \t\n\r_", rune(s[j])) {
			j++
		}
		out = appendWord(out, s, i, j)
		i = j
	}
	return out
}

// appendWord splits one blank-delimited chunk s[i:j] into tokens.
func appendWord(out []token, s string, i, j int) []token {
	// leading punctuation
	for i < j && strings.IndexByte("\"'`([{", s[i]) >= 0 {
		if s[i] != '\'' && s[i] != '`' {
			out = append(out, token{w: s[i : i+1], start: i, end: i + 1})
		}
		i++
	}
	var tail []token
	for j > i {
		c := s[j-1]
		if strings.IndexByte(",;:!?\")]}", c) >= 0 {
			tail = append([]token{{w: s[j-1 : j], start: j - 1, end: j}}, tail...)
			j--
			continue
		}
		if c == '.' {
			// keep the period of abbreviations: "U.S.", "K.U."
			if strings.Count(s[i:j], ".") > 1 || (j-i == 2 && unicode.IsUpper(rune(s[i]))) {
				break
			}
			tail = append([]token{{w: ".", start: j - 1, end: j}}, tail...)
			j--
			continue
		}
		break
	}
	if i < j {
		word := strings.ReplaceAll(s[i:j], "’", "'")
		up := strings.ToUpper(word)
		cap := unicode.IsUpper([]rune(word)[0])
		switch {
		case strings.HasSuffix(up, "N'T") && len(up) > 3:
			stem := up[:len(up)-3]
			out = append(out, token{w: stem, start: i, end: j - 3, cap: cap}, token{w: "N'T", start: j - 3, end: j})
		case strings.HasSuffix(up, "'S") && len(up) > 2:
			out = append(out, token{w: up[:len(up)-2], start: i, end: j - 2, cap: cap}, token{w: "'S", start: j - 2, end: j})
		case strings.HasSuffix(up, "S'") && len(up) > 2:
			out = append(out, token{w: up[:len(up)-1], start: i, end: j - 1, cap: cap}, token{w: "'S", start: j - 1, end: j})
		default:
			out = append(out, token{w: up, start: i, end: j, cap: cap})
		}
	}
	return append(out, tail...)
}
