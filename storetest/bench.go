package storetest

import (
	"context"
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/internal/synth"
)

// BenchImport imports total synthetic events in GDELT's shape
// (synth.Events) into a store from open, as dyad ingest does: calls of
// 10,000 events, or with load as dyad ingest --load does: BeginLoad, calls
// of 50,000, EndLoad. Opening and closing are off the clock; it reports
// events stored per second.
func BenchImport(b *testing.B, open func(b *testing.B) dyad.Loader, total int, load bool) {
	batch := 10_000
	if load {
		batch = 50_000
	}
	events := synth.Events(total)
	ctx := context.Background()
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		s := open(b)
		b.StartTimer()
		if load {
			if err := s.BeginLoad(ctx); err != nil {
				b.Fatal(err)
			}
		}
		for i := 0; i < total; i += batch {
			got, err := s.Add(ctx, nil, events[i:min(i+batch, total)])
			if err != nil {
				b.Fatal(err)
			}
			if want := min(i+batch, total) - i; got.Events != want {
				b.Fatalf("added %d events, want %d", got.Events, want)
			}
		}
		if load {
			if err := s.EndLoad(ctx); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(total*b.N)/b.Elapsed().Seconds(), "events/s")
}
