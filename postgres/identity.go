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
