package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/internal/sqlq"
)

// Judge implements dyad.Store. The judgement is appended; the judged event
// is removed and stored again as the judgement makes it, as Replace
// removes and adds events, so that rollups, clusters and text search
// follow.
func (s *Store) Judge(ctx context.Context, j dyad.Judgement) (dyad.Judgement, *dyad.Event, error) {
	if err := j.Validate(); err != nil {
		return j, nil, err
	}
	// ids and names are stored, and so looked up, with each NUL byte a
	// space
	j.Event, j.Doc, j.Reviewer = sqlq.Clean(j.Event), sqlq.Clean(j.Doc), sqlq.Clean(j.Reviewer)
	tx, err := s.write(ctx)
	if err != nil {
		return j, nil, fmt.Errorf("judge: %w", err)
	}
	defer tx.Rollback()
	var stored *dyad.Event
	var prev *sqlq.Thread
	if j.Verdict == dyad.Add {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE id = ?`, j.Doc).Scan(&n); err != nil {
			return j, nil, fmt.Errorf("judge: %w", err)
		}
		if n == 0 {
			return j, nil, dyad.Errorf(dyad.ENOTFOUND, "document %q not found", j.Doc)
		}
	} else if stored, prev, err = judged(ctx, tx, j.Event); err != nil {
		return j, nil, err
	}
	j, th, err := sqlq.Judged(j, stored, prev, time.Now())
	if err != nil {
		return j, nil, err
	}
	if j.Verdict == dyad.Add {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM events WHERE id = ?`, j.Now.ID).Scan(&n); err != nil {
			return j, nil, fmt.Errorf("judge: %w", err)
		}
		if n > 0 {
			return j, nil, dyad.Errorf(dyad.ECONFLICT, "event %s is stored already", j.Now.ID)
		}
	}
	rec, anchor, err := sqlq.JudgementRecord(&j, th)
	if err != nil {
		return j, nil, err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO judgements (id, thread, doc, event, reviewer, anchor, record)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, j.ID, th.ID, j.Doc, j.Event, j.Reviewer, anchor, rec); err != nil {
		return j, nil, fmt.Errorf("judge: %w", err)
	}
	e := sqlq.InForce(&j)
	if err := s.restore(ctx, tx, []dyad.Event{e}); err != nil {
		return j, nil, fmt.Errorf("judge: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return j, nil, fmt.Errorf("judge: %w", err)
	}
	return j, &e, nil
}

// judged returns the stored event id and the thread of its judgement in
// force, if any.
func judged(ctx context.Context, tx *sql.Tx, id string) (*dyad.Event, *sqlq.Thread, error) {
	var rec []byte
	err := tx.QueryRowContext(ctx, `SELECT record FROM events WHERE id = ?`, id).Scan(&rec)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, dyad.Errorf(dyad.ENOTFOUND, "event %q not found", id)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("judge: %w", err)
	}
	var e dyad.Event
	if err := json.Unmarshal(rec, &e); err != nil {
		return nil, nil, fmt.Errorf("judge: stored record: %w", err)
	}
	if e.Review == nil {
		return &e, nil, nil
	}
	var jrec, anchor []byte
	var thread string
	if err := tx.QueryRowContext(ctx, `SELECT record, anchor, thread FROM judgements WHERE id = ?`, e.Review.Judgement).
		Scan(&jrec, &anchor, &thread); err != nil {
		return nil, nil, fmt.Errorf("judge: judgement %s: %w", e.Review.Judgement, err)
	}
	th, err := sqlq.ScanThread(jrec, anchor, thread)
	return &e, &th, err
}

// restore stores events in place of the stored events of the same ids.
func (s *Store) restore(ctx context.Context, tx *sql.Tx, events []dyad.Event) error {
	if len(events) == 0 {
		return nil
	}
	ls, err := loadState(ctx, tx)
	if err != nil {
		return err
	}
	rows, err := sqlq.EventRows(events)
	if err != nil {
		return err
	}
	ids := make([]string, len(rows))
	for i := range rows {
		ids[i] = rows[i].Event.ID
	}
	old, err := storedEvents(ctx, tx, "id", ids)
	if err != nil {
		return err
	}
	orphans, err := remove(ctx, tx, old, ls)
	if err != nil {
		return err
	}
	_, err = addEvents(ctx, tx, rows, orphans, ls)
	return err
}

// reattach puts the judgements of the replaced documents of plan on their
// new events (dyad.Store.Replace); out.Earlier are their events before.
func (s *Store) reattach(ctx context.Context, tx *sql.Tx, plan sqlq.Plan, out *dyad.Replaced) error {
	if len(plan.Replaced.Replaced) == 0 {
		return nil
	}
	list, _ := json.Marshal(plan.Replaced.Replaced)
	rows, err := tx.QueryContext(ctx, `SELECT j.record, j.anchor, j.thread FROM judgements j
		WHERE j.doc IN (SELECT value FROM json_each(?))
			AND j.seq = (SELECT max(k.seq) FROM judgements k WHERE k.thread = j.thread)
		ORDER BY j.seq`, list)
	if err != nil {
		return err
	}
	defer rows.Close()
	var threads []sqlq.Thread
	for rows.Next() {
		var rec, anchor []byte
		var thread string
		if err := rows.Scan(&rec, &anchor, &thread); err != nil {
			return err
		}
		th, err := sqlq.ScanThread(rec, anchor, thread)
		if err != nil {
			return err
		}
		threads = append(threads, th)
	}
	if err := rows.Err(); err != nil || len(threads) == 0 {
		return err
	}
	coded := make([]dyad.Event, 0, len(plan.Rows))
	for _, r := range plan.Rows {
		coded = append(coded, *r.Event)
	}
	force, taken, judged, agreed := sqlq.Reattach(threads, coded, out.Earlier)
	out.Judged, out.Agreed, out.Reviewed = judged, agreed, taken
	return s.restore(ctx, tx, force)
}

// Judgements implements dyad.Store. It reads on the readers' pool, in one
// transaction (the thread of f.Event and its judgements are of one
// version), so that a review page never waits behind a write.
func (s *Store) Judgements(ctx context.Context, f dyad.JudgementFilter, fn func(*dyad.Judgement) error) error {
	f.Event, f.Doc, f.Reviewer = sqlq.Clean(f.Event), sqlq.Clean(f.Doc), sqlq.Clean(f.Reviewer)
	tx, err := s.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("judgements: %w", err)
	}
	defer tx.Rollback()
	var thread string
	if f.Event != "" {
		err := tx.QueryRowContext(ctx, `SELECT j.thread FROM events e JOIN judgements j ON j.id = e.record->>'$.review.judgement'
			WHERE e.id = ?`, f.Event).Scan(&thread)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("judgements: %w", err)
		}
	}
	where, args := sqlq.JudgementWhere(f, thread, func(int) string { return "?" })
	q := `SELECT record FROM judgements WHERE ` + where + ` ORDER BY seq DESC`
	if f.Limit > 0 {
		q += ` LIMIT ?`
		args = append(args, f.Limit)
	}
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("judgements: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var rec []byte
		if err := rows.Scan(&rec); err != nil {
			return fmt.Errorf("judgements: %w", err)
		}
		var j dyad.Judgement
		if err := json.Unmarshal(rec, &j); err != nil {
			return fmt.Errorf("judgements: stored record: %w", err)
		}
		if err := fn(&j); err != nil {
			return err
		}
	}
	return rows.Err()
}
