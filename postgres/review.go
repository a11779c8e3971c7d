package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/internal/sqlq"
)

// Judge implements dyad.Store; it takes the turn of adds to the schema.
// The judgement is appended; the judged event is removed and stored again
// as the judgement makes it, as Replace removes and adds events, so that
// rollups, clusters and text search follow.
func (s *Store) Judge(ctx context.Context, j dyad.Judgement) (dyad.Judgement, *dyad.Event, error) {
	if err := j.Validate(); err != nil {
		return j, nil, err
	}
	// ids and names are stored, and so looked up, with each NUL byte a
	// space
	j.Event, j.Doc, j.Reviewer = sqlq.Clean(j.Event), sqlq.Clean(j.Doc), sqlq.Clean(j.Reviewer)
	var e dyad.Event
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		loading, err := begin(ctx, tx)
		if err != nil {
			return err
		}
		var stored *dyad.Event
		var prev *sqlq.Thread
		if j.Verdict == dyad.Add {
			var n int
			if err := tx.QueryRow(ctx, `SELECT count(*) FROM documents WHERE id = $1`, j.Doc).Scan(&n); err != nil {
				return err
			}
			if n == 0 {
				return dyad.Errorf(dyad.ENOTFOUND, "document %q not found", j.Doc)
			}
		} else if stored, prev, err = judged(ctx, tx, j.Event); err != nil {
			return err
		}
		var th sqlq.Thread
		if j, th, err = sqlq.Judged(j, stored, prev, time.Now()); err != nil {
			return err
		}
		if j.Verdict == dyad.Add {
			var n int
			if err := tx.QueryRow(ctx, `SELECT count(*) FROM events WHERE id = $1`, j.Now.ID).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				return dyad.Errorf(dyad.ECONFLICT, "event %s is stored already", j.Now.ID)
			}
		}
		rec, anchor, err := sqlq.JudgementRecord(&j, th)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `INSERT INTO judgements (id, thread, doc, event, reviewer, anchor, record)
			VALUES ($1, $2, $3, $4, $5, $6, $7)`, j.ID, th.ID, j.Doc, j.Event, j.Reviewer, string(anchor), string(rec)); err != nil {
			return err
		}
		e = sqlq.InForce(&j)
		return restore(ctx, tx, []dyad.Event{e}, !loading)
	})
	if err != nil {
		return j, nil, fmt.Errorf("judge: %w", err)
	}
	return j, &e, nil
}

// judged returns the stored event id and the thread of its judgement in
// force, if any.
func judged(ctx context.Context, tx pgx.Tx, id string) (*dyad.Event, *sqlq.Thread, error) {
	var rec, jrec, anchor, thread *string
	err := tx.QueryRow(ctx, `SELECT e.record, j.record, j.anchor, j.thread FROM events e
		LEFT JOIN judgements j ON j.id = e.record::jsonb->'review'->>'judgement' WHERE e.id = $1`, id).
		Scan(&rec, &jrec, &anchor, &thread)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil, dyad.Errorf(dyad.ENOTFOUND, "event %q not found", id)
	}
	if err != nil {
		return nil, nil, err
	}
	var e dyad.Event
	if err := json.Unmarshal([]byte(*rec), &e); err != nil {
		return nil, nil, fmt.Errorf("stored record: %w", err)
	}
	if jrec == nil {
		if e.Review != nil {
			return nil, nil, fmt.Errorf("event %s: judgement %s not stored", id, e.Review.Judgement)
		}
		return &e, nil, nil
	}
	th, err := sqlq.ScanThread([]byte(*jrec), []byte(*anchor), *thread)
	return &e, &th, err
}

// restore stores events in place of the stored events of the same ids.
func restore(ctx context.Context, tx pgx.Tx, events []dyad.Event, rollup bool) error {
	if len(events) == 0 {
		return nil
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
	orphans, err := remove(ctx, tx, old, rollup)
	if err != nil {
		return err
	}
	_, err = addEvents(ctx, tx, rows, orphans, rollup)
	return err
}

// reattach puts the judgements of the replaced documents of plan on their
// new events (dyad.Store.Replace); out.Earlier are their events before.
func reattach(ctx context.Context, tx pgx.Tx, plan sqlq.Plan, out *dyad.Replaced, rollup bool) error {
	if len(plan.Replaced.Replaced) == 0 {
		return nil
	}
	rows, err := tx.Query(ctx, `SELECT j.record, j.anchor, j.thread FROM judgements j
		WHERE j.doc = ANY($1::text[])
			AND j.seq = (SELECT max(k.seq) FROM judgements k WHERE k.thread = j.thread)
		ORDER BY j.seq`, plan.Replaced.Replaced)
	if err != nil {
		return err
	}
	var threads []sqlq.Thread
	for rows.Next() {
		var rec, anchor, thread string
		if err := rows.Scan(&rec, &anchor, &thread); err != nil {
			rows.Close()
			return err
		}
		th, err := sqlq.ScanThread([]byte(rec), []byte(anchor), thread)
		if err != nil {
			rows.Close()
			return err
		}
		threads = append(threads, th)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(threads) == 0 {
		return err
	}
	coded := make([]dyad.Event, 0, len(plan.Rows))
	for _, r := range plan.Rows {
		coded = append(coded, *r.Event)
	}
	force, taken, judged, agreed := sqlq.Reattach(threads, coded, out.Earlier)
	out.Judged, out.Agreed, out.Reviewed = judged, agreed, taken
	return restore(ctx, tx, force, rollup)
}

// Judgements implements dyad.Store.
func (s *Store) Judgements(ctx context.Context, f dyad.JudgementFilter, fn func(*dyad.Judgement) error) error {
	f.Event, f.Doc, f.Reviewer = sqlq.Clean(f.Event), sqlq.Clean(f.Doc), sqlq.Clean(f.Reviewer)
	var thread string
	if f.Event != "" {
		err := s.pool.QueryRow(ctx, `SELECT j.thread FROM events e JOIN judgements j ON j.id = e.record::jsonb->'review'->>'judgement'
			WHERE e.id = $1`, f.Event).Scan(&thread)
		if err != nil && !errors.Is(err, pgx.ErrNoRows) {
			return fmt.Errorf("judgements: %w", err)
		}
	}
	where, args := sqlq.JudgementWhere(f, thread, placeholder)
	q := `SELECT record FROM judgements WHERE ` + where + ` ORDER BY seq DESC`
	if f.Limit > 0 {
		args = append(args, f.Limit)
		q += ` LIMIT ` + placeholder(len(args))
	}
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("judgements: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var rec string
		if err := rows.Scan(&rec); err != nil {
			return fmt.Errorf("judgements: %w", err)
		}
		var j dyad.Judgement
		if err := json.Unmarshal([]byte(rec), &j); err != nil {
			return fmt.Errorf("judgements: stored record: %w", err)
		}
		if err := fn(&j); err != nil {
			return err
		}
	}
	return rows.Err()
}
