package postgres

import (
	"context"
	"testing"

	"github.com/dyadhq/dyad"
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

// BenchmarkSeries answers a monthly dyad series from the rollups of more
// than 10 million events: 50 x 50 dyads, every day of five years, two or
// three events a dyad a day, as sqlite's BenchmarkSeries (the rollups are
// written directly: loading 10 million events first would take minutes).
func BenchmarkSeries(b *testing.B) {
	ctx := context.Background()
	s := open(b, testDSN(b))
	defer s.Close()
	_, err := s.pool.Exec(ctx, `
		INSERT INTO rollup_day (day, src_key, tgt_key, code, quad, n, goldstein)
		SELECT to_char(date '2020-01-01' + d, 'YYYY-MM-DD'), 'C' || lpad(a::text, 2, '0'), 'C' || lpad(t::text, 2, '0'),
			(ARRAY['042', '111', '190'])[(d + a) % 3 + 1], (ARRAY[1, 3, 4])[(d + a) % 3 + 1],
			2 + (d + a + t) % 2, 1.5
		FROM generate_series(0, 49) a, generate_series(0, 49) t, generate_series(0, 1825) d;
		ANALYZE rollup_day`)
	if err != nil {
		b.Fatal(err)
	}
	var events int64
	s.pool.QueryRow(ctx, `SELECT sum(n) FROM rollup_day`).Scan(&events)
	if events < 10_000_000 {
		b.Fatalf("%d events in the rollups, want at least 10 million", events)
	}
	b.ResetTimer()
	for range b.N {
		got, err := s.Series(ctx, dyad.SeriesQuery{Source: "C07", Target: "C31", Period: "month"})
		if err != nil || len(got) != 60 {
			b.Fatalf("%d months, %v", len(got), err)
		}
	}
}
