package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/dyadhq/dyad/internal/synth"
)

// BenchmarkAdd loads synthetic events in GDELT's shape in transactions of
// 10,000 and reports events stored per second.
func BenchmarkAdd(b *testing.B) {
	evs := synth.Events(100000)
	s, err := Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		batch := evs[(i*10000)%len(evs):]
		batch = batch[:min(10000, len(batch))]
		for k := range batch {
			batch[k].ID = synth.ID(i*10000 + k) // new ids: every event is stored
		}
		if _, err := s.Add(context.Background(), nil, batch); err != nil {
			b.Fatal(err)
		}
		n += len(batch)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "events/s")
}
