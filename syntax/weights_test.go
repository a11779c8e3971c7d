package syntax

import (
	"bufio"
	"bytes"
	"math"
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

// A table scores what the perceptron averaged, in quanta, for rows of one
// weight, two (held in the slot) and more (the rest stored apart).
func TestWeightsScore(t *testing.T) {
	const nclass = 7
	p := newPerceptron(nclass)
	var feats []uint32
	for f := range 40 {
		feats = append(feats, key1(5, uint64(f)))
	}
	for i := range 2000 {
		f := feats[i%len(feats)]
		// feature f is updated towards and away from 1 + f%6 classes
		k := 1 + int(f%6)
		p.update([]uint32{f}, i%k, (i+1)%k+1)
		p.tick()
	}
	w := p.average()
	lengths := map[int]bool{}
	for _, f := range feats {
		var want scoreArray
		for _, e := range p.rows[f] {
			want[e.class] = int32(math.Round(p.avg(e) / quantum))
		}
		n := 0
		for _, v := range want {
			if v != 0 {
				n++
			}
		}
		lengths[min(n, 3)] = true
		var have scoreArray
		w.score([]uint32{f, key1(6, 1)}, &have) // the second is in no row
		if have != want {
			t.Errorf("feature %x: scores %v, want %v", f, have[:nclass], want[:nclass])
		}
	}
	if len(lengths) != 3 {
		t.Errorf("rows of %v weights (3 for more than two): want all of 1, 2, 3", lengths)
	}
}
