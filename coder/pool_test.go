package coder

import (
	"reflect"
	"sync"
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/internal/synth"
)

// TestConcurrentCode checks that sentences coded at once on several
// goroutines, which share the pool of sentence storage (sentences), get
// the events they get one at a time.
func TestConcurrentCode(t *testing.T) {
	c := testCoder(t)
	docs := synth.Documents(synth.Sentences(400), 10)
	want := make([][]dyad.Event, len(docs))
	for i, d := range docs {
		want[i] = c.Code(dyad.Document{ID: "d", Date: "2024-11-15", Text: d})
	}
	got := make([][]dyad.Event, len(docs))
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(docs); i += 4 {
				got[i] = c.Code(dyad.Document{ID: "d", Date: "2024-11-15", Text: docs[i]})
			}
		}()
	}
	wg.Wait()
	for i := range docs {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("document %d: coded at once %v, alone %v", i, got[i], want[i])
		}
	}
}
