package sqlq

import "github.com/dyadhq/dyad"

// SameTexts checks that Add may store docs: that no id among them comes
// twice with different texts, nor is stored (stored gives the texts of
// those stored, by id) with a different text. Add skips a document stored
// already, and would store the events of a different one under the
// stored one's text; a new version of a document is Replace's to store.
// ECONFLICT names the first document that differs.
func SameTexts(docs []dyad.Document, stored map[string]string) error {
	given := make(map[string]string, len(docs))
	for _, d := range docs {
		if text, ok := given[d.ID]; ok && text != d.Text {
			return dyad.Errorf(dyad.ECONFLICT, "document %.200q given twice with different texts: store a new version of a document with Replace (dyad ingest does)", d.ID)
		}
		given[d.ID] = d.Text
		if text, ok := stored[d.ID]; ok && text != d.Text {
			return dyad.Errorf(dyad.ECONFLICT, "document %.200q is stored with a different text: store a new version of a document with Replace (dyad ingest does)", d.ID)
		}
	}
	return nil
}
