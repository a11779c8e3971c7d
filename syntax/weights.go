package syntax

import (
	"bufio"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// weights is a trained linear model as parsing reads it: an open-addressing
// hash table from feature keys to the feature's non-zero weights. A weight
// is one word (its class, and its value in sixteenths). Most features have
// one or two weights, so a slot holds the key, the first two weights and
// where the rest of the row is: one look-up that finds a feature reads one
// cache line, not two. It is read-only and safe for concurrent use.
type weights struct {
	nclass int
	mask   uint32
	slots  []slot
	w      []uint32 // the weights of rows after their first two
}

// A slot is one feature; key 0 marks an empty slot.
type slot struct {
	key  uint32
	more uint32    // off<<7 | n: the row's length n, and where in w its weights after the first two start
	w    [2]uint32 // class<<16 | uint16(value in quanta), by class within a row
}

// quantum is the step weights are rounded to. Averaged perceptron weights
// here are mostly between 0.1 and 10; rounding to 1/16 left dev scores
// unchanged.
const quantum = 1.0 / 16

// maxClasses keeps a feature's count of weights within the slot's 7 bits.
const maxClasses = 127

// scoreArray holds one score per class.
type scoreArray [maxClasses + 1]int32

// maxFeats bounds the features of one decision.
const maxFeats = 128

// score sets scores to the sum of the weights of feats (at most maxFeats),
// in quanta. The tables live in memory much larger than the cache, so it
// works in passes that make independent loads, which the processor
// overlaps: every feature's home slot, then the weights found there, then
// the rest of the long rows.
func (t *weights) score(feats []uint32, scores *scoreArray) {
	clear(scores[:])
	var home [maxFeats]uint32
	feats = feats[:min(len(feats), maxFeats)]
	for i, f := range feats {
		home[i] = t.slots[f&t.mask].key
	}
	var rows [maxFeats]uint32
	n := 0
	for i, f := range feats {
		k, j := home[i], f&t.mask
		for k != 0 && k != f {
			j = (j + 1) & t.mask
			k = t.slots[j].key
		}
		if k == 0 {
			continue
		}
		s := &t.slots[j]
		scores[s.w[0]>>16&maxClasses] += int32(int16(s.w[0]))
		if c := s.more & 127; c > 1 {
			scores[s.w[1]>>16&maxClasses] += int32(int16(s.w[1]))
			if c > 2 {
				rows[n] = s.more
				n++
			}
		}
	}
	for _, r := range rows[:n] {
		for _, e := range t.w[r>>7 : r>>7+r&127-2] {
			scores[e>>16&maxClasses] += int32(int16(e))
		}
	}
}

// size returns the number of features and of weights.
func (t *weights) size() (features, values int) {
	for _, s := range t.slots {
		if s.key != 0 {
			features++
			values += int(s.more & 127)
		}
	}
	return features, values
}

// tableBuilder collects features in ascending order of key and builds a
// table, leaving out weights that round to zero.
type tableBuilder struct {
	nclass int
	keys   []uint32
	offs   []uint32
	w      []uint32
}

func (b *tableBuilder) add(key uint32, cls []uint8, ws []float64) {
	start := len(b.w)
	for i, c := range cls {
		q := math.Round(ws[i] / quantum)
		if q == 0 {
			continue
		}
		b.w = append(b.w, uint32(c)<<16|uint32(uint16(int16(max(min(q, math.MaxInt16), math.MinInt16)))))
	}
	if len(b.w) > start {
		slices.Sort(b.w[start:]) // by class, so a model encodes one way
		b.keys = append(b.keys, key)
		b.offs = append(b.offs, uint32(start))
	}
}

func (b *tableBuilder) build() *weights {
	size := 16
	for size < len(b.keys)+len(b.keys)/2 {
		size *= 2
	}
	t := &weights{nclass: b.nclass, mask: uint32(size - 1), slots: make([]slot, size)}
	for i, k := range b.keys {
		end := uint32(len(b.w))
		if i+1 < len(b.offs) {
			end = b.offs[i+1]
		}
		row := b.w[b.offs[i]:end]
		j := k & t.mask
		for t.slots[j].key != 0 {
			j = (j + 1) & t.mask
		}
		s := &t.slots[j]
		s.key = k
		s.more = uint32(len(t.w))<<7 | uint32(len(row))
		copy(s.w[:], row)
		if len(row) > 2 {
			t.w = append(t.w, row[2:]...)
		}
	}
	return t
}

// row returns the weights of the feature in slot s.
func (t *weights) row(s *slot) []uint32 {
	n := int(s.more & 127)
	row := append([]uint32(nil), s.w[:min(n, 2)]...)
	if n > 2 {
		off := s.more >> 7
		row = append(row, t.w[off:off+uint32(n)-2]...)
	}
	return row
}

// A table is stored as columns, which compress well: the number of classes
// and of features; the keys in ascending order as uvarint deltas; each
// feature's number of weights (a byte); their classes (bytes); their values
// in quanta (zigzag varints).

// encode writes t to w.
func (t *weights) encode(w *bufio.Writer) error {
	var slots []*slot
	for i := range t.slots {
		if t.slots[i].key != 0 {
			slots = append(slots, &t.slots[i])
		}
	}
	slices.SortFunc(slots, func(a, b *slot) int { return cmp.Compare(a.key, b.key) })
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { w.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	uv(uint64(t.nclass))
	uv(uint64(len(slots)))
	prev := uint64(0)
	for _, s := range slots {
		uv(uint64(s.key) - prev)
		prev = uint64(s.key)
	}
	rows := make([][]uint32, len(slots))
	for i, s := range slots {
		rows[i] = t.row(s)
		w.WriteByte(byte(len(rows[i])))
	}
	for _, row := range rows {
		for _, e := range row {
			w.WriteByte(byte(e >> 16))
		}
	}
	for _, row := range rows {
		for _, e := range row {
			w.Write(buf[:binary.PutVarint(buf[:], int64(int16(e)))])
		}
	}
	return nil
}

// decodeWeights reads a table that encode wrote.
func decodeWeights(r *bufio.Reader) (*weights, error) {
	nclass, err := binary.ReadUvarint(r)
	if err != nil {
		return nil, err
	}
	nfeat, err := binary.ReadUvarint(r)
	if err != nil {
		return nil, err
	}
	if nclass == 0 || nclass > maxClasses || nfeat > 1<<26 {
		return nil, fmt.Errorf("bad table header (%d classes, %d features)", nclass, nfeat)
	}
	b := tableBuilder{nclass: int(nclass), keys: make([]uint32, nfeat), offs: make([]uint32, nfeat)}
	k := uint64(0)
	for i := range b.keys {
		d, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, err
		}
		k += d
		if d == 0 || k > math.MaxUint32 {
			return nil, errors.New("bad feature key")
		}
		b.keys[i] = uint32(k)
	}
	total := 0
	for i := range b.offs {
		n, err := r.ReadByte()
		if err != nil {
			return nil, err
		}
		if n == 0 || n > maxClasses {
			return nil, fmt.Errorf("a feature with %d weights", n)
		}
		b.offs[i] = uint32(total)
		total += int(n)
	}
	if total > 1<<25 {
		return nil, fmt.Errorf("%d weights", total)
	}
	cls := make([]byte, total)
	if _, err := io.ReadFull(r, cls); err != nil {
		return nil, err
	}
	b.w = make([]uint32, total)
	for i, c := range cls {
		if uint64(c) >= nclass {
			return nil, fmt.Errorf("class %d of %d", c, nclass)
		}
		v, err := binary.ReadVarint(r)
		if err != nil {
			return nil, err
		}
		if v == 0 || v < math.MinInt16 || v > math.MaxInt16 {
			return nil, fmt.Errorf("weight %d", v)
		}
		b.w[i] = uint32(c)<<16 | uint32(uint16(int16(v)))
	}
	return b.build(), nil
}
