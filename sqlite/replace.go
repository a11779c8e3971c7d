package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/internal/sqlq"
)

// Replace implements dyad.Store. It reads the stored versions of the
// documents (their fields and digests, and the events of those that
// changed), removes the events the new versions do not repeat, writes the
// documents and stores the new events as Add does.
func (s *Store) Replace(ctx context.Context, docs []dyad.Document, events []dyad.Event) (dyad.Replaced, error) {
	docs = sqlq.CleanDocs(docs)
	rows, err := sqlq.EventRows(events)
	if err != nil {
		return dyad.Replaced{}, fmt.Errorf("replace: %w", err)
	}
	tx, err := s.write(ctx)
	if err != nil {
		return dyad.Replaced{}, fmt.Errorf("replace: %w", err)
	}
	defer tx.Rollback()
	ls, err := loadState(ctx, tx)
	if err != nil {
		return dyad.Replaced{}, fmt.Errorf("replace: %w", err)
	}
	ids := make([]string, len(docs))
	for i := range docs {
		ids[i] = docs[i].ID
	}
	stored, err := storedDocs(ctx, tx, ids)
	if err != nil {
		return dyad.Replaced{}, fmt.Errorf("replace: %w", err)
	}
	plan, err := sqlq.PlanReplace(docs, rows, stored)
	if err != nil {
		return dyad.Replaced{}, err
	}
	old, err := eventsOf(ctx, tx, plan.Replaced.Replaced)
	if err != nil {
		return dyad.Replaced{}, fmt.Errorf("replace: %w", err)
	}
	stale := sqlq.Stale(old, plan.Rows)
	orphans, err := remove(ctx, tx, stale, ls)
	if err != nil {
		return dyad.Replaced{}, fmt.Errorf("replace: %w", err)
	}
	if err := writeDocuments(ctx, tx, plan); err != nil {
		return dyad.Replaced{}, fmt.Errorf("replace: %w", err)
	}
	out := plan.Replaced
	out.Removed = len(stale)
	if out.Events, err = addEvents(ctx, tx, plan.Rows, orphans, ls); err != nil {
		return dyad.Replaced{}, fmt.Errorf("replace: events: %w", err)
	}
	if out.Earlier, err = sqlq.Events(old); err != nil {
		return dyad.Replaced{}, fmt.Errorf("replace: %w", err)
	}
	if err := s.reattach(ctx, tx, plan, &out); err != nil {
		return dyad.Replaced{}, fmt.Errorf("replace: judgements: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return dyad.Replaced{}, fmt.Errorf("replace: %w", err)
	}
	return out, nil
}

// Delete implements dyad.Store.
func (s *Store) Delete(ctx context.Context, ids []string) (dyad.Deleted, error) {
	var out dyad.Deleted
	if len(ids) == 0 {
		return out, nil
	}
	ids = sqlq.CleanAll(ids)
	tx, err := s.write(ctx)
	if err != nil {
		return out, fmt.Errorf("delete: %w", err)
	}
	defer tx.Rollback()
	ls, err := loadState(ctx, tx)
	if err != nil {
		return out, fmt.Errorf("delete: %w", err)
	}
	old, err := eventsOf(ctx, tx, ids)
	if err != nil {
		return out, fmt.Errorf("delete: %w", err)
	}
	orphans, err := remove(ctx, tx, old, ls)
	if err != nil {
		return out, fmt.Errorf("delete: %w", err)
	}
	if _, err := addEvents(ctx, tx, nil, orphans, ls); err != nil {
		return out, fmt.Errorf("delete: cluster: %w", err)
	}
	list, _ := json.Marshal(ids)
	if _, err := tx.ExecContext(ctx, `DELETE FROM sentences WHERE doc IN (SELECT value FROM json_each(?))`, list); err != nil {
		return out, fmt.Errorf("delete: sentences: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM judgements WHERE doc IN (SELECT value FROM json_each(?))`, list); err != nil {
		return out, fmt.Errorf("delete: judgements: %w", err)
	}
	res, err := tx.ExecContext(ctx, `DELETE FROM documents WHERE id IN (SELECT value FROM json_each(?))`, list)
	if err != nil {
		return out, fmt.Errorf("delete: documents: %w", err)
	}
	n, _ := res.RowsAffected()
	if err := tx.Commit(); err != nil {
		return out, fmt.Errorf("delete: %w", err)
	}
	return dyad.Deleted{Documents: int(n), Events: len(old)}, nil
}

// Documents implements dyad.Store.
func (s *Store) Documents(ctx context.Context, f dyad.DocFilter, fn func(*dyad.Document) error) error {
	where, args := sqlq.DocWhere(f, func(int) string { return "?" })
	rows, err := s.read.QueryContext(ctx, `SELECT `+sqlq.DocumentColumns+` FROM documents WHERE `+where+` ORDER BY id`, args...)
	if err != nil {
		return fmt.Errorf("documents: %w", err)
	}
	defer rows.Close()
	return sqlq.ScanDocuments(rows, f, fn)
}

// storedDocs returns the stored documents among ids, with their digests.
func storedDocs(ctx context.Context, tx *sql.Tx, ids []string) (map[string]sqlq.StoredDoc, error) {
	out := map[string]sqlq.StoredDoc{}
	if len(ids) == 0 {
		return out, nil
	}
	list, _ := json.Marshal(ids)
	rows, err := tx.QueryContext(ctx, `SELECT id, date, title, url, source, text, digest FROM documents
		WHERE id IN (SELECT value FROM json_each(?))`, list)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var d sqlq.StoredDoc
		if err := rows.Scan(&d.ID, &d.Date, &d.Title, &d.URL, &d.Source, &d.Text, &d.Digest); err != nil {
			return nil, err
		}
		out[d.ID] = d
	}
	return out, rows.Err()
}

// eventsOf returns the stored events of the documents docs, in the order
// they were stored.
func eventsOf(ctx context.Context, tx *sql.Tx, docs []string) ([]sqlq.Stored, error) {
	return storedEvents(ctx, tx, "doc", docs)
}

// storedEvents returns the stored events whose column col (doc or id) is
// one of in, in the order they were stored.
func storedEvents(ctx context.Context, tx *sql.Tx, col string, in []string) ([]sqlq.Stored, error) {
	if len(in) == 0 {
		return nil, nil
	}
	list, _ := json.Marshal(in)
	rows, err := tx.QueryContext(ctx, `SELECT rowid, id, src_key, tgt_key, substr(code, 1, 2), day,
			CASE WHEN place_country <> '' THEN place_country ELSE place END, doc, code, cluster, record, text
		FROM events WHERE `+col+` IN (SELECT value FROM json_each(?)) ORDER BY rowid`, list)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []sqlq.Stored
	for rows.Next() {
		var e sqlq.Stored
		if err := rows.Scan(&e.RowID, &e.ID, &e.Src, &e.Tgt, &e.Root, &e.Day, &e.Place, &e.Doc, &e.Code, &e.Cluster,
			&e.Record, &e.Text); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// remove deletes stored events with their full-text entries, recomputes
// the rollup rows they counted in, and returns the reports left without a
// founder, in the order they were stored, for addEvents to cluster again.
func remove(ctx context.Context, tx *sql.Tx, evs []sqlq.Stored, ls load) ([]sqlq.Report, error) {
	if len(evs) == 0 {
		return nil, nil
	}
	fts, err := tx.PrepareContext(ctx, `INSERT INTO events_fts (events_fts, rowid, text) VALUES ('delete', ?, ?)`)
	if err != nil {
		return nil, err
	}
	defer fts.Close()
	ids := make([]string, len(evs))
	for i, e := range evs {
		ids[i] = e.ID
		// in load mode, events stored since the load began have no entry yet
		if e.Text != "" && e.RowID <= ls.since {
			if _, err := fts.ExecContext(ctx, e.RowID, e.Text); err != nil {
				return nil, fmt.Errorf("full text: %w", err)
			}
		}
	}
	list, _ := json.Marshal(ids)
	if _, err := tx.ExecContext(ctx, `DELETE FROM events WHERE id IN (SELECT value FROM json_each(?))`, list); err != nil {
		return nil, err
	}
	keys, _ := json.Marshal(sqlq.RollupKeys(evs))
	if _, err := tx.ExecContext(ctx, `DELETE FROM rollup_day WHERE (src_key, tgt_key, day, code) IN
		(SELECT value->>0, value->>1, value->>2, value->>3 FROM json_each(?))`, keys); err != nil {
		return nil, fmt.Errorf("rollups: %w", err)
	}
	// CROSS JOIN keeps the keys the outer loop, each a range of events_dyad
	if _, err := tx.ExecContext(ctx, `INSERT INTO rollup_day (src_key, tgt_key, day, code, quad, n, goldstein)
		SELECT e.src_key, e.tgt_key, e.day, e.code, min(e.quad), count(*), sum(e.goldstein)
		FROM json_each(?) k CROSS JOIN events e ON e.src_key = k.value->>0 AND e.tgt_key = k.value->>1
			AND e.day = k.value->>2 AND e.code = k.value->>3
		WHERE e.review <> 'rejected'
		GROUP BY e.src_key, e.tgt_key, e.day, e.code`, keys); err != nil {
		return nil, fmt.Errorf("rollups: %w", err)
	}
	founders := sqlq.Founders(evs)
	if len(founders) == 0 {
		return nil, nil
	}
	list, _ = json.Marshal(founders)
	rows, err := tx.QueryContext(ctx, `SELECT id, src_key, tgt_key, substr(code, 1, 2), day,
			CASE WHEN place_country <> '' THEN place_country ELSE place END, doc
		FROM events WHERE cluster IN (SELECT value FROM json_each(?)) ORDER BY rowid`, list)
	if err != nil {
		return nil, fmt.Errorf("orphans: %w", err)
	}
	defer rows.Close()
	return sqlq.ScanReports(rows, nil)
}

// refound sets the cluster of each orphan to the one clusters gives it.
func refound(ctx context.Context, tx *sql.Tx, orphans []sqlq.Report, clusters map[string]string) error {
	if len(orphans) == 0 {
		return nil
	}
	stmt, err := tx.PrepareContext(ctx, `UPDATE events SET cluster = ? WHERE id = ?`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, o := range orphans {
		if _, err := stmt.ExecContext(ctx, clusters[o.ID], o.ID); err != nil {
			return err
		}
	}
	return nil
}

// writeDocuments inserts the documents of plan that were not stored,
// overwrites those that were, and gives both their new sentences.
func writeDocuments(ctx context.Context, tx *sql.Tx, plan sqlq.Plan) error {
	if len(plan.Docs) == 0 {
		return nil
	}
	ins, err := tx.PrepareContext(ctx, `INSERT INTO documents (id, date, title, url, source, text, digest) VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET date = excluded.date, title = excluded.title, url = excluded.url,
			source = excluded.source, text = excluded.text, digest = excluded.digest`)
	if err != nil {
		return err
	}
	defer ins.Close()
	sent, err := tx.PrepareContext(ctx, `INSERT INTO sentences (doc, idx, start, "end") VALUES (?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer sent.Close()
	if len(plan.Replaced.Replaced) > 0 {
		list, _ := json.Marshal(plan.Replaced.Replaced)
		if _, err := tx.ExecContext(ctx, `DELETE FROM sentences WHERE doc IN (SELECT value FROM json_each(?))`, list); err != nil {
			return err
		}
	}
	for _, d := range plan.Docs {
		if _, err := ins.ExecContext(ctx, d.ID, d.Date, d.Title, d.URL, d.Source, d.Text, plan.Digests[d.ID]); err != nil {
			return fmt.Errorf("document %s: %w", d.ID, err)
		}
		for i, sp := range d.Sentences {
			if _, err := sent.ExecContext(ctx, d.ID, i, sp[0], sp[1]); err != nil {
				return fmt.Errorf("document %s: sentence %d: %w", d.ID, i, err)
			}
		}
	}
	return nil
}
