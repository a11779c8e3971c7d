package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/internal/sqlq"
)

// stage creates the session's staging table for documents the first time
// a connection needs it. It is temporary and emptied at every commit, so
// no transaction sees another's rows and a session creates it only once.
const stage = `
CREATE TEMP TABLE IF NOT EXISTS documents_in (
    ord    INTEGER NOT NULL,
    id     TEXT COLLATE "C" NOT NULL,
    date   TEXT NOT NULL,
    title  TEXT NOT NULL,
    url    TEXT NOT NULL,
    source TEXT NOT NULL,
    text   TEXT NOT NULL
) ON COMMIT DELETE ROWS`

var docCols = []string{"ord", "id", "date", "title", "url", "source", "text"}

var eventCols = []string{"id", "doc", "sentence", "date", "day", "src_key", "src_code", "tgt_key", "tgt_code",
	"code", "quad", "goldstein", "place", "place_country", "text", "record", "cluster", "review", "countries", "quantity"}

// moveDocs keeps the first of several documents with one id, as a row at a
// time would, and returns the ids of those it stored. (Documents are kept
// one an id by an exclusion constraint, which ON CONFLICT DO NOTHING
// honours without naming it.)
const moveDocs = `
INSERT INTO documents (id, date, title, url, source, text)
SELECT DISTINCT ON (id) id, date, title, url, source, text FROM documents_in ORDER BY id, ord
ON CONFLICT DO NOTHING
RETURNING id`

// Add implements dyad.Store. Adds to one schema take turns (a transaction
// advisory lock), which lets each copy its new events straight into place
// and cluster them against everything stored before it. Go encodes the
// records, clusters the reports and sums the rollups; PostgreSQL answers
// which events are stored and which stored founders are near, takes the
// events by COPY in binary and the rollup rows in one upsert (outside load
// mode).
func (s *Store) Add(ctx context.Context, docs []dyad.Document, events []dyad.Event) (dyad.Added, error) {
	var added dyad.Added
	if len(docs) == 0 && len(events) == 0 {
		return added, nil
	}
	docs = sqlq.CleanDocs(docs)
	rows, err := sqlq.EventRows(events)
	if err != nil {
		return added, fmt.Errorf("add: %w", err)
	}
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		loading, err := begin(ctx, tx)
		if err != nil {
			return err
		}
		if err := sameTexts(ctx, tx, docs); err != nil {
			return err
		}
		if added.Documents, err = addDocuments(ctx, tx, docs); err != nil {
			return err
		}
		if len(rows) > 0 {
			if added.Events, err = addEvents(ctx, tx, rows, nil, !loading); err != nil {
				return fmt.Errorf("add events: %w", err)
			}
		}
		return nil
	})
	if err != nil {
		return dyad.Added{}, fmt.Errorf("add: %w", err)
	}
	return added, nil
}

func addDocuments(ctx context.Context, tx pgx.Tx, docs []dyad.Document) (int, error) {
	if len(docs) == 0 {
		return 0, nil
	}
	if _, err := tx.Exec(ctx, stage); err != nil {
		return 0, fmt.Errorf("stage: %w", err)
	}
	_, err := tx.CopyFrom(ctx, pgx.Identifier{"documents_in"}, docCols,
		pgx.CopyFromSlice(len(docs), func(i int) ([]any, error) {
			d := &docs[i]
			return []any{i, d.ID, d.Date, d.Title, d.URL, d.Source, d.Text}, nil
		}))
	if err != nil {
		return 0, fmt.Errorf("copy documents: %w", err)
	}
	rows, err := tx.Query(ctx, moveDocs)
	if err != nil {
		return 0, fmt.Errorf("insert documents: %w", err)
	}
	stored, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return 0, fmt.Errorf("insert documents: %w", err)
	}
	// the sentences of the documents stored now, each the first of its id
	first := make(map[string]*dyad.Document, len(docs))
	for i := range docs {
		if first[docs[i].ID] == nil {
			first[docs[i].ID] = &docs[i]
		}
	}
	var sents [][]any
	for _, id := range stored {
		for i, sp := range first[id].Sentences {
			sents = append(sents, []any{id, i, sp[0], sp[1]})
		}
	}
	if len(sents) > 0 {
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"sentences"}, []string{"doc", "idx", "start", "end"},
			pgx.CopyFromRows(sents)); err != nil {
			return 0, fmt.Errorf("copy sentences: %w", err)
		}
	}
	return len(stored), nil
}

