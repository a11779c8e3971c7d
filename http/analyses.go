package http

import (
	"crypto/sha256"
	"encoding/binary"
	"math"
	"sync"

	"github.com/dyadhq/dyad/measure"
)

// analyses remembers the balance analyses of the last networks asked for,
// keyed by their ties: the same week asked again (as the network page does
// when a reader comes back to it) is not searched again, and a network
// whose ties changed is a new key, so an answer is never stale. Analyze is
// deterministic, which makes the memo exact.
type analyses struct {
	mu    sync.Mutex
	byKey map[[32]byte]measure.Report
	order [][32]byte // oldest first
}

// maxAnalyses is how many analyses are remembered.
const maxAnalyses = 64

// analyze returns measure.Analyze of the network of ties, from memory when
// the same ties were analysed lately.
func (a *analyses) analyze(ties []measure.Tie) measure.Report {
	key := tiesKey(ties)
	a.mu.Lock()
	rep, ok := a.byKey[key]
	a.mu.Unlock()
	if ok {
		return rep
	}
	rep = measure.Analyze(measure.NewNetwork(ties))
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.byKey == nil {
		a.byKey = map[[32]byte]measure.Report{}
	}
	if _, ok := a.byKey[key]; !ok {
		if len(a.order) >= maxAnalyses {
			delete(a.byKey, a.order[0])
			a.order = a.order[1:]
		}
		a.byKey[key] = rep
		a.order = append(a.order, key)
	}
	return rep
}

// tiesKey is a digest of ties, in their order.
func tiesKey(ties []measure.Tie) [32]byte {
	h := sha256.New()
	var n [8]byte
	for _, t := range ties {
		h.Write([]byte(t.From))
		h.Write([]byte{0})
		h.Write([]byte(t.To))
		h.Write([]byte{0})
		binary.LittleEndian.PutUint64(n[:], uint64(int64(t.Sign)))
		h.Write(n[:])
		binary.LittleEndian.PutUint64(n[:], math.Float64bits(t.Weight))
		h.Write(n[:])
	}
	var k [32]byte
	h.Sum(k[:0])
	return k
}
