package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/internal/sqlq"
)

// Add implements dyad.Store. The work of a call is split by what each side
// does fast: Go encodes the records, clusters the new reports and sums
// their rollups; SQLite answers three indexed look-ups (which events are
// stored already, which stored founders are near the new ones) and takes
// the new events and rollup rows in multi-row inserts of prepared
// statements. In load mode the full-text entries wait for EndLoad.
func (s *Store) Add(ctx context.Context, docs []dyad.Document, events []dyad.Event) (dyad.Added, error) {
	var added dyad.Added
	docs = sqlq.CleanDocs(docs)
	rows, err := sqlq.EventRows(events)
	if err != nil {
		return added, fmt.Errorf("add: %w", err)
	}
	tx, err := s.write(ctx)
	if err != nil {
		return added, fmt.Errorf("add: %w", err)
	}
	defer tx.Rollback()
	if err := sameTexts(ctx, tx, docs); err != nil {
		return dyad.Added{}, fmt.Errorf("add: %w", err)
	}
	if added.Documents, err = addDocuments(ctx, tx, docs); err != nil {
		return dyad.Added{}, err
	}
	if len(rows) > 0 {
		ls, err := loadState(ctx, tx)
		if err != nil {
			return dyad.Added{}, fmt.Errorf("add: %w", err)
		}
		if added.Events, err = addEvents(ctx, tx, rows, nil, ls); err != nil {
			return dyad.Added{}, fmt.Errorf("add events: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return dyad.Added{}, fmt.Errorf("add: %w", err)
	}
	return added, nil
}

func addDocuments(ctx context.Context, tx *sql.Tx, docs []dyad.Document) (int, error) {
	if len(docs) == 0 {
		return 0, nil
	}
	docStmt, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO documents (id, date, title, url, source, text) VALUES (?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return 0, fmt.Errorf("add: %w", err)
	}
	defer docStmt.Close()
	sentStmt, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO sentences (doc, idx, start, "end") VALUES (?, ?, ?, ?)`)
	if err != nil {
		return 0, fmt.Errorf("add: %w", err)
	}
	defer sentStmt.Close()
	n := 0
	for _, d := range docs {
		res, err := docStmt.ExecContext(ctx, d.ID, d.Date, d.Title, d.URL, d.Source, d.Text)
		if err != nil {
			return 0, fmt.Errorf("add document %s: %w", d.ID, err)
		}
		if k, _ := res.RowsAffected(); k == 1 {
			n++
			for i, sp := range d.Sentences {
				if _, err := sentStmt.ExecContext(ctx, d.ID, i, sp[0], sp[1]); err != nil {
					return 0, fmt.Errorf("add document %s: sentence %d: %w", d.ID, i, err)
				}
			}
		}
	}
	return n, nil
}

// eventColumns are the columns of events that Add writes.
const eventColumns = `id, doc, sentence, date, day, src_key, src_code, tgt_key, tgt_code, code, quad, goldstein,
	place, place_country, text, record, cluster, review, countries, quantity`

// rowsPerInsert is how many rows one INSERT statement carries (20 columns an
// event, under SQLite's limit of 32,766 parameters).
const rowsPerInsert = 500

// addEvents stores the rows not stored before and returns how many. It
// clusters them, and the orphans (stored reports whose founder a removal
// took, in the order they were stored) with them.
func addEvents(ctx context.Context, tx *sql.Tx, rows []sqlq.Row, orphans []sqlq.Report, ls load) (int, error) {
	var before int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce((SELECT max(rowid) FROM events), 0)`).Scan(&before); err != nil {
		return 0, err
	}
	var err error
	if len(rows) > 0 {
		if rows, err = unstored(ctx, tx, rows); err != nil {
			return 0, err
		}
	}
	if len(rows) == 0 && len(orphans) == 0 {
		return 0, nil
	}
	clusters, err := cluster(ctx, tx, rows, orphans)
	if err != nil {
		return 0, fmt.Errorf("cluster: %w", err)
	}
	if err := refound(ctx, tx, orphans, clusters); err != nil {
		return 0, fmt.Errorf("cluster: %w", err)
	}
	if len(rows) == 0 {
		return 0, nil
	}
	err = insertMany(ctx, tx, `INSERT INTO events (`+eventColumns+`) VALUES `, 20, len(rows), func(i int, args []any) []any {
		r := &rows[i]
		e := r.Event
		return append(args, e.ID, e.Doc, e.Sentence, e.Date, r.Day, r.SrcKey, r.SrcCode, r.TgtKey, r.TgtCode,
			string(e.Action.Code), e.Action.Quad, e.Action.Goldstein, r.Place, r.PlaceCountry, e.Text, r.Record, clusters[e.ID], r.Review, r.Countries, r.Quantity)
	}, "")
	if err != nil {
		return 0, err
	}
	if err := addActorKeys(ctx, tx, rows); err != nil {
		return 0, fmt.Errorf("actor keys: %w", err)
	}
	rollups := sqlq.Rollups(rows)
	err = insertMany(ctx, tx, `INSERT INTO rollup_day (src_key, tgt_key, day, code, quad, n, goldstein) VALUES `, 7, len(rollups),
		func(i int, args []any) []any {
			r := &rollups[i]
			return append(args, r.Src, r.Tgt, r.Day, r.Code, r.Quad, r.N, r.Goldstein)
		}, ` ON CONFLICT (src_key, tgt_key, day, code) DO UPDATE SET n = n + excluded.n, goldstein = goldstein + excluded.goldstein`)
	if err != nil {
		return 0, fmt.Errorf("rollups: %w", err)
	}
	if ls.loading {
		// a setting of the connection, which database/sql may have
		// replaced since BeginLoad
		if _, err := tx.ExecContext(ctx, `PRAGMA wal_autocheckpoint = `+strconv.Itoa(loadCheckpoint)); err != nil {
			return 0, err
		}
	}
	// In load mode EndLoad owes the entries of the rows after ls.since;
	// a rowid that a removal freed may be reused below it.
	if _, err := tx.ExecContext(ctx, `INSERT INTO events_fts (rowid, text) SELECT rowid, text FROM events
		WHERE rowid > ? AND rowid <= ? AND text <> ''`, before, ls.since); err != nil {
		return 0, fmt.Errorf("full text: %w", err)
	}
	return len(rows), nil
}

// insertMany inserts n rows of width parameters each with statements of up
// to rowsPerInsert rows: head, then the rows' values, then tail. The
// statement of a full chunk is prepared once. args appends the i-th row's
// values.
func insertMany(ctx context.Context, tx *sql.Tx, head string, width, n int, args func(i int, args []any) []any, tail string) error {
	tuple := "(?" + strings.Repeat(",?", width-1) + "),"
	query := func(k int) string { return head + strings.TrimSuffix(strings.Repeat(tuple, k), ",") + tail }
	var full *sql.Stmt
	if n >= rowsPerInsert {
		var err error
		if full, err = tx.PrepareContext(ctx, query(rowsPerInsert)); err != nil {
			return err
		}
		defer full.Close()
	}
	buf := make([]any, 0, width*min(n, rowsPerInsert))
	for start := 0; start < n; start += rowsPerInsert {
		k := min(rowsPerInsert, n-start)
		buf = buf[:0]
		for i := start; i < start+k; i++ {
			buf = args(i, buf)
		}
		var err error
		if k == rowsPerInsert {
			_, err = full.ExecContext(ctx, buf...)
		} else {
			_, err = tx.ExecContext(ctx, query(k), buf...)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// unstored returns the rows whose id is not stored yet.
func unstored(ctx context.Context, tx *sql.Tx, rows []sqlq.Row) ([]sqlq.Row, error) {
	ids := make([]string, len(rows))
	for i := range rows {
		ids[i] = rows[i].Event.ID
	}
	list, err := json.Marshal(ids)
	if err != nil {
		return nil, err
	}
	q, err := tx.QueryContext(ctx, `SELECT id FROM events WHERE id IN (SELECT value FROM json_each(?))`, list)
	if err != nil {
		return nil, err
	}
	defer q.Close()
	stored := map[string]bool{}
	for q.Next() {
		var id string
		if err := q.Scan(&id); err != nil {
			return nil, err
		}
		stored[id] = true
	}
	if err := q.Err(); err != nil || len(stored) == 0 {
		return rows, err
	}
	return sqlq.Fresh(rows, stored), nil
}

// cluster assigns the orphans and the new rows to clusters of reports of
// one event (sqlq.Cluster): stored founders near them first, in the order
// they were stored, then the orphans, then the rows, and returns the
// cluster of each by id.
func cluster(ctx context.Context, tx *sql.Tx, rows []sqlq.Row, orphans []sqlq.Report) (map[string]string, error) {
	mine := make([]sqlq.Report, 0, len(orphans)+len(rows))
	mine = append(mine, orphans...)
	for i := range rows {
		mine = append(mine, rows[i].Report())
	}
	probes := sqlq.Probes(mine)
	list := make([][4]string, len(probes))
	for i, p := range probes {
		list[i] = [4]string{p.Src, p.Tgt, p.Lo, p.Hi}
	}
	arg, err := json.Marshal(list)
	if err != nil {
		return nil, err
	}
	// one range of the dyad index per probe
	q, err := tx.QueryContext(ctx, `SELECT f.id, f.src_key, f.tgt_key, substr(f.code, 1, 2), f.day,
			CASE WHEN f.place_country <> '' THEN f.place_country ELSE f.place END, f.doc
		FROM events f WHERE f.rowid IN (
			SELECT f2.rowid FROM json_each(?) p JOIN events f2 ON f2.src_key = p.value->>0 AND f2.tgt_key = p.value->>1
				AND f2.day BETWEEN p.value->>2 AND p.value->>3
			WHERE f2.cluster = f2.id AND f2.review <> 'rejected')
		ORDER BY f.rowid`, arg)
	if err != nil {
		return nil, err
	}
	defer q.Close()
	reports, err := sqlq.ScanReports(q, make([]sqlq.Report, 0, len(rows)))
	if err != nil {
		return nil, err
	}
	return sqlq.Cluster(append(reports, mine...)), nil
}
