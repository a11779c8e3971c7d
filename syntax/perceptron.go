package syntax

import "slices"

// perceptron is an averaged perceptron (Collins 2002) over hashed features,
// used in training. It is sparse: a feature holds weights only for the
// classes it was updated towards or away from, so a feature costs what it
// was used for, not the number of classes. Weights are integers (updates
// are ±1); the average is kept lazily, each weight remembering when it last
// changed.
type perceptron struct {
	nclass int
	rows   map[uint32][]pweight
	now    int32 // examples seen
	frozen bool  // no new weights: prune has chosen them
}

type pweight struct {
	tot   int64 // sum of w over the examples before ts
	w     int32
	ts    int32
	class uint8
}

func newPerceptron(nclass int) *perceptron {
	return &perceptron{nclass: nclass, rows: make(map[uint32][]pweight, 1<<20)}
}

// score sets scores (one per class) to the current weights of feats.
func (p *perceptron) score(feats []uint32, scores []int32) {
	clear(scores)
	for _, f := range feats {
		for _, e := range p.rows[f] {
			scores[e.class] += e.w
		}
	}
}

// tick counts one example for the averages.
func (p *perceptron) tick() { p.now++ }

// update moves the weights of feats towards truth and away from guess.
func (p *perceptron) update(feats []uint32, truth, guess int) {
	if truth == guess {
		return
	}
	for _, f := range feats {
		row, ok := p.rows[f]
		if !ok && p.frozen {
			continue
		}
		row = p.add(row, truth, 1)
		row = p.add(row, guess, -1)
		p.rows[f] = row
	}
}

func (p *perceptron) add(row []pweight, class int, d int32) []pweight {
	for i := range row {
		if e := &row[i]; int(e.class) == class {
			e.tot += int64(p.now-e.ts) * int64(e.w)
			e.ts = p.now
			e.w += d
			return row
		}
	}
	if p.frozen {
		return row
	}
	return append(row, pweight{w: d, ts: p.now, class: uint8(class)})
}

func (p *perceptron) avg(e pweight) float64 {
	return float64(e.tot+int64(p.now-e.ts)*int64(e.w)) / float64(max(p.now, 1))
}

// prune drops the weights whose average is smaller than min in magnitude,
// and the features left with none, and freezes the rest: training goes on
// with the weights kept, which learn to make up for those dropped. Small
// weights are most of a model's size and of the time it takes to score.
func (p *perceptron) prune(min float64) {
	for k, row := range p.rows {
		kept := row[:0]
		for _, e := range row {
			if a := p.avg(e); a >= min || -a >= min {
				kept = append(kept, e)
			}
		}
		if len(kept) == 0 {
			delete(p.rows, k)
		} else {
			p.rows[k] = slices.Clip(kept)
		}
	}
	p.frozen = true
}

// average returns the averaged weights as a table.
func (p *perceptron) average() *weights {
	keys := make([]uint32, 0, len(p.rows))
	for k := range p.rows {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b := tableBuilder{nclass: p.nclass}
	var cls []uint8
	var ws []float64
	for _, k := range keys {
		cls, ws = cls[:0], ws[:0]
		for _, e := range p.rows[k] {
			cls = append(cls, e.class)
			ws = append(ws, p.avg(e))
		}
		b.add(k, cls, ws)
	}
	return b.build()
}
