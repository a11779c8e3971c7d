// Package postgres is dyad's server store: PostgreSQL through a pgx pool,
// full-text search with a generated tsvector column and a GIN index, and
// daily rollups kept current at ingest. Add bulk-loads each call with COPY
// into per-session staging tables and moves the rows into place with
// INSERT ... ON CONFLICT DO NOTHING, so only events not stored before reach
// the rollups. It implements dyad.Store and passes the conformance suite of
// package storetest.
//
// The store lives in the first schema of the connection's search_path, which
// a DSN can set ("postgres://host/db?search_path=dyad"); that schema must
// exist. Open applies the embedded migrations under an advisory lock, so
// processes that open the same schema at once do not race.
package postgres

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/internal/sqlq"
)

//go:embed migrations/*.sql
var migrations embed.FS

// lockClass is the first key of the advisory lock taken while migrating
// ("dyad" in ASCII); the second is a hash of the schema's name, so that
// stores in different schemas of one database migrate independently.
const lockClass = 0x64796164

// Store is a dyad.Store in a PostgreSQL schema.
type Store struct {
	pool *pgxpool.Pool
}

var _ dyad.Store = (*Store)(nil)

// Open connects to the database that dsn names (a URL or key=value
// connection string, as pgx accepts) and applies the migrations it lacks.
func Open(ctx context.Context, dsn string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
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

// Close closes every connection of the pool, waiting for those in use.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// stage creates the session's staging tables the first time a connection
// needs them. They are temporary and emptied at every commit, so no
// transaction sees another's rows and a session creates them only once.
const stage = `
CREATE TEMP TABLE IF NOT EXISTS documents_in (
    ord    INTEGER NOT NULL,
    id     TEXT COLLATE "C" NOT NULL,
    date   TEXT NOT NULL,
    title  TEXT NOT NULL,
    url    TEXT NOT NULL,
    source TEXT NOT NULL,
    text   TEXT NOT NULL
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS events_in (
    ord           INTEGER NOT NULL,
    id            TEXT COLLATE "C" NOT NULL,
    doc           TEXT NOT NULL,
    sentence      INTEGER NOT NULL,
    date          TEXT NOT NULL,
    day           TEXT NOT NULL,
    src_key       TEXT NOT NULL,
    src_code      TEXT NOT NULL,
    tgt_key       TEXT NOT NULL,
    tgt_code      TEXT NOT NULL,
    code          TEXT NOT NULL,
    quad          INTEGER NOT NULL,
    goldstein     DOUBLE PRECISION NOT NULL,
    place         TEXT NOT NULL,
    place_country TEXT NOT NULL,
    text          TEXT NOT NULL,
    record        TEXT NOT NULL,
    cluster       TEXT COLLATE "C" NOT NULL DEFAULT ''
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS sentences_in (
    doc   TEXT COLLATE "C" NOT NULL,
    idx   INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS clusters_in (
    id      TEXT COLLATE "C" NOT NULL,
    cluster TEXT COLLATE "C" NOT NULL
) ON COMMIT DELETE ROWS`

var docCols = []string{"ord", "id", "date", "title", "url", "source", "text"}

var eventCols = []string{"ord", "id", "doc", "sentence", "date", "day", "src_key", "src_code", "tgt_key", "tgt_code",
	"code", "quad", "goldstein", "place", "place_country", "text", "record"}

// The moves from staging into place keep the first of several rows with one
// id, as a row at a time would, and insert in id order (rollups in key
// order), so that concurrent Adds take row locks in one order and cannot
// deadlock. Only the events the INSERT returns, those not stored before,
// reach the rollups. Quad follows from code, so min(quad) is the quad of
// every event of a rollup row.
const (
	moveDocs = `
INSERT INTO documents (id, date, title, url, source, text)
SELECT DISTINCT ON (id) id, date, title, url, source, text FROM documents_in ORDER BY id, ord
ON CONFLICT (id) DO NOTHING`

	moveEvents = `
WITH added AS (
    INSERT INTO events (id, doc, sentence, date, day, src_key, src_code, tgt_key, tgt_code,
        code, quad, goldstein, place, place_country, text, record, cluster)
    SELECT DISTINCT ON (id) id, doc, sentence, date, day, src_key, src_code, tgt_key, tgt_code,
        code, quad, goldstein, place, place_country, text, record, cluster
    FROM events_in ORDER BY id, ord
    ON CONFLICT (id) DO NOTHING
    RETURNING day, src_key, tgt_key, code, quad, goldstein
), rolled AS (
    INSERT INTO rollup_day AS r (day, src_key, tgt_key, code, quad, n, goldstein)
    SELECT day, src_key, tgt_key, code, min(quad), count(*), sum(goldstein)
    FROM added GROUP BY src_key, tgt_key, day, code ORDER BY src_key, tgt_key, day, code
    ON CONFLICT (src_key, tgt_key, day, code)
    DO UPDATE SET n = r.n + excluded.n, goldstein = r.goldstein + excluded.goldstein
)
SELECT count(*) FROM added`
)

// Add implements dyad.Store.
func (s *Store) Add(ctx context.Context, docs []dyad.Document, events []dyad.Event) (dyad.Added, error) {
	var added dyad.Added
	if len(docs) == 0 && len(events) == 0 {
		return added, nil
	}
	recs := make([][]byte, len(events))
	for i := range events {
		rec, err := json.Marshal(&events[i])
		if err != nil {
			return added, fmt.Errorf("add event %s: %w", events[i].ID, err)
		}
		recs[i] = rec
	}
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, stage); err != nil {
			return fmt.Errorf("stage: %w", err)
		}
		if len(docs) > 0 {
			_, err := tx.CopyFrom(ctx, pgx.Identifier{"documents_in"}, docCols,
				pgx.CopyFromSlice(len(docs), func(i int) ([]any, error) {
					d := &docs[i]
					return []any{i, d.ID, d.Date, d.Title, d.URL, d.Source, d.Text}, nil
				}))
			if err != nil {
				return fmt.Errorf("copy documents: %w", err)
			}
			tag, err := tx.Exec(ctx, moveDocs)
			if err != nil {
				return fmt.Errorf("insert documents: %w", err)
			}
			added.Documents = int(tag.RowsAffected())
			var sents [][]any
			for _, d := range docs {
				for i, sp := range d.Sentences {
					sents = append(sents, []any{d.ID, i, sp[0], sp[1]})
				}
			}
			if len(sents) > 0 {
				if _, err := tx.CopyFrom(ctx, pgx.Identifier{"sentences_in"}, []string{"doc", "idx", "start", "end"},
					pgx.CopyFromRows(sents)); err != nil {
					return fmt.Errorf("copy sentences: %w", err)
				}
				if _, err := tx.Exec(ctx, `INSERT INTO sentences (doc, idx, start, "end")
					SELECT DISTINCT ON (doc, idx) doc, idx, start, "end" FROM sentences_in ORDER BY doc, idx
					ON CONFLICT (doc, idx) DO NOTHING`); err != nil {
					return fmt.Errorf("insert sentences: %w", err)
				}
			}
		}
		if len(events) > 0 {
			_, err := tx.CopyFrom(ctx, pgx.Identifier{"events_in"}, eventCols,
				pgx.CopyFromSlice(len(events), func(i int) ([]any, error) {
					e := &events[i]
					r := row(e)
					return []any{i, e.ID, e.Doc, e.Sentence, e.Date, r.day, r.srcKey, r.srcCode, r.tgtKey, r.tgtCode,
						string(e.Action.Code), e.Action.Quad, e.Action.Goldstein, r.place, r.placeCountry, e.Text, string(recs[i])}, nil
				}))
			if err != nil {
				return fmt.Errorf("copy events: %w", err)
			}
			if err := cluster(ctx, tx); err != nil {
				return fmt.Errorf("cluster events: %w", err)
			}
			if err := tx.QueryRow(ctx, moveEvents).Scan(&added.Events); err != nil {
				return fmt.Errorf("insert events: %w", err)
			}
		}
		return nil
	})
	if err != nil {
		return dyad.Added{}, fmt.Errorf("add: %w", err)
	}
	return added, nil
}

