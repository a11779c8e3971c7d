package main

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// cleanPhrase turns a Phoenix phrase into words: underscores to spaces, no
// edge punctuation, ", JR." to " JR.".
func cleanPhrase(raw string) string {
	s := strings.ReplaceAll(raw, "_", " ")
	s = strings.ReplaceAll(s, "\t", " ")
	s = strings.Join(strings.Fields(s), " ")
	s = strings.ReplaceAll(s, ", JR.", " JR.")
	s = strings.ReplaceAll(s, ", JR", " JR.")
	return strings.Trim(s, " ,-+")
}

// nameToken is the shape of a word of a person's name: letters with inner
// hyphens or apostrophes, an initial ("W."), initials ("R.K."), "JR.".
var nameToken = regexp.MustCompile(`^(\pL[\pL\pM]*(['’-]\pL[\pL\pM]*)*|'\pL[\pL\pM]*|(\pL\.)+|JR\.|SR\.|ST\.)$`)

// personNames returns the names a Phoenix phrase gives a person, in dyad's
// case: the phrase with its leading titles taken off ("PRESIDENT_VLADIMIR_
// PUTIN" is "Vladimir Putin", "RUSSIAN_PRESIDENT_PUTIN" is "Putin"), or
// with a title that is part of how the person is named when only one word
// follows it ("KING_ABDULLAH" stays "King Abdullah").
func (c *converter) personNames(raw string, cs casing) []string {
	s := cleanPhrase(raw)
	if strings.Contains(" "+s+" ", " THEN ") {
		c.drop(s, "two people")
		return nil
	}
	if i := strings.IndexByte(s, '('); i >= 0 {
		// "STANKO_TODOROV_(ACTING", "TSAKHIAGIYN_ELBEGDORJ_(1ST_TIME)": a
		// note, not the name
		base, _ := parentheses(s)
		s = strings.TrimSpace(base)
		if j := strings.IndexByte(s, '('); j >= 0 {
			s = strings.TrimSpace(s[:j])
		}
	}
	if before, after, ok := strings.Cut(s, ", "); ok {
		// "JOHN ROLAND ROBINSON, BARON MARTONMERE", "PRESIDENT OF THE RUSSIAN
		// FEDERATED REPUBLIC, BORIS N. YELTSIN": the name is on one side
		if a := strings.Fields(after); len(a) > 0 && (honorifics[strings.ToLower(a[0])] || peerage[strings.ToLower(a[0])]) {
			s = before
		} else if rest, _ := c.stripTitles(strings.Fields(before)); len(rest) == 0 || c.allTitle(before) {
			s = after
		}
	}
	if strings.Count(s, `"`) == 2 {
		// TZIPORA "TZIPI" LIVNI: the name, and the nickname with the words
		// after it
		i := strings.IndexByte(s, '"')
		j := i + 1 + strings.IndexByte(s[i+1:], '"')
		nick, rest := strings.TrimSpace(s[i+1:j]), strings.TrimSpace(s[j+1:])
		out := c.personNames(strings.TrimSpace(s[:i])+" "+rest, cs)
		if rest != "" && !strings.Contains(nick, " ") {
			out = append(out, c.personNames(nick+" "+rest, cs)...)
		}
		return out
	}
	s = strings.ReplaceAll(s, "`", "'")
	if s == "" || strings.ContainsAny(s, ",()/:;\"0123456789") {
		c.drop(s, "punctuation, digits or two people")
		return nil
	}
	words, kept := c.stripTitles(strings.Fields(s))
	if len(words) == 0 || len(kept) == 0 && (c.isAgent(strings.Join(words, " ")) || len(words) == 1 && honorifics[strings.ToLower(words[0])]) {
		c.drop(s, "titles only")
		return nil
	}
	for _, w := range words {
		if !nameToken.MatchString(w) {
			c.drop(s, "a word that is not a name's: "+w)
			return nil
		}
		if orgName[strings.ToLower(w)] {
			c.drop(s, "an organisation word: "+w)
			return nil
		}
	}
	if len(words) > 10 {
		c.drop(s, "too long for a name")
		return nil
	}
	if kept == nil {
		return []string{cs.name(words)}
	}
	if len(words) == 1 {
		return []string{cs.name(append(kept, words...))} // "King Abdullah"
	}
	// "Crown Prince Mohammed bin Salman", "Sultan Ali Keshtmand" (a title or a
	// given name): both ways
	return []string{cs.name(append(kept, words...)), cs.name(words)}
}

