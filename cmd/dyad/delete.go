package main

import (
	"fmt"
	"reflect"

	"github.com/spf13/cobra"

	"github.com/dyadhq/dyad"
)

// deleteBatch is how many documents a transaction of delete removes unless
// told otherwise.
const deleteBatch = 1000

func deleteCmd() *cobra.Command {
	var (
		st    storeFlags
		df    docFilterFlags
		all   bool
		batch int
	)
	cmd := &cobra.Command{
		Use:   "delete (--doc ID... | filters | --all)",
		Short: "Remove stored documents and their events",
		Long: `Delete removes documents, their sentences and their events from the store,
and with them their counts in the rollups, their full-text entries and their
places in clusters (the reports left in a cluster whose first report is
removed are clustered again). --doc names documents by id, and also removes
the events of an imported file by their document id (as query shows it:
gdelt-..., icews-story-...). Filters select the documents to remove as
recode's do. An empty selection is refused unless --all, which removes every
document and every event. Each batch of documents is one transaction: a run
killed midway loses nothing it committed, and running it again completes it.
Delete never creates a store.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if err := df.validate(); err != nil {
				return err
			}
			selected := !selectsAll(df.f)
			switch {
			case !selected && !all:
				return dyad.Errorf(dyad.EINVALID, "delete: name documents (--doc) or filters, or give --all to delete everything")
			case selected && all:
				return dyad.Errorf(dyad.EINVALID, "delete: --all deletes everything: give it without --doc or filters")
			}
			s, err := st.open(ctx)
			if err != nil {
				return err
			}
			defer s.Close()
			var ids []string
			only := df.f
			only.IDs = nil
			switch {
			case selectsAll(only) && !all:
				ids = df.f.IDs // documents, or the events of imported files, by id
			default:
				if ids, err = df.ids(ctx, s); err != nil {
					return err
				}
			}
			if all {
				// imported events have no stored document
				seen := map[string]bool{}
				for _, id := range ids {
					seen[id] = true
				}
				if err := s.Events(ctx, dyad.Filter{}, func(e *dyad.Event) error {
					if !seen[e.Doc] {
						seen[e.Doc] = true
						ids = append(ids, e.Doc)
					}
					return nil
				}); err != nil {
					return err
				}
			}
			p, _ := progress(ctx, cmd.ErrOrStderr())
			bar := countBar(p, "delete", len(ids))
			if batch <= 0 {
				batch = deleteBatch
			}
			var total dyad.Deleted
			for i := 0; i < len(ids) && err == nil; i += batch {
				var d dyad.Deleted
				if d, err = s.Delete(ctx, ids[i:min(i+batch, len(ids))]); err == nil {
					total.Documents += d.Documents
					total.Events += d.Events
					if bar != nil {
						bar.IncrBy(min(batch, len(ids)-i))
					}
				}
			}
			if p != nil {
				if err != nil {
					bar.Abort(false)
				}
				p.Wait()
			}
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "deleted %d documents and %d events\n", total.Documents, total.Events)
			return nil
		},
	}
	st.add(cmd)
	df.add(cmd)
	cmd.Flags().BoolVar(&all, "all", false, "delete every document and every event")
	cmd.Flags().IntVar(&batch, "batch", 0, "documents deleted per transaction (default 1000)")
	return cmd
}

// selectsAll reports whether f selects every document.
func selectsAll(f dyad.DocFilter) bool {
	return len(f.IDs) == 0 && reflect.DeepEqual(f, dyad.DocFilter{IDs: f.IDs})
}