// cluster assigns the staged events not stored before to clusters of reports
// of one event (sqlq.Cluster): stored founders near them first, then each
// other, in the order of the call.
func cluster(ctx context.Context, tx pgx.Tx) error {
	var reports []sqlq.Report
	read := func(q string, args ...any) error {
		rows, err := tx.Query(ctx, q, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		reports, err = sqlq.ScanReports(rows, reports)
		return err
	}
	// stored founders near the batch: the same dyad and family, days within
	// the window of a staged event (an indexed range per staged event)
	if err := read(`SELECT DISTINCT f.id, f.src_key, f.tgt_key, left(f.code, 2), f.day,
			CASE WHEN f.place_country <> '' THEN f.place_country ELSE f.place END
		FROM events_in s JOIN events f ON f.src_key = s.src_key AND f.tgt_key = s.tgt_key
			AND f.day BETWEEN to_char(s.day::date - $1::int, 'YYYY-MM-DD') AND to_char(s.day::date + $1::int, 'YYYY-MM-DD')
		WHERE f.cluster = f.id AND left(f.code, 2) = left(s.code, 2) AND s.src_key <> '' AND s.day <> ''
		ORDER BY f.day, f.id`, sqlq.Window); err != nil {
		return err
	}
	stored := len(reports)
	if err := read(`SELECT id, src_key, tgt_key, left(code, 2), day, CASE WHEN place_country <> '' THEN place_country ELSE place END FROM (
		SELECT DISTINCT ON (id) * FROM events_in WHERE id NOT IN (SELECT id FROM events) ORDER BY id, ord) n
		ORDER BY ord`); err != nil {
		return err
	}
	clusters := sqlq.Cluster(reports)
	fresh := reports[stored:]
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"clusters_in"}, []string{"id", "cluster"},
		pgx.CopyFromSlice(len(fresh), func(i int) ([]any, error) {
			return []any{fresh[i].ID, clusters[fresh[i].ID]}, nil
		})); err != nil {
		return err
	}
	_, err := tx.Exec(ctx, `UPDATE events_in SET cluster = c.cluster FROM clusters_in c WHERE c.id = events_in.id`)
	return err
}

