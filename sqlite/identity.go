package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/internal/sqlq"
)

// sameTexts checks, within tx, that Add may store docs (sqlq.SameTexts).
func sameTexts(ctx context.Context, tx *sql.Tx, docs []dyad.Document) error {
	if len(docs) == 0 {
		return nil
	}
	ids := make([]string, len(docs))
	for i := range docs {
		ids[i] = docs[i].ID
	}
	list, err := json.Marshal(ids)
	if err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, text FROM documents WHERE id IN (SELECT value FROM json_each(?))`, list)
	if err != nil {
		return err
	}
	defer rows.Close()
	stored := map[string]string{}
	for rows.Next() {
		var id, text string
		if err := rows.Scan(&id, &text); err != nil {
			return err
		}
		stored[id] = text
	}
	if err := rows.Err(); err != nil {
		return err
	}
	return sqlq.SameTexts(docs, stored)
}
