package main

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/internal/synth"
	"github.com/dyadhq/dyad/postgres"
	"github.com/dyadhq/dyad/sqlite"
)

// batch is how many events each Add of a build stores, in load mode.
const batch = 50_000

// buildSQLite makes the SQLite file at path hold the first n synthetic
// events, unless it holds them already.
func buildSQLite(ctx context.Context, path string, n int) error {
	if _, err := os.Stat(path); err == nil {
		s, err := sqlite.Open(ctx, path)
		if err != nil {
			return err
		}
		have, err := count(ctx, s)
		s.Close()
		if err != nil || have == n {
			return err
		}
		fmt.Fprintf(os.Stderr, "load: %s holds %d events, not %d: building it again\n", path, have, n)
		for _, suffix := range []string{"", "-wal", "-shm", "-load"} {
			os.Remove(path + suffix)
		}
	}
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		return err
	}
	defer s.Close()
	return fill(ctx, s, n)
}

// buildPostgres makes the schema dyad_bench_load_N of the database dsn
// names hold the first n synthetic events, unless it holds them already,
// and returns a DSN that selects it.
func buildPostgres(ctx context.Context, dsn string, n int) (string, error) {
	schema := fmt.Sprintf("dyad_bench_load_%d", n)
	u, err := url.Parse(dsn)
	if err != nil || u.Scheme != "postgres" && u.Scheme != "postgresql" {
		return "", fmt.Errorf("-pg %q: want a postgres:// URL", dsn)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return "", err
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `CREATE SCHEMA IF NOT EXISTS `+pgx.Identifier{schema}.Sanitize()); err != nil {
		return "", err
	}
	s, err := postgres.Open(ctx, u.String())
	if err != nil {
		return "", err
	}
	have, err := count(ctx, s)
	s.Close()
	if err != nil || have == n {
		return u.String(), err
	}
	if have != 0 {
		fmt.Fprintf(os.Stderr, "load: schema %s holds %d events, not %d: building it again\n", schema, have, n)
		if _, err := conn.Exec(ctx, `DROP SCHEMA `+pgx.Identifier{schema}.Sanitize()+` CASCADE; CREATE SCHEMA `+pgx.Identifier{schema}.Sanitize()); err != nil {
			return "", err
		}
	}
	s, err = postgres.Open(ctx, u.String())
	if err != nil {
		return "", err
	}
	defer s.Close()
	if err := fill(ctx, s, n); err != nil {
		return "", err
	}
	// fresh statistics for the planner, and the visibility map that lets an
	// index answer alone (Store.Pairs), as autovacuum would give in time;
	// VACUUM runs outside a transaction, so one statement a call
	for _, table := range []string{"events", "rollup_day"} {
		if _, err := conn.Exec(ctx, `VACUUM ANALYZE `+pgx.Identifier{schema, table}.Sanitize()); err != nil {
			return "", err
		}
	}
	return u.String(), nil
}

// count is how many events s holds, by its rollups.
func count(ctx context.Context, s dyad.Store) (int, error) {
	buckets, err := s.Series(ctx, dyad.SeriesQuery{Period: "year"})
	n := 0
	for _, b := range buckets {
		n += b.Events
	}
	return n, err
}

// fill stores the first n synthetic events in s, in load mode, as dyad
// ingest --load does.
func fill(ctx context.Context, s dyad.Loader, n int) error {
	fmt.Fprintf(os.Stderr, "load: storing %d synthetic events\n", n)
	start := time.Now()
	if err := s.BeginLoad(ctx); err != nil {
		return err
	}
	err := synth.Stream(n, batch, func(evs []dyad.Event) error {
		_, err := s.Add(ctx, nil, evs)
		return err
	})
	if err != nil {
		return err
	}
	if err := s.EndLoad(ctx); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "load: stored in %v\n", time.Since(start).Round(time.Second))
	return nil
}
