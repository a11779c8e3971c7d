package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"
	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/ingest"
	"github.com/dyadhq/dyad/lexicon"
)

// docFilterFlags select stored documents, for recode and delete.
type docFilterFlags struct{ f dyad.DocFilter }

func (df *docFilterFlags) add(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringArrayVar(&df.f.IDs, "doc", nil, "a document id, as query shows it (repeatable)")
	fl.StringVar(&df.f.From, "from", "", "documents dated on or after: YYYY, YYYY-MM or YYYY-MM-DD")
	fl.StringVar(&df.f.To, "to", "", "documents dated on or before, likewise")
	fl.StringVar(&df.f.Actor, "actor", "", "documents with a stored event of this actor on either side (RUS, IGOUNO)")
	fl.StringVar(&df.f.Source, "source", "", "documents with a stored event of this source")
	fl.StringVar(&df.f.Target, "target", "", "documents with a stored event of this target")
	fl.StringVar(&df.f.Code, "code", "", "documents with a stored event of this CAMEO code or prefix")
	fl.StringVar(&df.f.Text, "text", "", "documents whose text has all these words")
}

func (df *docFilterFlags) validate() error {
	for _, d := range []string{df.f.From, df.f.To} {
		if d != "" && dyad.FirstDay(d) == "" {
			return dyad.Errorf(dyad.EINVALID, "date %q: want YYYY, YYYY-MM or YYYY-MM-DD", d)
		}
	}
	return nil
}

// ids returns the ids of the stored documents the flags select, in order.
func (df *docFilterFlags) ids(ctx context.Context, s dyad.Store) ([]string, error) {
	var ids []string
	err := s.Documents(ctx, df.f, func(d *dyad.Document) error {
		ids = append(ids, d.ID)
		return nil
	})
	return ids, err
}

// progress returns bars on w when it is a terminal, and the writer for
// lines above them; a nil Progress and w otherwise.
func progress(ctx context.Context, w io.Writer) (*mpb.Progress, io.Writer) {
	if !isTerminal(w) {
		return nil, w
	}
	p := mpb.NewWithContext(ctx, mpb.WithOutput(w))
	return p, p
}

// countBar adds a bar of n steps named name to p; nil when p is.
func countBar(p *mpb.Progress, name string, n int) *mpb.Bar {
	if p == nil {
		return nil
	}
	return p.AddBar(int64(n), mpb.BarRemoveOnComplete(),
		mpb.PrependDecorators(decor.Name(name, decor.WC{W: 10, C: decor.DindentRight})),
		mpb.AppendDecorators(decor.CountersNoUnit("%d / %d"), decor.Percentage(decor.WC{W: 6})))
}

func recodeCmd() *cobra.Command {
	var (
		st    storeFlags
		df    docFilterFlags
		dicts dictFlags
		batch int
	)
	cmd := &cobra.Command{
		Use:   "recode [--doc ID]... [filters] [--dict DIR]...",
		Short: "Code stored documents again with the current coder and dictionaries, and report what changed",
		Long: `Recode codes every stored document (or those the filters select) again with
the coder and dictionaries this run has (the embedded ones, --dict
directories, or --dict-format petrarch), and stores each as ingest would:
a document whose coding changed replaces its events, one whose coding did
not is left alone. It reports how many documents changed and the events
added, removed and unchanged, comparing each event by its record (not its
id), per CAMEO family. Reviewers' judgements stay in force: each attaches to
the new event of its sentence with the judged source, target, code and
action words (a correction or an addition the new coding does not give stays
as the reviewer's event); the report says how many were kept and in how many
corrections and additions the coder now agrees. Each batch is one transaction: a run killed midway
loses nothing it committed, and running it again completes it. Recode never
creates a store.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if err := df.validate(); err != nil {
				return err
			}
			c, lx, err := dicts.coder(cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			s, err := st.open(ctx)
			if err != nil {
				return err
			}
			defer s.Close()
			ids, err := df.ids(ctx, s)
			if err != nil {
				return err
			}
			if len(ids) == 0 {
				fmt.Fprintln(cmd.ErrOrStderr(), "dyad: no stored document matches: nothing to recode")
				return nil
			}
			p, log := progress(ctx, cmd.ErrOrStderr())
			bar := countBar(p, "recode", len(ids))
			w := &ingest.Writer{Store: s, Coder: c, Batch: batch}
			err = recode(ctx, w, s, ids, bar, log)
			if err == nil {
				err = w.Flush(ctx)
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
			return writeRecode(cmd.OutOrStdout(), w.Tally(), lx)
		},
	}
	st.add(cmd)
	df.add(cmd)
	dicts.add(cmd)
	cmd.Flags().IntVar(&batch, "batch", 0, "events stored per transaction (default 10000)")
	return cmd
}

// recode codes the stored documents ids again through w.
func recode(ctx context.Context, w *ingest.Writer, s dyad.Store, ids []string, bar *mpb.Bar, log io.Writer) error {
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return err
		}
		if bar != nil {
			bar.Increment()
		}
		d, err := s.Document(ctx, id)
		if dyad.ErrorCode(err) == dyad.ENOTFOUND {
			continue // deleted meanwhile
		}
		if err != nil {
			return err
		}
		if d.Date == "" {
			if date, where := ingest.FindDate(d.Text, time.Time{}); date != "" {
				d.Date = date
				fmt.Fprintf(log, "dyad: %s: no date; dated %s from its %s\n", id, date, where)
			}
		}
		if err := w.Document(ctx, *d); err != nil {
			return err
		}
	}
	return nil
}

// writeRecode reports what a recode changed: documents, events, and the
// CAMEO families whose events changed.
func writeRecode(w io.Writer, t ingest.Tally, lx *lexicon.Lexicon) error {
	var total ingest.Change
	var changed []dyad.EventCode
	for root, c := range t.Roots {
		total.Added, total.Removed, total.Unchanged = total.Added+c.Added, total.Removed+c.Removed, total.Unchanged+c.Unchanged
		if c.Added > 0 || c.Removed > 0 {
			changed = append(changed, root)
		}
	}
	slices.Sort(changed)
	fmt.Fprintf(w, "recoded %d documents: %d replaced, %d unchanged\n", t.Added+t.Replaced+t.Unchanged, t.Added+t.Replaced, t.Unchanged)
	fmt.Fprintf(w, "events: %d added, %d removed, %d unchanged\n", total.Added, total.Removed, total.Unchanged)
	if t.Judged > 0 {
		fmt.Fprintf(w, "judgements: %d kept in force; the coder now gives %d of the corrected and added events itself\n", t.Judged, t.Agreed)
	}
	if len(changed) == 0 {
		fmt.Fprintln(w, "no CAMEO family changed")
		return nil
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "family\tlabel\tbefore\tafter\tadded\tremoved")
	for _, root := range changed {
		c := t.Roots[root]
		label, _ := lx.Label(root)
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\n", root, label, c.Unchanged+c.Removed, c.Unchanged+c.Added, c.Added, c.Removed)
	}
	return tw.Flush()
}
