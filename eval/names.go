package eval

import (
	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// LexiconNames names places as lx's gazetteer does, so that a gold file's
// "Rajin" is the coder's "Najin", countries by their codes, and units by their codes ("tonnes" is
// "t"); words the lexicon lacks stay as they are.
func LexiconNames(lx *lexicon.Lexicon) Names {
	tokens := func(s string) []text.Token {
		toks := text.Tokenize(s, 0)
		lx.Lemmatize(toks)
		return toks
	}
	return Names{
		Place: func(name string) string {
			toks := tokens(name)
			if gs, n := lx.Place(toks, 0); n == len(toks) && len(gs) > 0 {
				return gs[0].Name
			}
			if code := lx.CountryCode(name); code != "" {
				return code // "Turkey" and "Türkiye" are one country
			}
			return name
		},
		Unit: func(name string) string {
			toks := tokens(name)
			if u, n := lx.Unit(toks, 0); n == len(toks) && n > 0 {
				return u.Code
			}
			return name
		},
	}
}