// addEvents stores the rows not stored before and returns how many; it adds
// them to the rollups unless told not to (in load mode, when EndLoad
// computes the rollups afresh). It clusters them, and the orphans (stored
// reports whose founder a removal took) with them.
func addEvents(ctx context.Context, tx pgx.Tx, rows []sqlq.Row, orphans []sqlq.Report, rollup bool) (int, error) {
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
	_, err = tx.CopyFrom(ctx, pgx.Identifier{"events"}, eventCols,
		pgx.CopyFromSlice(len(rows), func(i int) ([]any, error) {
			r := &rows[i]
			e := r.Event
			return []any{e.ID, e.Doc, e.Sentence, e.Date, r.Day, r.SrcKey, r.SrcCode, r.TgtKey, r.TgtCode,
				string(e.Action.Code), e.Action.Quad, e.Action.Goldstein, r.Place, r.PlaceCountry, e.Text, r.Record, clusters[e.ID], r.Review, r.Countries, r.Quantity}, nil
		}))
	if err != nil {
		return 0, fmt.Errorf("copy: %w", err)
	}
	if err := addActorKeys(ctx, tx, rows); err != nil {
		return 0, fmt.Errorf("actor keys: %w", err)
	}
	if !rollup {
		return len(rows), nil
	}
	rollups := sqlq.Rollups(rows)
	cols := struct {
		src, tgt, day, code []string
		quad                []int32
		n                   []int64
		g                   []float64
	}{}
	for _, r := range rollups {
		cols.src, cols.tgt, cols.day, cols.code = append(cols.src, r.Src), append(cols.tgt, r.Tgt), append(cols.day, r.Day), append(cols.code, r.Code)
		cols.quad, cols.n, cols.g = append(cols.quad, int32(r.Quad)), append(cols.n, r.N), append(cols.g, r.Goldstein)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO rollup_day AS r (src_key, tgt_key, day, code, quad, n, goldstein)
		SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::bigint[], $7::float8[])
		ON CONFLICT (src_key, tgt_key, day, code)
		DO UPDATE SET n = r.n + excluded.n, goldstein = r.goldstein + excluded.goldstein`,
		cols.src, cols.tgt, cols.day, cols.code, cols.quad, cols.n, cols.g); err != nil {
		return 0, fmt.Errorf("rollups: %w", err)
	}
	return len(rows), nil
}

// unstored returns the rows whose id is not stored yet.
func unstored(ctx context.Context, tx pgx.Tx, rows []sqlq.Row) ([]sqlq.Row, error) {
	ids := make([]string, len(rows))
	for i := range rows {
		ids[i] = rows[i].Event.ID
	}
	q, err := tx.Query(ctx, `SELECT id FROM events WHERE id = ANY($1::text[])`, ids)
	if err != nil {
		return nil, err
	}
	stored := map[string]bool{}
	for q.Next() {
		var id string
		if err := q.Scan(&id); err != nil {
			q.Close()
			return nil, err
		}
		stored[id] = true
	}
	q.Close()
	if err := q.Err(); err != nil || len(stored) == 0 {
		return rows, err
	}
	return sqlq.Fresh(rows, stored), nil
}

// cluster assigns the orphans and the new rows to clusters of reports of
// one event (sqlq.Cluster): stored founders near them first, by day and id,
// then the orphans, then the rows in the order of the call, and returns the
// cluster of each by id.
func cluster(ctx context.Context, tx pgx.Tx, rows []sqlq.Row, orphans []sqlq.Report) (map[string]string, error) {
	mine := make([]sqlq.Report, 0, len(orphans)+len(rows))
	mine = append(mine, orphans...)
	for i := range rows {
		mine = append(mine, rows[i].Report())
	}
	probes := sqlq.Probes(mine)
	var src, tgt, lo, hi []string
	for _, p := range probes {
		src, tgt, lo, hi = append(src, p.Src), append(tgt, p.Tgt), append(lo, p.Lo), append(hi, p.Hi)
	}
	// one range of the dyad index per probe: OFFSET 0 keeps the planner
	// from flattening the subquery into a join, which, without statistics
	// for events just loaded, it would make a scan of every stored event
	q, err := tx.Query(ctx, `SELECT f.id, f.src_key, f.tgt_key, left(f.code, 2), f.day, f.place, f.doc
		FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS p(src, tgt, lo, hi),
		LATERAL (SELECT id, src_key, tgt_key, code, day,
				CASE WHEN place_country <> '' THEN place_country ELSE place END AS place, doc
			FROM events WHERE src_key = p.src COLLATE "C" AND tgt_key = p.tgt COLLATE "C"
				AND day >= p.lo COLLATE "C" AND day <= p.hi COLLATE "C" AND cluster = id AND review <> 'rejected'
			OFFSET 0) f
		ORDER BY f.day, f.id`, src, tgt, lo, hi)
	if err != nil {
		return nil, err
	}
	reports, err := sqlq.ScanReports(q, make([]sqlq.Report, 0, len(rows)))
	q.Close()
	if err != nil {
		return nil, err
	}
	return sqlq.Cluster(append(reports, mine...)), nil
}
