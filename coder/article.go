package coder

import (
	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// gazetteer10: a place name that begins with the Arabic article written in
// lower case ("Israeli troops raided al-Bireh", "shelling of as-Suwayda") is
// a place as its capitalised spelling is: the gazetteer matches the article
// in either case (lexicon/article.go), and sites must look at the
// lower-case word that starts it. Only a short word joined by a hyphen to a
// capitalised one is looked at, so other lower-case words cost one length
// test.
func articleStart(toks []text.Token, i int) bool {
	if len(toks[i].Lower) > 3 || i+2 >= len(toks) || toks[i+1].Lower != "-" || !toks[i+2].Cap {
		return false
	}
	return lexicon.IsArticle(toks[i].Lower)
}