// cols are an event's indexed columns.
type cols struct {
	day, srcKey, srcCode, tgtKey, tgtCode, place, placeCountry string
}

func row(e *dyad.Event) cols {
	c := cols{day: e.Day(), srcKey: e.Source.Key(), srcCode: string(e.Source.Code)}
	if e.Target != nil {
		c.tgtKey, c.tgtCode = e.Target.Key(), string(e.Target.Code)
	}
	if e.Location != nil {
		c.place, c.placeCountry = e.Location.Name, e.Location.Country
	}
	return c
}

// placeholder is PostgreSQL's n-th parameter.
func placeholder(n int) string { return "$" + strconv.Itoa(n) }

// Events implements dyad.Store. f.Text matches events whose sentence has
// every word of it, in any order; punctuation in it is ignored, never a
// syntax error.
func (s *Store) Events(ctx context.Context, f dyad.Filter, fn func(*dyad.Event) error) error {
	where, args := sqlq.Where(f, placeholder)
	q := `SELECT record, 0 FROM events WHERE ` + where
	if f.Unique {
		q = `SELECT record, (SELECT count(*) FROM events m WHERE m.cluster = events.id) FROM events WHERE cluster = id AND ` + where
	}
	if f.Text != "" {
		args = append(args, f.Text)
		q += ` AND text_tsv @@ plainto_tsquery('simple', ` + placeholder(len(args)) + `)`
	}
	q += ` ORDER BY day, id`
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
	where, args := sqlq.Series(q, placeholder)
	rows, err := s.pool.Query(ctx, `SELECT left(day, `+strconv.Itoa(n)+`) AS p, quad, sum(n)::bigint, sum(goldstein)
		FROM rollup_day WHERE `+where+` GROUP BY p, quad ORDER BY p`, args...)
	if err != nil {
		return nil, fmt.Errorf("series: %w", err)
	}
	defer rows.Close()
	return sqlq.Buckets(rows)
}
