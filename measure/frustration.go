package measure

import (
	"math"
	"math/bits"
	"math/rand/v2"
)

// bipartition returns a side (0 or 1) for every node that frustrates the
// fewest ties it can find, and whether that is proven the fewest. See
// Analyze for the method.
func (n *Network) bipartition() (side []int, exact bool) {
	k := len(n.names)
	side = make([]int, k)
	exact = true

	// Peel actors with at most one tie, repeatedly: each can later side with
	// its partner, so none changes the frustration of the rest.
	deg := make([]int, k)
	var peeled, queue []int
	for v := range deg {
		deg[v] = len(n.adj[v])
		if deg[v] <= 1 {
			queue = append(queue, v)
		}
	}
	out := make([]bool, k)
	for len(queue) > 0 {
		v := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		if out[v] {
			continue
		}
		out[v] = true
		peeled = append(peeled, v)
		for _, e := range n.adj[v] {
			if !out[e.to] {
				if deg[e.to]--; deg[e.to] == 1 {
					queue = append(queue, e.to)
				}
			}
		}
	}

	// Solve each connected piece of what remains.
	core := n.components(func(from int, e arc) bool { return !out[from] && !out[e.to] })
	pieces := make([][]int, len(core))
	for v, c := range core {
		if !out[v] {
			pieces[c] = append(pieces[c], v)
		}
	}
	for _, nodes := range pieces {
		if len(nodes) == 0 {
			continue
		}
		g := n.subgraph(nodes, out)
		var s []int
		if s = g.twoColour(); s == nil {
			if len(nodes) <= ExactLimit {
				s = g.exact()
			} else {
				s = g.search(rand.New(rand.NewPCG(1, uint64(len(nodes)))))
				exact = false
			}
		}
		for i, v := range nodes {
			side[v] = s[i]
		}
	}

	// Put the peeled actors back, last peeled first, each beside or against
	// the one partner it had left.
	for i := len(peeled) - 1; i >= 0; i-- {
		v := peeled[i]
		out[v] = false
		for _, e := range n.adj[v] {
			if !out[e.to] {
				side[v] = side[e.to]
				if e.sign < 0 {
					side[v] ^= 1
				}
				break
			}
		}
	}

	// Orient each connected piece so that its first actor is in bloc 0.
	whole := n.components(func(int, arc) bool { return true })
	flip := map[int]bool{}
	for v, c := range whole {
		if _, seen := flip[c]; !seen {
			flip[c] = side[v] == 1
		}
		if flip[c] {
			side[v] ^= 1
		}
	}
	return side, exact
}

// graph is a connected piece of a network, its nodes renumbered from 0.
type graph struct {
	adj [][]arc
}

// subgraph returns the piece of n on nodes, leaving out the nodes marked out.
func (n *Network) subgraph(nodes []int, out []bool) *graph {
	local := make(map[int]int, len(nodes))
	for i, v := range nodes {
		local[v] = i
	}
	g := &graph{adj: make([][]arc, len(nodes))}
	for i, v := range nodes {
		for _, e := range n.adj[v] {
			if !out[e.to] {
				g.adj[i] = append(g.adj[i], arc{local[e.to], e.sign})
			}
		}
	}
	return g
}

// twoColour returns the sides of a balanced graph, and nil for one that is
// not balanced.
func (g *graph) twoColour() []int {
	side := make([]int, len(g.adj))
	for i := range side {
		side[i] = -1
	}
	side[0] = 0
	stack := []int{0}
	for len(stack) > 0 {
		u := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, e := range g.adj[u] {
			want := side[u]
			if e.sign < 0 {
				want ^= 1
			}
			switch side[e.to] {
			case -1:
				side[e.to] = want
				stack = append(stack, e.to)
			case want:
			default:
				return nil
			}
		}
	}
	return side
}

// exact tries every bipartition of a graph of at most ExactLimit nodes with
// node 0 fixed on side 0, in Gray-code order so that each step moves one node
// and changes the frustration by its ties alone, counted with bitmasks.
func (g *graph) exact() []int {
	k := len(g.adj)
	pos, neg := make([]uint64, k), make([]uint64, k) // neighbours as bitmasks
	var frustration int
	for v, arcs := range g.adj {
		for _, e := range arcs {
			if e.sign > 0 {
				pos[v] |= 1 << e.to
			} else {
				neg[v] |= 1 << e.to
				if v < e.to {
					frustration++ // all on side 0: negative ties frustrated
				}
			}
		}
	}
	var mask, bestMask uint64 // bit v set: node v on side 1
	best := frustration
	for step := uint64(1); step < 1<<(k-1); step++ {
		v := bits.TrailingZeros64(step) + 1
		var before int // frustrated ties at v before the move
		if mask&(1<<v) == 0 {
			before = bits.OnesCount64(pos[v]&mask) + bits.OnesCount64(neg[v]&^mask)
		} else {
			before = bits.OnesCount64(pos[v]&^mask) + bits.OnesCount64(neg[v]&mask)
		}
		frustration += len(g.adj[v]) - 2*before
		mask ^= 1 << v
		if frustration < best {
			best, bestMask = frustration, mask
		}
	}
	side := make([]int, k)
	for v := range side {
		side[v] = int(bestMask >> v & 1)
	}
	return side
}

