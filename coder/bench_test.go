package coder

import (
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/internal/synth"
	"github.com/dyadhq/dyad/lexicon"
)

// BenchmarkCode measures coding speed on one core: synthetic wire text in
// documents of ten sentences. It reports sentences per second.
func BenchmarkCode(b *testing.B) {
	c := testCoder(b)
	sents := synth.Sentences(10000)
	docs := synth.Documents(sents, 10)
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		d := docs[i%len(docs)]
		c.Code(dyad.Document{ID: "b", Date: "2024-11-15", Text: d})
		n += 10
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkLoad measures loading every embedded dictionary.
func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, _, err := lexicon.Load(); err != nil {
			b.Fatal(err)
		}
	}
}
