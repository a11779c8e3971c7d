// Package demo holds dyad's demo corpus: short dated reports, written by the
// team in its own words, on facts of public record in the relations among
// Russia, North Korea, China, the United States, Japan and South Korea from
// 2022 to 2025. dyad serve codes them at start-up, so the demo always runs
// the real coder.
package demo

import (
	"bytes"
	_ "embed"
	"fmt"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/ingest"
)

//go:embed corpus.jsonl
var corpus []byte

// Documents returns the demo corpus.
func Documents() ([]dyad.Document, error) {
	var docs []dyad.Document
	var probs []error
	rd := &ingest.Reader{Name: "demo/corpus.jsonl", Format: ingest.JSONL}
	if _, err := rd.Read(bytes.NewReader(corpus), func(d dyad.Document) { docs = append(docs, d) },
		func(p *ingest.Problem) { probs = append(probs, p) }); err != nil {
		return nil, err
	}
	if len(probs) > 0 {
		return docs, fmt.Errorf("demo corpus: %v", probs[0])
	}
	return docs, nil
}