// allTitle reports whether a phrase is titles only ("PRESIDENT OF THE
// RUSSIAN FEDERATED REPUBLIC").
func (c *converter) allTitle(s string) bool {
	ws := strings.Fields(s)
	rest, _ := c.stripTitles(append(ws, "X"))
	return len(rest) == 1
}

// peerage are the titles after a comma that follow a British name: "John
// Roland Robinson, Baron Martonmere".
var peerage = set(`baron viscount earl lord duke marquess jr jr. sr.`)

// honorifics are words before a name that are no part of it and not agent
// words of the lexicon (which are titles too): "Mr", "former", "acting".
var honorifics = set(`mr mr. mrs mrs. ms ms. dr dr. former ex ex- acting interim late then current new
	senator sen. gov. gen. lt. col. maj. brig. adm. capt. sgt. cpl. admiral marshal colonel lieutenant captain
	sergeant major brigadier field deputy vice chief party assembly opposition reformer communist soviet
	secretary sec. undersecretary under kanzler bundeskanzler chairman chairwoman president-elect premier-elect
	prime-minister-designate designate elect governor govenor his her excellency majesty highness royal
	hojjat hojatoleslam hojjatoleslam ol eslam al-eslam hojjat-ol-eslam dato datuk tan sri dato' seri
	professor prof. prof judge justice ambassador amb. mayor pm p.m. reverend rev. rev`)

// nameTitles are titles that are part of how news names a person when one
// word follows: "King Abdullah", "Mullah Omar", "Lord Carrington".
var nameTitles = set(`king queen emir amir sheikh shaikh sheik sultan prince princess pope ayatollah mullah
	maulana mawlawi maulvi imam lord sir dame baron crown grand`)

// stripTitles takes the titles off the front of a name: agent words
// ("president", "foreign minister"), honorifics, and a country or
// organisation before them ("Russian", "UN"). It returns the rest, and the
// name titles it took off when only one word is left ("King" of "King
// Abdullah"), to be put back.
func (c *converter) stripTitles(words []string) (rest, kept []string) {
	var named []string // name titles taken off
	titled := false    // a title was just taken off: "of the Army" may follow
	for len(words) > 1 {
		toks := text.Tokenize(strings.Join(words, " "), 0)
		c.lx.Lemmatize(toks)
		lw := strings.ToLower(words[0])
		if nameTitles[lw] {
			named = append(named, words[0])
			words, titled = words[1:], true
			continue
		}
		if _, n := c.lx.Agent(toks, 0); n > 0 {
			if k := wordsIn(toks[:n]); k < len(words) {
				words, titled = words[k:], true
				continue
			}
		}
		if honorifics[lw] {
			words, titled = words[1:], true
			continue
		}
		if titled && lw == "of" && len(words) > 3 {
			// "SECRETARY OF THE ARMY CYRUS VANCE", "PRESIDENT OF THE RUSSIAN
			// FEDERATED REPUBLIC": the rest of the office
			k := 1
			if strings.EqualFold(words[k], "the") {
				k++
			}
			words = words[k+1:]
			continue
		}
		// a country, an organisation or a capital before a title:
		// "RUSSIAN PRESIDENT", "UN SECRETARY-GENERAL", "MOSCOW PARTY CHIEF"
		if as, n := c.lx.Actor(toks, 0); n > 0 && n < len(toks) && c.stateLike(as) {
			if k := wordsIn(toks[:n]); k < len(words) {
				next := strings.ToLower(words[k])
				nt := text.Tokenize(strings.Join(words[k:], " "), 0)
				c.lx.Lemmatize(nt)
				if _, m := c.lx.Agent(nt, 0); m > 0 || honorifics[next] || nameTitles[next] || titled {
					words = words[k:]
					continue
				}
			}
		}
		break
	}
	if len(named) == 0 {
		return words, nil
	}
	if len(words) == 1 && strings.EqualFold(named[len(named)-1], "prince") && len(named) > 1 {
		return words, named[len(named)-2:] // "Crown Prince Mohammed"
	}
	return words, named
}

