package sqlq

import (
	"fmt"

	"github.com/dyadhq/dyad"
)

// DocumentColumns are the columns ScanDocuments reads, in order.
const DocumentColumns = "id, date, title, url, source, text"

// ScanDocuments calls fn for every document of rows (selected with
// DocumentColumns and DocWhere's condition) whose text has f.Text's words,
// until fn returns an error, which it then returns.
func ScanDocuments(rows Rows, f dyad.DocFilter, fn func(*dyad.Document) error) error {
	for rows.Next() {
		var d dyad.Document
		if err := rows.Scan(&d.ID, &d.Date, &d.Title, &d.URL, &d.Source, &d.Text); err != nil {
			return fmt.Errorf("documents: %w", err)
		}
		if f.Text != "" && !HasWords(d.Text, f.Text) {
			continue
		}
		if err := fn(&d); err != nil {
			return err
		}
	}
	return rows.Err()
}
