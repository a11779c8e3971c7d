package syntax

// The parser's transition system is arc-hybrid (Kuhlmann, Gómez-Rodríguez
// and Satta 2011) with the root token at the end of the buffer (Ballesteros
// and Nivre 2013). A configuration is a stack, a buffer b0 b1 ... ROOT and
// the arcs made so far; a word gets its head when it leaves the stack:
//
//	SHIFT    push b0
//	LEFT-l   pop s0 and make it b0's dependent with label l
//	RIGHT-l  pop s0 and make it s1's dependent with label l
//
// ROOT never moves onto the stack and takes a dependent only when that word
// is the last on the stack, with the label root, so every parse is a tree
// with one root. Move numbers: 0 is SHIFT, 1+2l is LEFT-l, 2+2l RIGHT-l.

const shift = 0

func leftMove(l int) int  { return 1 + 2*l }
func rightMove(l int) int { return 2 + 2*l }

// moveLabel returns a move's kind (0 shift, 1 left, 2 right) and label.
func moveLabel(m int) (kind, label int) {
	if m == shift {
		return 0, -1
	}
	return 2 - m%2, (m - 1) / 2
}

// config is a parser configuration over n words; the root token is n.
type config struct {
	n      int
	stack  []int
	b      int
	heads  []int // of words 0..n-1; -1 until attached
	labels []int
	// For features, of tokens 0..n: the two leftmost and two rightmost
	// children (-1 for none), the number of left and right children and
	// the set of their labels (bit l for label l < 64).
	left1, left2, right1, right2 []int
	nleft, nright                []int
	lset, rset                   []uint64
}

func newConfig(n int) *config {
	c := &config{n: n, stack: make([]int, 0, n)}
	ints := make([]int, 2*n+6*(n+1))
	c.heads, ints = ints[:n:n], ints[n:]
	c.labels, ints = ints[:n:n], ints[n:]
	c.left1, ints = ints[:n+1:n+1], ints[n+1:]
	c.left2, ints = ints[:n+1:n+1], ints[n+1:]
	c.right1, ints = ints[:n+1:n+1], ints[n+1:]
	c.right2, ints = ints[:n+1:n+1], ints[n+1:]
	c.nleft, c.nright = ints[:n+1:n+1], ints[n+1:]
	sets := make([]uint64, 2*(n+1))
	c.lset, c.rset = sets[:n+1:n+1], sets[n+1:]
	for i := range c.heads {
		c.heads[i], c.labels[i] = -1, -1
	}
	for i := range c.left1 {
		c.left1[i], c.left2[i], c.right1[i], c.right2[i] = -1, -1, -1, -1
	}
	return c
}

func (c *config) terminal() bool { return c.b == c.n && len(c.stack) == 0 }

// s returns the i-th word from the top of the stack (s(0) is s0), or -1.
func (c *config) s(i int) int {
	if i < len(c.stack) {
		return c.stack[len(c.stack)-1-i]
	}
	return -1
}

// buf returns the i-th token of the buffer (buf(0) is b0; ROOT is n), or -1.
func (c *config) buf(i int) int {
	if c.b+i <= c.n {
		return c.b + i
	}
	return -1
}

func (c *config) canShift() bool { return c.b < c.n }
func (c *config) canLeft() bool  { return len(c.stack) > 0 && (c.b < c.n || len(c.stack) == 1) }
func (c *config) canRight() bool { return len(c.stack) > 1 }

// legal reports whether move m can be made; root is the number of the
// label root, which LEFT takes exactly when b0 is ROOT.
func (c *config) legal(m, root int) bool {
	kind, l := moveLabel(m)
	switch kind {
	case 0:
		return c.canShift()
	case 1:
		return c.canLeft() && (l == root) == (c.b == c.n)
	}
	return c.canRight() && l != root
}

func (c *config) apply(m int) {
	kind, l := moveLabel(m)
	switch kind {
	case 0:
		c.stack = append(c.stack, c.b)
		c.b++
	case 1:
		s0 := c.stack[len(c.stack)-1]
		c.stack = c.stack[:len(c.stack)-1]
		c.attach(c.b, s0, l)
	case 2:
		s0 := c.stack[len(c.stack)-1]
		c.stack = c.stack[:len(c.stack)-1]
		c.attach(c.stack[len(c.stack)-1], s0, l)
	}
}

func (c *config) attach(h, d, l int) {
	c.heads[d], c.labels[d] = h, l
	bit := uint64(0)
	if l < 64 {
		bit = 1 << l
	}
	if d < h {
		c.nleft[h]++
		c.lset[h] |= bit
		switch {
		case c.left1[h] < 0 || d < c.left1[h]:
			c.left2[h], c.left1[h] = c.left1[h], d
		case c.left2[h] < 0 || d < c.left2[h]:
			c.left2[h] = d
		}
		return
	}
	c.nright[h]++
	c.rset[h] |= bit
	switch {
	case d > c.right1[h]:
		c.right2[h], c.right1[h] = c.right1[h], d
	case d > c.right2[h]:
		c.right2[h] = d
	}
}

// costs returns how many gold arcs each kind of move makes unreachable
// (Goldberg and Nivre 2013), with the gold head of each word in gold (n for
// the root). The costs are exact for projective gold trees; a move that
// cannot be made costs -1.
func (c *config) costs(gold []int) (shiftCost, leftCost, rightCost int) {
	shiftCost, leftCost, rightCost = -1, -1, -1
	b0 := c.b
	s0, s1 := c.s(0), c.s(1)
	if c.canShift() {
		// b0 can no longer take a dependent from the stack, nor a head
		// from it other than s0 (which becomes s1).
		shiftCost = 0
		for _, k := range c.stack {
			if gold[k] == b0 || gold[b0] == k && k != s0 {
				shiftCost++
			}
		}
		// The root word reaches ROOT only as the last word on the stack,
		// so pushing it onto another loses its arc.
		if gold[b0] == c.n && s0 >= 0 {
			shiftCost++
		}
	}
	if s0 < 0 {
		return
	}
	// Popping s0 loses its dependents still in the buffer.
	deps := 0
	for k := b0; k < c.n; k++ {
		if gold[k] == s0 {
			deps++
		}
	}
	if c.canLeft() {
		// s0 can no longer take s1 or a later buffer token as its head
		// (ROOT is reachable only from the bottom of the stack).
		leftCost = deps
		if h := gold[s0]; h == s1 && s1 >= 0 || h > b0 && (h < c.n || s1 < 0) {
			leftCost++
		}
	}
	if c.canRight() {
		// s0 can no longer take a head from the buffer (ROOT is out of
		// its reach already: a word is below it).
		rightCost = deps
		if h := gold[s0]; h >= b0 && h < c.n {
			rightCost++
		}
	}
	return
}

// staticOracle returns the move that rebuilds the gold tree (heads gold,
// n for the root; labels goldLabels) from c, preferring LEFT, then RIGHT,
// then SHIFT: the canonical derivation of a projective tree. A word leaves
// the stack once it has all its gold dependents.
func (c *config) staticOracle(gold, goldLabels []int) int {
	s0, s1 := c.s(0), c.s(1)
	complete := func(h int) bool {
		for k, g := range gold {
			if g == h && c.heads[k] < 0 {
				return false
			}
		}
		return true
	}
	switch {
	case s0 >= 0 && gold[s0] == c.b && c.canLeft() && complete(s0):
		return leftMove(goldLabels[s0])
	case s1 >= 0 && gold[s0] == s1 && complete(s0):
		return rightMove(goldLabels[s0])
	}
	return shift
}
