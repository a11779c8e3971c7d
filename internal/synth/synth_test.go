package synth

import (
	"reflect"
	"testing"

	"github.com/dyadhq/dyad"
)

// Streaming in batches gives the events Events gives, in order.
func TestStream(t *testing.T) {
	want := Events(2500)
	var got []dyad.Event
	sizes := []int{}
	if err := Stream(2500, 1000, func(evs []dyad.Event) error {
		sizes = append(sizes, len(evs))
		got = append(got, evs...)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(sizes, []int{1000, 1000, 500}) || !reflect.DeepEqual(got, want) {
		t.Errorf("streamed in batches of %v: not the events of Events", sizes)
	}
}
