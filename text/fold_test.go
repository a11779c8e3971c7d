package text

import "testing"

// TestFoldASCII checks Fold's byte-at-a-time path for ASCII words with a
// capital against the rune-at-a-time path (foldRunes), and that other
// ASCII words are left as they are.
func TestFoldASCII(t *testing.T) {
	for c := 0; c < 128; c++ {
		for _, w := range []string{string(rune(c)), "Kyiv" + string(rune(c)) + "SAID", "al-" + string(rune(c)), "X" + string(rune(c))} {
			want := foldRunes(w)
			if !hasUpper(w) {
				want = w
			}
			if got := Fold(w); got != want {
				t.Errorf("Fold(%q) = %q, want %q", w, got, want)
			}
		}
	}
}

func hasUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// BenchmarkFold folds the words of news: most are ASCII, a few capitalised.
func BenchmarkFold(b *testing.B) {
	words := []string{"Russia", "said", "on", "Tuesday", "that", "NATO", "troops", "Zelenskiy", "Añez", "’s"}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, w := range words {
			Fold(w)
		}
	}
}
