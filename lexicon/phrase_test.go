package lexicon

import (
	"reflect"
	"testing"

	"github.com/dyadhq/dyad/text"
)

// plainPhrase, the fast path of newPhrase, gives what tokenizing gives.
func TestPlainPhrase(t *testing.T) {
	for _, s := range []string{"Vladimir Putin", "NATO", "US", "al Jawlani", "Abdullah II", "U", "European Union",
		"ibn Saud", "X Y", "lower case words", "McCain", "WHO Director"} {
		got, ok := plainPhrase(s)
		if !ok {
			t.Errorf("plainPhrase(%q): not plain", s)
			continue
		}
		toks := text.Tokenize(s, 0)
		want := phrase{words: make([]string, len(toks)), caps: make([]caseRule, len(toks))}
		for i, tk := range toks {
			want.words[i] = tk.Lower
			switch {
			case tk.Upper:
				want.caps[i] = allCaps
			case tk.Cap:
				want.caps[i] = capital
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("plainPhrase(%q) = %+v, want %+v", s, got, want)
		}
	}
	for _, s := range []string{"", " Putin", "Putin ", "Vladimir  Putin", "al-Assad", "O'Neil", "U.S.", "Wörner", "Abdullah 2"} {
		if _, ok := plainPhrase(s); ok {
			t.Errorf("plainPhrase(%q): plain, want the tokenizer", s)
		}
	}
}
