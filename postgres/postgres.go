// Package postgres is dyad's server store: PostgreSQL through a pgx pool,
// full-text search with a GIN index over the sentences' words, and daily
// rollups kept current at ingest (in load mode, computed afresh at its
// end). Add copies each call's new events into
// place with COPY, having asked which are stored already and which stored
// reports they may join; adds to one schema take turns. It implements
// dyad.Loader and passes the conformance suite of package storetest.
//
// The store lives in the first schema of the connection's search_path, which
// a DSN can set ("postgres://host/db?search_path=dyad"); that schema must
// exist. Open applies the embedded migrations under an advisory lock, so
// processes that open the same schema at once do not race.
package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/internal/sqlq"
)

//go:embed migrations/*.sql
var migrations embed.FS

// lockClass is the first key of the advisory lock taken while migrating
// ("dyad" in ASCII); the second is a hash of the schema's name, so that
// stores in different schemas of one database migrate independently. The
// locks that Add and load mode take have the next two first keys.
const (
	lockClass = 0x64796164
	addLock   = lockClass + 1
	loadLock  = lockClass + 2
)

// maxConns is how many connections a Store opens at most unless the DSN
// says (pool_max_conns): pgx's default, four on a small machine, let a few
// long reads (a network, flows over years), which hold a connection while
// their caller reads every event, queue every other request behind them.
const maxConns = 16

// Store is a dyad.Store in a PostgreSQL schema.
type Store struct {
	pool *pgxpool.Pool

	mu   sync.Mutex
	load *pgxpool.Conn // holds the load lock while this Store loads
}

var _ dyad.Loader = (*Store)(nil)

// Open connects to the database that dsn names (a URL or key=value
// connection string, as pgx accepts), applies the migrations it lacks and
// finishes a load (see BeginLoad) whose process is gone.
func Open(ctx context.Context, dsn string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	if !strings.Contains(dsn, "pool_max_conns") {
		cfg.MaxConns = maxConns
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	s := &Store{pool: pool}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	if err := s.EndLoad(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open postgres: finish a load: %w", err)
	}
	return s, nil
}

// migrate applies the embedded migrations in order, each once and each in a
// transaction, holding a session advisory lock so that a second process
// opening the same schema waits and then finds them applied.
func (s *Store) migrate(ctx context.Context) (err error) {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return err
	}
	defer conn.Release()
	var schema *string
	if err := conn.QueryRow(ctx, `SELECT current_schema()`).Scan(&schema); err != nil {
		return err
	}
	if schema == nil {
		return dyad.Errorf(dyad.EINVALID, "no schema to create tables in: search_path names none that exists")
	}
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1, hashtext($2))`, lockClass, *schema); err != nil {
		return fmt.Errorf("lock schema %s: %w", *schema, err)
	}
	defer func() {
		_, uerr := conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1, hashtext($2))`, lockClass, *schema)
		if uerr != nil {
			// A connection that may still hold the lock must not go back
			// to the pool; closing it releases the lock.
			conn.Conn().Close(context.WithoutCancel(ctx))
			err = errors.Join(err, fmt.Errorf("unlock schema %s: %w", *schema, uerr))
		}
	}()

	if _, err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)`); err != nil {
		return err
	}
	ms, err := sqlq.Migrations(migrations)
	if err != nil {
		return err
	}
	for _, m := range ms {
		var done bool
		if err := conn.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM schema_migrations WHERE version = $1)`, m.Version).Scan(&done); err != nil {
			return err
		}
		if done {
			continue
		}
		err = pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, m.SQL); err != nil {
				return err
			}
			_, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version) VALUES ($1)`, m.Version)
			return err
		})
		if err != nil {
			return fmt.Errorf("migration %s: %w", m.Name, err)
		}
	}
	return nil
}

// Close closes every connection of the pool, waiting for those in use. A
// load that EndLoad did not finish is left for the next Open.
func (s *Store) Close() error {
	s.mu.Lock()
	if s.load != nil {
		unlock(s.load)
		s.load = nil
	}
	s.mu.Unlock()
	s.pool.Close()
	return nil
}

// placeholder is PostgreSQL's n-th parameter.
func placeholder(n int) string { return "$" + strconv.Itoa(n) }

// Events implements dyad.Store. f.Text matches events whose sentence has
// every word of it, in any order; punctuation in it is ignored, never a
// syntax error.
func (s *Store) Events(ctx context.Context, f dyad.Filter, fn func(*dyad.Event) error) error {
	if err := f.Scope.Validate(); err != nil {
		return err
	}
	if err := dyad.ValidateReview(f.Review); err != nil {
		return err
	}
	where, args := sqlq.Where(f, placeholder)
	q := `SELECT record, 0 FROM events WHERE ` + where
	if f.Unique {
		// a rejected report is no mention of its event
		q = `SELECT record, (SELECT count(*) FROM events m WHERE m.cluster = events.id AND m.review <> 'rejected') FROM events WHERE cluster = id AND ` + where
	}
	if f.Text != "" {
		args = append(args, sqlq.Clean(f.Text))
		q += ` AND to_tsvector('simple', text) @@ plainto_tsquery('simple', ` + placeholder(len(args)) + `)`
	}
	if f.Quantity {
		q += ` AND ` + withQuantity
	}
	if f.LeastSure {
		q += ` ORDER BY (record::jsonb->>'confidence')::float8, day, id`
	} else {
		q += ` ORDER BY day, id`
	}
	if f.Limit > 0 {
		args = append(args, f.Limit)
		q += ` LIMIT ` + placeholder(len(args))
	}
	if f.Offset > 0 {
		args = append(args, f.Offset)
		q += ` OFFSET ` + placeholder(len(args))
	}
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("query events: %w", err)
	}
	defer rows.Close()
	return sqlq.ScanEvents(rows, fn)
}

// Document implements dyad.Store.
func (s *Store) Document(ctx context.Context, id string) (*dyad.Document, error) {
	id = sqlq.Clean(id)
	var d dyad.Document
	err := s.pool.QueryRow(ctx, `SELECT id, date, title, url, source, text FROM documents WHERE id = $1`, id).
		Scan(&d.ID, &d.Date, &d.Title, &d.URL, &d.Source, &d.Text)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, dyad.Errorf(dyad.ENOTFOUND, "document %q not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	rows, err := s.pool.Query(ctx, `SELECT start, "end" FROM sentences WHERE doc = $1 ORDER BY idx`, id)
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var a, b int64
		if err := rows.Scan(&a, &b); err != nil {
			return nil, fmt.Errorf("document %s: %w", id, err)
		}
		d.Sentences = append(d.Sentences, dyad.Span{int(a), int(b)})
	}
	return &d, rows.Err()
}

// Series implements dyad.Store.
func (s *Store) Series(ctx context.Context, q dyad.SeriesQuery) ([]dyad.Bucket, error) {
	n, ok := sqlq.PeriodLen(q.Period)
	if !ok {
		return nil, dyad.Errorf(dyad.EINVALID, "period %q: want day, month or year", q.Period)
	}
	if err := q.Scope.Validate(); err != nil {
		return nil, err
	}
	where, args := sqlq.Series(q, placeholder)
	rows, err := s.pool.Query(ctx, `SELECT left(day, `+strconv.Itoa(n)+`) AS p, quad, sum(n)::bigint, sum(goldstein)
		FROM rollup_day WHERE `+where+` GROUP BY p, quad ORDER BY p`, args...)
	if err != nil {
		return nil, fmt.Errorf("series: %w", err)
	}
	defer rows.Close()
	return sqlq.Buckets(rows)
}
