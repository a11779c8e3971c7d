// Package sqlite is dyad's embedded store: one file, pure Go
// (modernc.org/sqlite, no cgo), full-text search with FTS5, and daily rollups
// kept current at ingest. It implements dyad.Store and passes the
// conformance suite of package storetest.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/internal/sqlq"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is a dyad.Store in one SQLite file.
type Store struct {
	db *sql.DB
}

var _ dyad.Store = (*Store)(nil)

// Open opens (creating if needed) the database at path and applies the
// migrations it lacks. ":memory:" gives a private in-memory database.
func Open(ctx context.Context, path string) (*Store, error) {
	dsn := "file:" + path + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(ON)"
	if path == ":memory:" {
		dsn = "file::memory:?_pragma=foreign_keys(ON)"
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db.SetMaxOpenConns(1) // one writer; SQLite serialises anyway, and :memory: must stay one database
	s := &Store{db: db}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}

// migrate applies the embedded migrations in order, each once.
func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)`); err != nil {
		return err
	}
	names, _ := fs.Glob(migrations, "migrations/*.sql")
	sort.Strings(names)
	for _, name := range names {
		v, err := strconv.Atoi(strings.SplitN(strings.TrimPrefix(name, "migrations/"), "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migration %s: bad name", name)
		}
		var done int
		s.db.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, v).Scan(&done)
		if done > 0 {
			continue
		}
		body, _ := migrations.ReadFile(name)
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", name, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version) VALUES (?)`, v); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
	return nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Add implements dyad.Store.
func (s *Store) Add(ctx context.Context, docs []dyad.Document, events []dyad.Event) (dyad.Added, error) {
	var added dyad.Added
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return added, fmt.Errorf("add: %w", err)
	}
	defer tx.Rollback()
	docStmt, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO documents (id, date, title, url, source, text) VALUES (?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return added, fmt.Errorf("add: %w", err)
	}
	for _, d := range docs {
		res, err := docStmt.ExecContext(ctx, d.ID, d.Date, d.Title, d.URL, d.Source, d.Text)
		if err != nil {
			return added, fmt.Errorf("add document %s: %w", d.ID, err)
		}
		if n, _ := res.RowsAffected(); n == 1 {
			added.Documents++
		}
	}
	evStmt, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO events (id, doc, sentence, date, day, src_key, src_code,
		tgt_key, tgt_code, code, quad, goldstein, place, place_country, text, record)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return added, fmt.Errorf("add: %w", err)
	}
	ftsStmt, err := tx.PrepareContext(ctx, `INSERT INTO events_fts (rowid, text) VALUES (?, ?)`)
	if err != nil {
		return added, fmt.Errorf("add: %w", err)
	}
	rollStmt, err := tx.PrepareContext(ctx, `INSERT INTO rollup_day (day, src_key, tgt_key, code, quad, n, goldstein)
		VALUES (?, ?, ?, ?, ?, 1, ?)
		ON CONFLICT (src_key, tgt_key, day, code) DO UPDATE SET n = n + 1, goldstein = goldstein + excluded.goldstein`)
	if err != nil {
		return added, fmt.Errorf("add: %w", err)
	}
	for i := range events {
		e := &events[i]
		r := row(e)
		rec, err := json.Marshal(e)
		if err != nil {
			return added, fmt.Errorf("add event %s: %w", e.ID, err)
		}
		res, err := evStmt.ExecContext(ctx, e.ID, e.Doc, e.Sentence, e.Date, r.day, r.srcKey, r.srcCode, r.tgtKey,
			r.tgtCode, string(e.Action.Code), e.Action.Quad, e.Action.Goldstein, r.place, r.placeCountry, e.Text, rec)
		if err != nil {
			return added, fmt.Errorf("add event %s: %w", e.ID, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			continue // already stored: rollups count it once
		}
		added.Events++
		if e.Text != "" {
			id, _ := res.LastInsertId()
			if _, err := ftsStmt.ExecContext(ctx, id, e.Text); err != nil {
				return added, fmt.Errorf("index event %s: %w", e.ID, err)
			}
		}
		if _, err := rollStmt.ExecContext(ctx, r.day, r.srcKey, r.tgtKey, string(e.Action.Code), e.Action.Quad, e.Action.Goldstein); err != nil {
			return added, fmt.Errorf("roll up event %s: %w", e.ID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return dyad.Added{}, fmt.Errorf("add: %w", err)
	}
	return added, nil
}

// cols are an event's indexed columns.
type cols struct {
	day, srcKey, srcCode, tgtKey, tgtCode, place, placeCountry string
}

func row(e *dyad.Event) cols {
	c := cols{day: e.Day(), srcKey: e.Source.Key()}
	if e.Source != nil {
		c.srcCode = string(e.Source.Code)
	}
	if e.Target != nil {
		c.tgtKey, c.tgtCode = e.Target.Key(), string(e.Target.Code)
	}
	if e.Location != nil {
		c.place, c.placeCountry = e.Location.Name, e.Location.Country
	}
	return c
}

// Events implements dyad.Store.
func (s *Store) Events(ctx context.Context, f dyad.Filter, fn func(*dyad.Event) error) error {
	where, args := sqlq.Where(f, func(int) string { return "?" })
	q := `SELECT record FROM events WHERE ` + where
	if f.Text != "" {
		q += ` AND rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)`
		args = append(args, ftsQuery(f.Text))
	}
	q += ` ORDER BY day, id`
	if f.Limit > 0 || f.Offset > 0 {
		limit := f.Limit
		if limit <= 0 {
			limit = -1
		}
		q += ` LIMIT ? OFFSET ?`
		args = append(args, limit, f.Offset)
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("query events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var rec []byte
		if err := rows.Scan(&rec); err != nil {
			return fmt.Errorf("query events: %w", err)
		}
		var e dyad.Event
		if err := json.Unmarshal(rec, &e); err != nil {
			return fmt.Errorf("query events: stored record: %w", err)
		}
		if err := fn(&e); err != nil {
			return err
		}
	}
	return rows.Err()
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

// Document implements dyad.Store.
func (s *Store) Document(ctx context.Context, id string) (*dyad.Document, error) {
	var d dyad.Document
	err := s.db.QueryRowContext(ctx, `SELECT id, date, title, url, source, text FROM documents WHERE id = ?`, id).
		Scan(&d.ID, &d.Date, &d.Title, &d.URL, &d.Source, &d.Text)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, dyad.Errorf(dyad.ENOTFOUND, "document %q not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	return &d, nil
}

// Series implements dyad.Store.
func (s *Store) Series(ctx context.Context, q dyad.SeriesQuery) ([]dyad.Bucket, error) {
	n, ok := sqlq.PeriodLen(q.Period)
	if !ok {
		return nil, dyad.Errorf(dyad.EINVALID, "period %q: want day, month or year", q.Period)
	}
	where, args := sqlq.Series(q, func(int) string { return "?" })
	rows, err := s.db.QueryContext(ctx, `SELECT substr(day, 1, `+strconv.Itoa(n)+`) AS p, quad, sum(n), sum(goldstein)
		FROM rollup_day WHERE `+where+` GROUP BY p, quad ORDER BY p`, args...)
	if err != nil {
		return nil, fmt.Errorf("series: %w", err)
	}
	defer rows.Close()
	return sqlq.Buckets(rows)
}
