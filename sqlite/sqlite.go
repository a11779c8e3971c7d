// Package sqlite is dyad's embedded store: one file, pure Go
// (modernc.org/sqlite, no cgo), full-text search with FTS5, and daily rollups
// kept current at ingest. It implements dyad.Loader, whose load mode
// builds most indexes and the full-text entries at the end of an import,
// and passes the conformance suite of package storetest.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/internal/sqlq"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is a dyad.Store in one SQLite file.
type Store struct {
	db   *sql.DB // the writer: one connection, which every write takes in turn
	read *sql.DB // the readers: a pool of connections that may only read
	path string  // "" for a private in-memory database

	stmts  stmts // the readers' prepared statements
	mu     sync.Mutex
	unlock func() // releases the load lock while this Store loads
}

var _ dyad.Loader = (*Store)(nil)

// Open opens (creating if needed) the database at path, applies the
// migrations it lacks and finishes a load (see BeginLoad) whose process is
// gone. ":memory:" gives a private in-memory database. Writes take turns
// on one connection; reads run on a pool of their own beside it, so that a
// long query neither waits for a write nor holds up another read.
func Open(ctx context.Context, path string) (*Store, error) {
	write, read := dsns(path)
	db, err := sql.Open("sqlite", write)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db.SetMaxOpenConns(1) // one writer: SQLite serialises writes anyway
	s := &Store{db: db, path: path}
	if path == ":memory:" {
		s.path = ""
	}
	if path != ":memory:" {
		if err := useWAL(ctx, db); err != nil {
			db.Close()
			return nil, fmt.Errorf("open %s: %w", path, err)
		}
	}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := s.EndLoad(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: finish a load: %w", path, err)
	}
	if s.read, err = sql.Open("sqlite", read); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s.read.SetMaxOpenConns(readers)
	s.read.SetMaxIdleConns(readers)
	return s, nil
}

// migrate applies the embedded migrations in order, each once. Each is
// applied in an immediate transaction that first checks it is not applied
// yet, so that processes that create one file at once take turns and the
// later ones find the work done.
func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)`); err != nil {
		return err
	}
	ms, err := sqlq.Migrations(migrations)
	if err != nil {
		return err
	}
	for _, m := range ms {
		var done int
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, m.Version).Scan(&done); err != nil {
			return err
		}
		if done > 0 {
			continue
		}
		if err := s.apply(ctx, m); err != nil {
			return err
		}
	}
	return nil
}

// apply applies m unless, once its transaction holds the write lock, m
// turns out applied by another process.
func (s *Store) apply(ctx context.Context, m sqlq.Migration) error {
	tx, err := s.db.BeginTx(ctx, nil) // immediate: the write lock first
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var done int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, m.Version).Scan(&done); err != nil {
		return err
	}
	if done > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
		return fmt.Errorf("migration %s: %w", m.Name, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version) VALUES (?)`, m.Version); err != nil {
		return err
	}
	return tx.Commit()
}

// Close closes the database. A load that EndLoad did not finish is left
// for the next Open.
func (s *Store) Close() error {
	s.mu.Lock()
	if s.unlock != nil {
		s.unlock()
		s.unlock = nil
	}
	s.mu.Unlock()
	s.closeStmts()
	return errors.Join(s.read.Close(), s.db.Close())
}

// Events implements dyad.Store.
func (s *Store) Events(ctx context.Context, f dyad.Filter, fn func(*dyad.Event) error) error {
	if err := f.Scope.Validate(); err != nil {
		return err
	}
	if err := dyad.ValidateReview(f.Review); err != nil {
		return err
	}
	where, args := sqlq.Where(f, func(int) string { return "?" })
	q := `SELECT record, 0 FROM events WHERE ` + where
	if f.Unique {
		// a rejected report is no mention of its event
		q = `SELECT record, (SELECT count(*) FROM events m WHERE m.cluster = events.id AND m.review <> 'rejected') FROM events WHERE cluster = id AND ` + where
	}
	if f.Text != "" {
		q += ` AND rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)`
		args = append(args, ftsQuery(sqlq.Clean(f.Text)))
	}
	if f.Quantity {
		q += ` AND ` + withQuantity
	}
	if f.LeastSure {
		q += ` ORDER BY record->>'$.confidence', day, id`
	} else {
		q += ` ORDER BY day, id`
	}
	if f.Limit > 0 || f.Offset > 0 {
		limit := f.Limit
		if limit <= 0 {
			limit = -1
		}
		q += ` LIMIT ? OFFSET ?`
		args = append(args, limit, f.Offset)
	}
	rows, err := s.query(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("query events: %w", err)
	}
	defer rows.Close()
	return sqlq.ScanEvents(rows, fn)
}

// ftsQuery turns words into an FTS5 query that needs all of them, each
// quoted so that punctuation in the user's words cannot break the syntax.
func ftsQuery(words string) string {
	var parts []string
	for _, w := range strings.Fields(words) {
		parts = append(parts, `"`+strings.ReplaceAll(w, `"`, `""`)+`"`)
	}
	return strings.Join(parts, " ")
}

// Document implements dyad.Store. It reads the document and its sentences
// in one transaction, so that they are of one version.
func (s *Store) Document(ctx context.Context, id string) (*dyad.Document, error) {
	id = sqlq.Clean(id)
	tx, err := s.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	defer tx.Rollback()
	var d dyad.Document
	err = tx.QueryRowContext(ctx, `SELECT id, date, title, url, source, text FROM documents WHERE id = ?`, id).
		Scan(&d.ID, &d.Date, &d.Title, &d.URL, &d.Source, &d.Text)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, dyad.Errorf(dyad.ENOTFOUND, "document %q not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	rows, err := tx.QueryContext(ctx, `SELECT start, "end" FROM sentences WHERE doc = ? ORDER BY idx`, id)
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var sp dyad.Span
		if err := rows.Scan(&sp[0], &sp[1]); err != nil {
			return nil, fmt.Errorf("document %s: %w", id, err)
		}
		d.Sentences = append(d.Sentences, sp)
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
	where, args := sqlq.Series(q, func(int) string { return "?" })
	rows, err := s.query(ctx, `SELECT substr(day, 1, `+strconv.Itoa(n)+`) AS p, quad, sum(n), sum(goldstein)
		FROM rollup_day WHERE `+where+` GROUP BY p, quad ORDER BY p`, args...)
	if err != nil {
		return nil, fmt.Errorf("series: %w", err)
	}
	defer rows.Close()
	return sqlq.Buckets(rows)
}
