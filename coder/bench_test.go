package coder

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/internal/synth"
	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/syntax"
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

// BenchmarkCodeNews measures coding speed on one core on the news
// sentences of the team's evaluation sets (eval/testdata), where some
// sentences need the parse, unlike the synthetic text of BenchmarkCode.
func BenchmarkCodeNews(b *testing.B) {
	c := testCoder(b)
	docs := newsDocs(b)
	n := 0
	for _, d := range docs {
		n += len(Sentences(d.Text))
	}
	if _, err := syntax.Default(); err != nil { // the model decoded outside the timing
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			c.Code(d)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// newsDocs are the records of the team's first three gold sets as
// documents: the news BenchmarkCodeNews codes.
func newsDocs(tb testing.TB) []dyad.Document {
	var docs []dyad.Document
	for _, f := range []string{"gold", "domestic", "attributes"} {
		data, err := os.ReadFile(filepath.Join("..", "eval", "testdata", f+".jsonl"))
		if err != nil {
			tb.Fatal(err)
		}
		for _, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
			var d dyad.Document
			if err := json.Unmarshal(line, &d); err != nil {
				tb.Fatal(err)
			}
			docs = append(docs, d)
		}
	}
	return docs
}