// search looks for a bipartition of a graph too large to enumerate by
// iterated local search (see Analyze) and returns the best it finds.
func (g *graph) search(rng *rand.Rand) []int {
	k := len(g.adj)
	p := &spins{g: g, s: make([]int, k), h: make([]int, k), label: make([]int, k), seen: make([]int, k)}
	best, bestS := math.MaxInt, make([]int, k)
	for range searchStarts {
		p.randomise(rng)
		p.descend()
		current := p.frustration
		for range searchRounds * k {
			p.moved = p.moved[:0]
			p.kick(rng)
			p.descend()
			if p.frustration <= current {
				current = p.frustration
				continue
			}
			moved := p.moved
			for i := len(moved) - 1; i >= 0; i-- {
				p.flip(moved[i])
			}
			p.moved = moved
		}
		if current < best {
			best = current
			copy(bestS, p.s)
		}
	}
	side := make([]int, k)
	for v := range side {
		if bestS[v] < 0 {
			side[v] = 1
		}
	}
	return side
}

// spins is the state of the search: a spin s[v] = ±1 for each node's side
// and the field h[v] = Σ sign(v,w)·s[w] it feels from its neighbours, so that
// moving v changes the frustration by s[v]·h[v].
//
// Besides single nodes the search moves domains: the groups of nodes on one
// side joined by positive ties. Moving a domain whole keeps those ties
// satisfied, where moving its nodes one by one would first frustrate them;
// a cohesive alliance changes sides only this way.
type spins struct {
	g           *graph
	s, h        []int
	frustration int
	moved       []int // nodes moved since the last accepted state, to undo
	work        []int // nodes that may be worth moving
	label       []int // each node's domain, numbered from 0
	delta       []int // the change in frustration from moving each domain
	members     []int // the domain that domainOf found
	seen        []int // the stamp of the last domainOf that reached each node
	stamp       int
}

func (p *spins) flip(v int) {
	p.frustration += p.s[v] * p.h[v]
	p.s[v] = -p.s[v]
	for _, e := range p.g.adj[v] {
		p.h[e.to] += 2 * e.sign * p.s[v]
	}
	p.moved = append(p.moved, v)
}

// randomise puts every node on a random side.
func (p *spins) randomise(rng *rand.Rand) {
	for v := range p.s {
		p.s[v] = 1 - 2*rng.IntN(2)
	}
	p.frustration = 0
	for v, arcs := range p.g.adj {
		p.h[v] = 0
		for _, e := range arcs {
			p.h[v] += e.sign * p.s[e.to]
			if v < e.to && e.sign*p.s[v]*p.s[e.to] < 0 {
				p.frustration++
			}
		}
	}
	p.work = p.work[:0]
	for v := range p.s {
		p.work = append(p.work, v)
	}
}

// kick perturbs a local minimum: it moves either the domain of a random node
// or a few random nodes, and queues them and their neighbours.
func (p *spins) kick(rng *rand.Rand) {
	k := len(p.s)
	if rng.IntN(searchDomainOdds) == 0 {
		p.domainOf(rng.IntN(k))
		for _, u := range p.members {
			p.flip(u)
		}
	} else {
		for range 2 + rng.IntN(1+k/20) {
			p.flip(rng.IntN(k))
		}
	}
	for _, v := range p.moved {
		p.queue(v)
	}
}

// queue marks v and its neighbours as worth trying.
func (p *spins) queue(v int) {
	p.work = append(p.work, v)
	for _, e := range p.g.adj[v] {
		p.work = append(p.work, e.to)
	}
}

// descend moves single nodes from the work queue, then the best domain,
// while either removes frustration.
func (p *spins) descend() {
	for {
		for len(p.work) > 0 {
			v := p.work[len(p.work)-1]
			p.work = p.work[:len(p.work)-1]
			if p.s[v]*p.h[v] < 0 {
				p.flip(v)
				p.queue(v)
			}
		}
		d := p.domains()
		if p.delta[d] >= 0 {
			return
		}
		for v, l := range p.label {
			if l == d {
				p.flip(v)
				p.queue(v)
			}
		}
	}
}

// domains labels every node with its domain and returns the domain whose move
// removes the most frustration.
func (p *spins) domains() int {
	for v := range p.label {
		p.label[v] = -1
	}
	p.delta = p.delta[:0]
	for v := range p.label {
		if p.label[v] >= 0 {
			continue
		}
		p.domainOf(v)
		for _, u := range p.members {
			p.label[u] = len(p.delta)
		}
		p.delta = append(p.delta, 0)
	}
	for v, arcs := range p.g.adj {
		for _, e := range arcs {
			if p.label[e.to] != p.label[v] {
				p.delta[p.label[v]] += e.sign * p.s[v] * p.s[e.to]
			}
		}
	}
	best := 0
	for d, delta := range p.delta {
		if delta < p.delta[best] {
			best = d
		}
	}
	return best
}

// domainOf lists the domain of v in members.
func (p *spins) domainOf(v int) {
	p.stamp++
	p.members = append(p.members[:0], v)
	p.seen[v] = p.stamp
	for i := 0; i < len(p.members); i++ {
		u := p.members[i]
		for _, e := range p.g.adj[u] {
			if e.sign > 0 && p.s[e.to] == p.s[u] && p.seen[e.to] != p.stamp {
				p.seen[e.to] = p.stamp
				p.members = append(p.members, e.to)
			}
		}
	}
}
