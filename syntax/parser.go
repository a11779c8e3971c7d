package syntax

import "slices"

// A Parser finds the dependency tree of a tagged sentence: a greedy
// arc-hybrid transition parser whose moves an averaged perceptron scores
// from the words and tags around the stack and the buffer, the children
// found so far with their labels, distances and valencies (the feature
// set of Zhang and Nivre 2011, adapted to arc-hybrid). It parses in time
// linear in the sentence's length. A Parser is safe for concurrent use.
type Parser struct {
	w      *weights
	labels []string // label numbers to names
	root   int      // the number of the label root
}

// Labels returns the dependency labels the parser assigns.
func (p *Parser) Labels() []string { return slices.Clone(p.labels) }

// Parse returns the head of each word (-1 for the root) and its label,
// given its Universal POS tag (upos has one for every word) and its XPOS
// tag (xpos may be nil).
func (p *Parser) Parse(words, upos, xpos []string) (heads []int, labels []string) {
	c := p.parse(newSentence(words, upos, xpos))
	heads = make([]int, len(words))
	labels = make([]string, len(words))
	for i, h := range c.heads {
		if h == c.n {
			h = -1
		}
		heads[i], labels[i] = h, p.labels[c.labels[i]]
	}
	return heads, labels
}

func (p *Parser) parse(s *sentence) *config {
	c := newConfig(s.n)
	var scores scoreArray
	feats := make([]uint32, 0, 104)
	for !c.terminal() {
		feats = s.features(feats[:0], c)
		p.w.score(feats, &scores)
		c.apply(bestLegal(c, scores[:p.w.nclass], p.root))
	}
	return c
}

// bestLegal returns the highest-scoring legal move (the first of equals).
func bestLegal(c *config, scores []int32, root int) int {
	best := -1
	if c.canShift() {
		best = shift
	}
	canLeft, canRight, toRoot := c.canLeft(), c.canRight(), c.b == c.n
	for m := 1; m < len(scores); m++ {
		if m&1 == 1 { // LEFT-l, l = (m-1)/2
			if !canLeft || (m-1)>>1 == root != toRoot {
				continue
			}
		} else if !canRight || (m-2)>>1 == root {
			continue
		}
		if best < 0 || scores[m] > scores[best] {
			best = m
		}
	}
	return best
}

// sentence holds what features read of each token: the hashes of the
// lower-cased word and of its pair of tags; ROOT is token n.
type sentence struct {
	n     int
	words []uint64
	tags  []uint64
	punct []int // punct[i]: the number of punctuation tokens before i
}

var hashRoot = hashString("\x00root")

func newSentence(words, upos, xpos []string) *sentence {
	n := len(words)
	s := &sentence{n: n, words: make([]uint64, n+1), tags: make([]uint64, n+1), punct: make([]int, n+2)}
	for i, w := range words {
		x := ""
		if i < len(xpos) {
			x = xpos[i]
		}
		s.words[i] = hashString(lower(w))
		s.tags[i] = mix(hashString(upos[i]), hashString(x))
		s.punct[i+1] = s.punct[i]
		if upos[i] == "PUNCT" {
			s.punct[i+1]++
		}
	}
	s.words[n], s.tags[n] = hashRoot, hashRoot
	s.punct[n+1] = s.punct[n]
	return s
}

const labelNone = 255

// bucket maps a distance to 1, 2, 3, 4, 5 (5–6), 6 (7–9) or 7 (10 and more).
func bucket(d int) uint64 {
	switch {
	case d < 5:
		return uint64(d)
	case d < 7:
		return 5
	case d < 10:
		return 6
	}
	return 7
}

