package coder

import "github.com/dyadhq/dyad/text"

// reportedAfterComma reports whether mention n, after ", and" that follows
// the first member of a would-be list ending at token a, is the subject of
// a verb of saying or claiming: "attacked a hotel in Kabul, and Islamic
// State claimed responsibility" joins two clauses, not Kabul and Islamic
// State. Only the first glue counts: "the United States, Britain, and
// France said" is a list with its serial comma.
func reportedAfterComma(toks []text.Token, a int, n mention) bool {
	return n.start == a+2 && isWord(toks, a, ",") && isWord(toks, a+1, "and") &&
		n.end < len(toks) && clauseWords[toks[n.end].Lower] && pastForm(&toks[n.end])
}
