package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/internal/sqlq"
	"github.com/dyadhq/dyad/internal/synth"
	"github.com/dyadhq/dyad/storetest"
)

// BenchmarkAdd imports 1,000,000 synthetic events in GDELT's shape
// (synth.Events) into an empty store as dyad ingest does: calls of 10,000
// events, each a transaction that keeps every index, the full-text index,
// the rollups and the clusters current. It reports events stored per
// second.
func BenchmarkAdd(b *testing.B) { benchImport(b, false) }

// BenchmarkLoad imports the same events as dyad ingest --load does:
// BeginLoad, calls of 50,000 events (each a transaction that clusters them
// and updates the rollups), then EndLoad, which builds the deferred indexes
// and the full-text entries. The clock runs from BeginLoad to the end of
// EndLoad; it reports events stored per second.
func BenchmarkLoad(b *testing.B) { benchImport(b, true) }

func benchImport(b *testing.B, load bool) {
	storetest.BenchImport(b, func(b *testing.B) dyad.Loader {
		s, err := Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		return s
	}, 1_000_000, load)
}

// BenchmarkSeries answers a monthly dyad series from the rollups of more
// than 10 million events: 50 x 50 dyads, every day of five years, two or
// three events a dyad a day (the rollups are written directly: loading 10
// million events first would take minutes).
func BenchmarkSeries(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "series.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	_, err = s.db.ExecContext(ctx, `
		WITH RECURSIVE d(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM d WHERE i < 1825),
		c(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM c WHERE k < 49)
		INSERT INTO rollup_day (day, src_key, tgt_key, code, quad, n, goldstein)
		SELECT date('2020-01-01', '+' || d.i || ' days'), printf('C%02d', a.k), printf('C%02d', t.k),
			CASE (d.i + a.k) % 3 WHEN 0 THEN '042' WHEN 1 THEN '111' ELSE '190' END,
			CASE (d.i + a.k) % 3 WHEN 0 THEN 1 WHEN 1 THEN 3 ELSE 4 END,
			2 + (d.i + a.k + t.k) % 2, 1.5
		FROM c a, c t, d`)
	if err != nil {
		b.Fatal(err)
	}
	var events int
	s.db.QueryRowContext(ctx, `SELECT sum(n) FROM rollup_day`).Scan(&events)
	if events < 10_000_000 {
		b.Fatalf("%d events in the rollups, want at least 10 million", events)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		got, err := s.Series(ctx, dyad.SeriesQuery{Source: "C07", Target: "C31", Period: "month"})
		if err != nil || len(got) != 60 {
			b.Fatalf("%d months, %v", len(got), err)
		}
	}
}

// BenchmarkRowsOnly is the floor under BenchmarkLoad: it stores the same
// rows, encoded as Add encodes them, into a copy of the events table that
// has its primary key and nothing else (no other index, full-text entry,
// rollup or cluster look-up), in transactions of 50,000, and reports rows
// stored per second.
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
		s, err := Open(ctx, filepath.Join(b.TempDir(), "rows.db"))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.db.ExecContext(ctx, `CREATE TABLE bare AS SELECT * FROM events WHERE 0;
			CREATE UNIQUE INDEX bare_id ON bare (id)`); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for i := 0; i < total; i += batch {
			tx, err := s.db.BeginTx(ctx, nil)
			if err != nil {
				b.Fatal(err)
			}
			part := rows[i : i+batch]
			err = insertMany(ctx, tx, `INSERT INTO bare (`+eventColumns+`) VALUES `, 17, len(part), func(i int, args []any) []any {
				r := &part[i]
				e := r.Event
				return append(args, e.ID, e.Doc, e.Sentence, e.Date, r.Day, r.SrcKey, r.SrcCode, r.TgtKey, r.TgtCode,
					string(e.Action.Code), e.Action.Quad, e.Action.Goldstein, r.Place, r.PlaceCountry, e.Text, r.Record, e.ID)
			}, "")
			if err != nil {
				b.Fatal(err)
			}
			if err := tx.Commit(); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(total*b.N)/b.Elapsed().Seconds(), "rows/s")
}
