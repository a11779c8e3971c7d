package postgres

import (
	"context"

	"github.com/jackc/pgx/v5"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/internal/sqlq"
)

// sameTexts checks, within tx, that Add may store docs (sqlq.SameTexts).
func sameTexts(ctx context.Context, tx pgx.Tx, docs []dyad.Document) error {
	if len(docs) == 0 {
		return nil
	}
	ids := make([]string, len(docs))
	for i := range docs {
		ids[i] = docs[i].ID
	}
	rows, err := tx.Query(ctx, `SELECT id, text FROM documents WHERE id = ANY($1::text[])`, ids)
	if err != nil {
		return err
	}
	stored := map[string]string{}
	var id, text string
	_, err = pgx.ForEachRow(rows, []any{&id, &text}, func() error {
		stored[id] = text
		return nil
	})
	if err != nil {
		return err
	}
	return sqlq.SameTexts(docs, stored)
}

// addActorKeys adds to the catalogue actor_keys the codes and keys of rows
// that it lacks.
func addActorKeys(ctx context.Context, tx pgx.Tx, rows []sqlq.Row) error {
	cks := sqlq.ActorKeys(rows)
	if len(cks) == 0 {
		return nil
	}
	codes, keys := make([]string, len(cks)), make([]string, len(cks))
	for i, ck := range cks {
		codes[i], keys[i] = ck[0], ck[1]
	}
	_, err := tx.Exec(ctx, `INSERT INTO actor_keys (code, key) SELECT * FROM unnest($1::text[], $2::text[])
		ON CONFLICT DO NOTHING`, codes, keys)
	return err
}
