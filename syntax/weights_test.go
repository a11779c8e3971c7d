package syntax

import (
	"bufio"
	"bytes"
	"testing"
)

// A table survives encoding, up to quantization.
func TestWeightsRoundTrip(t *testing.T) {
	p := newPerceptron(5)
	feats := []uint32{key1(1, 7), key1(2, 8), key2(3, 9, 10)}
	for i := range 50 {
		p.update(feats[:1+i%3], i%5, (i+2)%5)
		p.tick()
	}
	w := p.average()
	var b bytes.Buffer
	bw := bufio.NewWriter(&b)
	if err := w.encode(bw); err != nil {
		t.Fatal(err)
	}
	bw.Flush()
	got, err := decodeWeights(bufio.NewReader(&b))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range append(feats, key1(99, 1)) {
		var want, have scoreArray
		w.score([]uint32{f}, &want)
		got.score([]uint32{f}, &have)
		for c := range 5 {
			if want[c] != have[c] {
				t.Errorf("feature %x class %d: %v, decoded %v", f, c, want[c], have[c])
			}
		}
	}
}
