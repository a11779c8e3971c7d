package lexicon

import (
	"strings"
	"testing"

	"github.com/dyadhq/dyad/text"
)

// Role words are written in the singular and found through the lemmatizer;
// a plural that a verb pattern or class spells out is known as itself and
// would stop "soldiers" from being a role. Every regular plural of a
// one-word role must still be that role.
func TestRolePlurals(t *testing.T) {
	lx, _, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range lx.agentWords() {
		if strings.ContainsAny(w[len(w)-1:], "sxyzh") || strings.HasSuffix(w, "man") {
			continue // irregular or -es plurals
		}
		toks := text.Tokenize(w+"s", 0)
		lx.Lemmatize(toks)
		if role, n := lx.Agent(toks, 0); n != 1 || role == "" {
			t.Errorf("%q is no role (lemma %q), though %q is", w+"s", toks[0].Lemma, w)
		}
	}
}
