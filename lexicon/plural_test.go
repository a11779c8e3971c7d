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

// The words of role phrases are matched as written, and a word written so
// is never lemmatized anywhere: a plural in a phrase of several words
// ("armed men") would stop that plural from being its singular in every
// other phrase and pattern. So such phrases are written in the singular
// ("armed man"); plurals that are roles on their own ("troops", "forces")
// and irregular ones ("gunmen", which the lemmatizer does not undo) are
// listed as such.
func TestPhrasesSingular(t *testing.T) {
	lx, _, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	single := map[string]bool{}
	for _, w := range lx.agentWords() {
		single[w] = true
	}
	checkPaths(t, &lx.agents.root, func(path []string, _ []trieVal[string]) {
		checkSingular(t, lx, single, "role phrase", path)
	})
}

// checkPaths calls fn with the words of every phrase of several words that
// the trie below root holds.
func checkPaths[V any](t *testing.T, root *node[V], fn func(path []string, vals []trieVal[V])) {
	var walk func(n *node[V], path []string)
	walk = func(n *node[V], path []string) {
		if len(path) >= 2 && len(n.vals) > 0 {
			fn(path, n.vals)
		}
		if n.only != nil {
			walk(n.only, append(path[:len(path):len(path)], n.key))
		}
		for w, c := range n.next {
			walk(c, append(path[:len(path):len(path)], w))
		}
	}
	walk(root, nil)
}

// checkSingular reports the plural words of a phrase whose singular is a
// known word, but for roles on their own and lexical plurals.
func checkSingular(t *testing.T, lx *Lexicon, single map[string]bool, what string, path []string) {
	t.Helper()
	{
		{
			for _, w := range path {
				one := ""
				switch {
				case strings.HasSuffix(w, "ies") && len(w) > 4:
					one = strings.TrimSuffix(w, "ies") + "y"
				case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && w != "'s":
					one = strings.TrimSuffix(w, "s")
				}
				if one != "" && lx.lemmas.Known[one] && !single[w] && !lexicalPlurals[w] {
					t.Errorf("%s %q spells the plural %q: write it in the singular (%q)", what, strings.Join(path, " "), w, one)
				}
			}
		}
	}
}

// lexicalPlurals are plurals that fixed names spell and that name no
// number of their singular: "appeals court", "arms manufacturer", "human
// rights group", "news agency", "chamber of deputies", "house of
// representatives".
var lexicalPlurals = map[string]bool{"appeals": true, "arms": true, "rights": true, "news": true, "deputies": true,
	"representatives": true}
