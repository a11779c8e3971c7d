package postgres

import (
	"context"
	"testing"

	"github.com/dyadhq/dyad/internal/synth"
)

// BenchmarkAdd stores 100,000 synthetic events in GDELT's shape into an
// empty schema in calls of 10,000, as dyad ingest does, and reports events
// stored per second.
func BenchmarkAdd(b *testing.B) {
	const total, batch = 100_000, 10_000
	events := synth.Events(total)
	ctx := context.Background()
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		s := open(b, testDSN(b))
		b.StartTimer()
		for i := 0; i < total; i += batch {
			got, err := s.Add(ctx, nil, events[i:i+batch])
			if err != nil {
				b.Fatal(err)
			}
			if got.Events != batch {
				b.Fatalf("added %d events, want %d", got.Events, batch)
			}
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(total*b.N)/b.Elapsed().Seconds(), "events/s")
}

// BenchmarkLoad imports 1,000,000 synthetic events in GDELT's shape into an
// empty schema as dyad ingest --load does: BeginLoad, calls of 50,000
// events (each a transaction that clusters them and updates the rollups),
// then EndLoad, which builds the deferred indexes and the full-text index.
// The clock runs from BeginLoad to the end of EndLoad; it reports events
// stored per second.
func BenchmarkLoad(b *testing.B) {
	const total, batch = 1_000_000, 50_000
	events := synth.Events(total)
	ctx := context.Background()
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		s := open(b, testDSN(b))
		b.StartTimer()
		if err := s.BeginLoad(ctx); err != nil {
			b.Fatal(err)
		}
		for i := 0; i < total; i += batch {
			got, err := s.Add(ctx, nil, events[i:i+batch])
			if err != nil {
				b.Fatal(err)
			}
			if got.Events != batch {
				b.Fatalf("added %d events, want %d", got.Events, batch)
			}
		}
		if err := s.EndLoad(ctx); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(total*b.N)/b.Elapsed().Seconds(), "events/s")
}
