package text

import (
	"reflect"
	"testing"
)

// TestAppendTokens checks that AppendTokens, on a slice that holds earlier
// tokens, adds exactly what Tokenize returns.
func TestAppendTokens(t *testing.T) {
	buf := Tokenize("Old words stay.", 0)
	for _, s := range []string{"", "U.S. forces struck 16,500 targets.", "Kim's aides didn't go."} {
		got := AppendTokens(buf[:1], s, 7)
		want := append([]Token{buf[0]}, Tokenize(s, 7)...)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: got %v, want %v", s, got, want)
		}
	}
}
