package postgres

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/internal/sqlq"
	"github.com/dyadhq/dyad/internal/synth"
	"github.com/dyadhq/dyad/storetest"
)

// BenchmarkAdd imports 1,000,000 synthetic events in GDELT's shape
// (synth.Events) into an empty schema as dyad ingest does: calls of 10,000
// events, each a transaction that keeps every index, the full-text index,
// the rollups and the clusters current. It reports events stored per
// second.
func BenchmarkAdd(b *testing.B) { benchImport(b, false) }

// BenchmarkLoad imports the same events as dyad ingest --load does:
// BeginLoad, calls of 50,000 events (each a transaction that clusters
// them), then EndLoad, which builds the deferred indexes, the full-text
// index and the rollups. The clock runs from BeginLoad to the end of
// EndLoad; it reports events stored per second.
func BenchmarkLoad(b *testing.B) { benchImport(b, true) }

func benchImport(b *testing.B, load bool) {
	storetest.BenchImport(b, func(b *testing.B) dyad.Loader { return open(b, testDSN(b)) }, 1_000_000, load)
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

// BenchmarkRowsOnly is the floor under BenchmarkLoad: it copies the same
// rows, encoded as Add encodes them, into a copy of the events table
// without any index (no full-text entry, rollup or cluster look-up either),
// in transactions of 50,000, and reports rows stored per second.
func BenchmarkRowsOnly(b *testing.B) {
	const total, batch = 1_000_000, 50_000
	rows, err := sqlq.EventRows(synth.Events(total))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		s := open(b, testDSN(b))
		if _, err := s.pool.Exec(ctx, `CREATE TABLE bare (LIKE events)`); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for i := 0; i < total; i += batch {
			part := rows[i : i+batch]
			err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
				_, err := tx.CopyFrom(ctx, pgx.Identifier{"bare"}, eventCols, pgx.CopyFromSlice(len(part), func(i int) ([]any, error) {
					r := &part[i]
					e := r.Event
					return []any{e.ID, e.Doc, e.Sentence, e.Date, r.Day, r.SrcKey, r.SrcCode, r.TgtKey, r.TgtCode,
						string(e.Action.Code), e.Action.Quad, e.Action.Goldstein, r.Place, r.PlaceCountry, e.Text, r.Record, e.ID}, nil
				}))
				return err
			})
			if err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(total*b.N)/b.Elapsed().Seconds(), "rows/s")
}