// features appends the features of configuration c. The template numbers
// are part of the model: renumbering them needs a retrained model.
func (s *sentence) features(f []uint32, c *config) []uint32 {
	w := func(i int) uint64 {
		if i < 0 {
			return hashNone
		}
		return s.words[i]
	}
	t := func(i int) uint64 {
		if i < 0 {
			return hashNone
		}
		return s.tags[i]
	}
	l := func(i int) uint64 {
		if i < 0 || i >= c.n || c.labels[i] < 0 {
			return labelNone
		}
		return uint64(c.labels[i])
	}
	child := func(i int, of []int) int {
		if i < 0 {
			return -1
		}
		return of[i]
	}
	s0, s1, s2 := c.s(0), c.s(1), c.s(2)
	b0, b1, b2 := c.buf(0), c.buf(1), c.buf(2)
	ws0, ts0, ws1, ts1, ws2, ts2 := w(s0), t(s0), w(s1), t(s1), w(s2), t(s2)
	wb0, tb0, wb1, tb1, wb2, tb2 := w(b0), t(b0), w(b1), t(b1), w(b2), t(b2)
	s0l1, s0l2, s0r1, s0r2 := child(s0, c.left1), child(s0, c.left2), child(s0, c.right1), child(s0, c.right2)
	s1l1, s1r1, s1r2 := child(s1, c.left1), child(s1, c.right1), child(s1, c.right2)
	b0l1, b0l2 := child(b0, c.left1), child(b0, c.left2)

	f = append(f,
		// single tokens
		key2(1, ws0, ts0), key1(2, ws0), key1(3, ts0),
		key2(4, ws1, ts1), key1(5, ws1), key1(6, ts1),
		key2(7, wb0, tb0), key1(8, wb0), key1(9, tb0),
		key2(10, wb1, tb1), key1(11, wb1), key1(12, tb1),
		key1(13, wb2), key1(14, tb2),
		key1(15, ws2), key1(16, ts2),
		// s0 and b0
		key4(17, ws0, ts0, wb0, tb0), key3(18, ws0, ts0, wb0), key3(19, ws0, wb0, tb0),
		key3(20, ws0, ts0, tb0), key3(21, ts0, wb0, tb0), key2(22, ws0, wb0), key2(23, ts0, tb0),
		// s1 and s0
		key4(24, ws1, ts1, ws0, ts0), key2(25, ts1, ts0), key2(26, ws1, ws0),
		key3(27, ts1, ws0, ts0), key3(28, ws1, ts1, ts0), key3(29, ws1, ts0, ws0),
		// s1 and b0, the two heads s0 can take
		key2(30, ts1, tb0), key3(31, ts1, ws0, tb0), key3(32, ws1, ts0, wb0),
		// the buffer
		key2(33, tb0, tb1), key3(34, wb0, tb0, tb1), key2(35, wb0, wb1),
		// tag triples
		key3(36, tb0, tb1, tb2), key3(37, ts0, tb0, tb1), key3(38, ts1, ts0, tb0),
		key3(39, ts2, ts1, ts0), key4(40, ts1, ts0, tb0, tb1),
		// children
		key1(41, w(s0l1)), key1(42, t(s0l1)), key1(43, l(s0l1)),
		key1(44, w(s0l2)), key1(45, t(s0l2)), key1(46, l(s0l2)),
		key1(47, w(s0r1)), key1(48, t(s0r1)), key1(49, l(s0r1)),
		key1(50, w(s0r2)), key1(51, t(s0r2)), key1(52, l(s0r2)),
		key1(53, w(s1r1)), key1(54, t(s1r1)), key1(55, l(s1r1)),
		key1(56, t(s1l1)), key1(57, l(s1l1)),
		key1(58, w(b0l1)), key1(59, t(b0l1)), key1(60, l(b0l1)),
		key1(61, t(b0l2)), key1(62, l(b0l2)),
		// tokens with children
		key3(63, ts0, t(s0l1), tb0), key3(64, ts0, t(s0r1), tb0), key3(65, ts0, tb0, t(b0l1)),
		key3(66, ts1, t(s1r1), ts0), key3(67, ts1, ts0, t(s0l1)), key3(68, ts1, ts0, t(s0r1)),
		key3(69, ts0, t(s0l1), t(s0l2)), key3(70, ts0, t(s0r1), t(s0r2)),
		key3(71, tb0, t(b0l1), t(b0l2)), key3(72, ts1, t(s1r1), t(s1r2)),
		key3(73, ws0, l(s0l1), l(s0r1)), key3(74, ts0, l(s0l1), l(s0l2)), key3(75, ts0, l(s0r1), l(s0r2)),
		key3(76, wb0, l(b0l1), l(b0l2)), key3(77, ts1, l(s1r1), l(s1r2)),
	)
	// distances, valencies, label sets, punctuation between
	if s0 >= 0 {
		d := bucket(b0 - s0)
		vl, vr := uint64(c.nleft[s0]), uint64(c.nright[s0])
		between := uint64(min(s.punct[b0]-s.punct[s0+1], 2))
		f = append(f,
			key2(78, ws0, d), key2(79, ts0, d), key2(80, wb0, d), key2(81, tb0, d),
			key3(82, ws0, wb0, d), key3(83, ts0, tb0, d),
			key2(84, ws0, vr), key2(85, ts0, vr), key2(86, ws0, vl), key2(87, ts0, vl),
			key2(88, ws0, c.rset[s0]), key2(89, ts0, c.rset[s0]), key2(90, ws0, c.lset[s0]), key2(91, ts0, c.lset[s0]),
			key3(92, ts0, tb0, between),
		)
	}
	if s1 >= 0 {
		d := bucket(s0 - s1)
		between := uint64(min(s.punct[s0]-s.punct[s1+1], 2))
		f = append(f,
			key3(93, ts1, ts0, d), key3(94, ws1, ws0, d),
			key2(95, ts1, uint64(c.nright[s1])), key2(96, ts1, c.rset[s1]),
			key3(97, ts1, ts0, between),
		)
	}
	vl := uint64(c.nleft[b0])
	return append(f, key2(98, wb0, vl), key2(99, tb0, vl), key2(100, wb0, c.lset[b0]), key2(101, tb0, c.lset[b0]))
}
