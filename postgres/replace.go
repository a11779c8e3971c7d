package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/internal/sqlq"
)

// begin starts the work of a transaction that writes events: it takes the
// turn of adds to the schema, counts the write in the store's version, and
// tells whether the schema is in load mode.
func begin(ctx context.Context, tx pgx.Tx) (loading bool, err error) {
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, hashtext(current_schema()))`, addLock); err != nil {
		return false, fmt.Errorf("lock: %w", err)
	}
	if err := bump(ctx, tx); err != nil {
		return false, err
	}
	// Compiling these short statements costs more than it saves.
	if _, err := tx.Exec(ctx, `SET LOCAL jit = off`); err != nil {
		return false, err
	}
	if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM load_steps)`).Scan(&loading); err != nil {
		return false, fmt.Errorf("load mode: %w", err)
	}
	return loading, nil
}

// Replace implements dyad.Store. Like Add it takes the turn of adds to the
// schema; it reads the stored versions of the documents (their fields and
// digests, and the events of those that changed), removes the events the
// new versions do not repeat, writes the documents and stores the new
// events as Add does.
func (s *Store) Replace(ctx context.Context, docs []dyad.Document, events []dyad.Event) (dyad.Replaced, error) {
	var out dyad.Replaced
	docs = sqlq.CleanDocs(docs)
	rows, err := sqlq.EventRows(events)
	if err != nil {
		return out, fmt.Errorf("replace: %w", err)
	}
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		loading, err := begin(ctx, tx)
		if err != nil {
			return err
		}
		ids := make([]string, len(docs))
		for i := range docs {
			ids[i] = docs[i].ID
		}
		stored, err := storedDocs(ctx, tx, ids)
		if err != nil {
			return err
		}
		plan, err := sqlq.PlanReplace(docs, rows, stored)
		if err != nil {
			return err
		}
		old, err := eventsOf(ctx, tx, plan.Replaced.Replaced)
		if err != nil {
			return err
		}
		stale := sqlq.Stale(old, plan.Rows)
		orphans, err := remove(ctx, tx, stale, !loading)
		if err != nil {
			return err
		}
		if err := writeDocuments(ctx, tx, plan); err != nil {
			return err
		}
		out = plan.Replaced
		out.Removed = len(stale)
		if out.Events, err = addEvents(ctx, tx, plan.Rows, orphans, !loading); err != nil {
			return fmt.Errorf("events: %w", err)
		}
		if out.Earlier, err = sqlq.Events(old); err != nil {
			return err
		}
		if err := reattach(ctx, tx, plan, &out, !loading); err != nil {
			return fmt.Errorf("judgements: %w", err)
		}
		return nil
	})
	if err != nil {
		if dyad.ErrorCode(err) == dyad.EINVALID {
			return dyad.Replaced{}, err
		}
		return dyad.Replaced{}, fmt.Errorf("replace: %w", err)
	}
	return out, nil
}

// Delete implements dyad.Store; it takes the turn of adds to the schema.
func (s *Store) Delete(ctx context.Context, ids []string) (dyad.Deleted, error) {
	var out dyad.Deleted
	if len(ids) == 0 {
		return out, nil
	}
	ids = sqlq.CleanAll(ids)
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		loading, err := begin(ctx, tx)
		if err != nil {
			return err
		}
		old, err := eventsOf(ctx, tx, ids)
		if err != nil {
			return err
		}
		orphans, err := remove(ctx, tx, old, !loading)
		if err != nil {
			return err
		}
		if _, err := addEvents(ctx, tx, nil, orphans, !loading); err != nil {
			return fmt.Errorf("cluster: %w", err)
		}
		if _, err := tx.Exec(ctx, `DELETE FROM sentences WHERE doc = ANY($1::text[])`, ids); err != nil {
			return fmt.Errorf("sentences: %w", err)
		}
		if _, err := tx.Exec(ctx, `DELETE FROM judgements WHERE doc = ANY($1::text[])`, ids); err != nil {
			return fmt.Errorf("judgements: %w", err)
		}
		tag, err := tx.Exec(ctx, `DELETE FROM documents WHERE id = ANY($1::text[])`, ids)
		if err != nil {
			return fmt.Errorf("documents: %w", err)
		}
		out = dyad.Deleted{Documents: int(tag.RowsAffected()), Events: len(old)}
		return nil
	})
	if err != nil {
		return dyad.Deleted{}, fmt.Errorf("delete: %w", err)
	}
	return out, nil
}