func contains(ws []string, w string) bool {
	for _, x := range ws {
		if strings.EqualFold(x, w) {
			return true
		}
	}
	return false
}

// wordsIn returns how many space-separated words the tokens span (a hyphen
// is a token, not a word: "SECRETARY-GENERAL" is one word of three tokens).
func wordsIn(toks []text.Token) int {
	n := 1
	for i := 1; i < len(toks); i++ {
		if toks[i].Start > toks[i-1].End {
			n++
		}
	}
	return n
}

// stateLike reports whether actors are a country's or organisation's
// phrases (not a person's, not a group's): what may stand before a title.
func (c *converter) stateLike(as []*lexicon.Actor) bool {
	for _, a := range as {
		if generated[a.Entry.File] {
			continue
		}
		switch a.Kind {
		case lexicon.Name, lexicon.Adjective, lexicon.Capital, lexicon.Demonym:
			return true
		}
	}
	return false
}

// casing capitalises the words of a name.
type casing struct {
	syllabic bool // Korean and Chinese given names: "Ki-moon", "Jong-un", "Ying-jeou"
}

func casingFor(heads map[string]bool) casing {
	return casing{syllabic: heads["KOR"] || heads["PRK"] || heads["CHN"] || heads["TWN"] || heads["HKG"]}
}

// nameParticles are lower case inside a name: a lower-case dictionary word
// matches text in any case, so "bin" matches "Bin" too.
var nameParticles = set(`al el ad ag an ar as ash at az ud ul ur un bin ibn bint de del della dei di da do dos das du
	des van von der den ter ten y e zu af of the wa wal ould`)

// name capitalises a name's words: "VLADIMIR V. PUTIN" is "Vladimir V.
// Putin", "BASHAR AL-ASSAD" "Bashar al-Assad", "JOHN J. MCCLOY" "John J.
// McCloy", "ABDULLAH II" stays "Abdullah II", "BAN KI-MOON" is "Ban
// Ki-moon".
func (cs casing) name(words []string) string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = cs.word(w, i == 0)
	}
	return strings.Join(out, " ")
}

func (cs casing) word(w string, first bool) string {
	switch {
	case roman.MatchString(w) || w == "I" && !first:
		return w // "Abdullah II"
	case strings.Contains(w, ".") && len(strings.Trim(w, ".")) <= 1 || initials.MatchString(w):
		return w // "W.", "R.K."
	case w == "JR." || w == "SR." || w == "ST.":
		return w[:1] + strings.ToLower(w[1:])
	}
	segs := strings.Split(w, "-")
	for j, seg := range segs {
		lw := strings.ToLower(seg)
		switch {
		case seg == "":
		case nameParticles[lw] && (j < len(segs)-1 || !first):
			segs[j] = lw // "al-Assad", "Lula da Silva"
		case j > 0 && cs.syllabic && len([]rune(seg)) <= 5:
			segs[j] = lw // "Ki-moon"
		default:
			segs[j] = capitalise(lw)
		}
	}
	return strings.Join(segs, "-")
}

var initials = regexp.MustCompile(`^(\pL\.)+$`)

// capitalise upper-cases the first letter of a lower-case word, and the
// letter after "Mc" and after a one-letter prefix with an apostrophe
// ("O'Neil", "D'Alema").
func capitalise(lw string) string {
	r := []rune(lw)
	if len(r) == 0 {
		return lw
	}
	start := 0
	if r[0] == '\'' || r[0] == '’' {
		start = 1
	}
	if start < len(r) {
		r[start] = unicode.ToUpper(r[start])
	}
	if len(r) > 3 && string(r[:2]) == "Mc" {
		r[2] = unicode.ToUpper(r[2])
	}
	if len(r) > 2 && (r[1] == '\'' || r[1] == '’') {
		r[2] = unicode.ToUpper(r[2])
	}
	return string(r)
}

// titleCase capitalises every word: for looking a word up as a country.
func titleCase(s string) string { return casing{}.name(strings.Fields(s)) }