// Documents implements dyad.Store.
func (s *Store) Documents(ctx context.Context, f dyad.DocFilter, fn func(*dyad.Document) error) error {
	where, args := sqlq.DocWhere(f, placeholder)
	rows, err := s.pool.Query(ctx, `SELECT `+sqlq.DocumentColumns+` FROM documents WHERE `+where+` ORDER BY id`, args...)
	if err != nil {
		return fmt.Errorf("documents: %w", err)
	}
	defer rows.Close()
	return sqlq.ScanDocuments(rows, f, fn)
}

// storedDocs returns the stored documents among ids, with their digests.
func storedDocs(ctx context.Context, tx pgx.Tx, ids []string) (map[string]sqlq.StoredDoc, error) {
	out := map[string]sqlq.StoredDoc{}
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := tx.Query(ctx, `SELECT id, date, title, url, source, text, digest FROM documents WHERE id = ANY($1::text[])`, ids)
	if err != nil {
		return nil, fmt.Errorf("stored documents: %w", err)
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

// eventsOf returns the stored events of the documents docs, by day and id.
func eventsOf(ctx context.Context, tx pgx.Tx, docs []string) ([]sqlq.Stored, error) {
	return storedEvents(ctx, tx, "doc", docs)
}

// storedEvents returns the stored events whose column col (doc or id) is
// one of in, by day and id.
func storedEvents(ctx context.Context, tx pgx.Tx, col string, docs []string) ([]sqlq.Stored, error) {
	if len(docs) == 0 {
		return nil, nil
	}
	rows, err := tx.Query(ctx, `SELECT id, src_key, tgt_key, left(code, 2), day,
			CASE WHEN place_country <> '' THEN place_country ELSE place END, doc, code, cluster, record
		FROM events WHERE `+col+` = ANY($1::text[]) ORDER BY day, id`, docs)
	if err != nil {
		return nil, fmt.Errorf("stored events: %w", err)
	}
	defer rows.Close()
	var out []sqlq.Stored
	for rows.Next() {
		var e sqlq.Stored
		var rec string
		if err := rows.Scan(&e.ID, &e.Src, &e.Tgt, &e.Root, &e.Day, &e.Place, &e.Doc, &e.Code, &e.Cluster, &rec); err != nil {
			return nil, err
		}
		e.Record = []byte(rec)
		out = append(out, e)
	}
	return out, rows.Err()
}

// remove deletes stored events, recomputes the rollup rows they counted in
// (unless told not to: in load mode EndLoad computes them afresh), and
// returns the reports left without a founder, by day and id, for addEvents
// to cluster again.
func remove(ctx context.Context, tx pgx.Tx, evs []sqlq.Stored, rollup bool) ([]sqlq.Report, error) {
	if len(evs) == 0 {
		return nil, nil
	}
	ids := make([]string, len(evs))
	for i := range evs {
		ids[i] = evs[i].ID
	}
	if _, err := tx.Exec(ctx, `DELETE FROM events WHERE id = ANY($1::text[])`, ids); err != nil {
		return nil, fmt.Errorf("remove events: %w", err)
	}
	if rollup {
		var src, tgt, day, code []string
		for _, k := range sqlq.RollupKeys(evs) {
			src, tgt, day, code = append(src, k[0]), append(tgt, k[1]), append(day, k[2]), append(code, k[3])
		}
		const keys = `unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS k(src, tgt, day, code)`
		if _, err := tx.Exec(ctx, `DELETE FROM rollup_day r USING `+keys+`
			WHERE r.src_key = k.src COLLATE "C" AND r.tgt_key = k.tgt COLLATE "C" AND r.day = k.day COLLATE "C" AND r.code = k.code COLLATE "C"`,
			src, tgt, day, code); err != nil {
			return nil, fmt.Errorf("rollups: %w", err)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO rollup_day (src_key, tgt_key, day, code, quad, n, goldstein)
			SELECT e.src_key, e.tgt_key, e.day, e.code, min(e.quad), count(*), sum(e.goldstein)
			FROM `+keys+` JOIN events e ON e.src_key = k.src COLLATE "C" AND e.tgt_key = k.tgt COLLATE "C"
				AND e.day = k.day COLLATE "C" AND e.code = k.code COLLATE "C"
			WHERE e.review <> 'rejected'
			GROUP BY e.src_key, e.tgt_key, e.day, e.code`, src, tgt, day, code); err != nil {
			return nil, fmt.Errorf("rollups: %w", err)
		}
	}
	founders := sqlq.Founders(evs)
	if len(founders) == 0 {
		return nil, nil
	}
	rows, err := tx.Query(ctx, `SELECT id, src_key, tgt_key, left(code, 2), day,
			CASE WHEN place_country <> '' THEN place_country ELSE place END, doc
		FROM events WHERE cluster = ANY($1::text[]) ORDER BY day, id`, founders)
	if err != nil {
		return nil, fmt.Errorf("orphans: %w", err)
	}
	defer rows.Close()
	return sqlq.ScanReports(rows, nil)
}

// refound sets the cluster of each orphan to the one clusters gives it.
func refound(ctx context.Context, tx pgx.Tx, orphans []sqlq.Report, clusters map[string]string) error {
	if len(orphans) == 0 {
		return nil
	}
	ids, to := make([]string, len(orphans)), make([]string, len(orphans))
	for i, o := range orphans {
		ids[i], to[i] = o.ID, clusters[o.ID]
	}
	_, err := tx.Exec(ctx, `UPDATE events SET cluster = v.cluster FROM unnest($1::text[], $2::text[]) AS v(id, cluster)
		WHERE events.id = v.id COLLATE "C"`, ids, to)
	return err
}

// writeDocuments inserts the documents of plan that were not stored,
// overwrites those that were, and gives both their new sentences.
func writeDocuments(ctx context.Context, tx pgx.Tx, plan sqlq.Plan) error {
	if len(plan.Docs) == 0 {
		return nil
	}
	n := len(plan.Docs)
	id, date, title, url, source, text, digest := make([]string, n), make([]string, n), make([]string, n),
		make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	var sdoc []string
	var sidx, sstart, send []int32
	for i, d := range plan.Docs {
		id[i], date[i], title[i], url[i], source[i], text[i], digest[i] = d.ID, d.Date, d.Title, d.URL, d.Source, d.Text, plan.Digests[d.ID]
		for j, sp := range d.Sentences {
			sdoc, sidx, sstart, send = append(sdoc, d.ID), append(sidx, int32(j)), append(sstart, int32(sp[0])), append(send, int32(sp[1]))
		}
	}
	// the replaced are overwritten, the others inserted (an exclusion
	// constraint keeps documents one an id, which ON CONFLICT cannot
	// update through); the list of the replaced is never NULL, which
	// ALL would make no answer
	if _, err := tx.Exec(ctx, `WITH v AS (
			SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
				AS v(id, date, title, url, source, text, digest)),
		updated AS (
			UPDATE documents d SET date = v.date, title = v.title, url = v.url, source = v.source, text = v.text, digest = v.digest
			FROM v WHERE d.id = v.id COLLATE "C" AND d.id = ANY($8::text[])
			RETURNING d.id)
		INSERT INTO documents (id, date, title, url, source, text, digest)
		SELECT * FROM v WHERE v.id <> ALL($8::text[])`,
		id, date, title, url, source, text, digest, append([]string{}, plan.Replaced.Replaced...)); err != nil {
		return fmt.Errorf("documents: %w", err)
	}
	if len(plan.Replaced.Replaced) > 0 {
		if _, err := tx.Exec(ctx, `DELETE FROM sentences WHERE doc = ANY($1::text[])`, plan.Replaced.Replaced); err != nil {
			return fmt.Errorf("sentences: %w", err)
		}
	}
	if len(sdoc) > 0 {
		if _, err := tx.Exec(ctx, `INSERT INTO sentences (doc, idx, start, "end")
			SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::int[])`, sdoc, sidx, sstart, send); err != nil {
			return fmt.Errorf("sentences: %w", err)
		}
	}
	return nil
}
