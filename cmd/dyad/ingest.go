package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/ingest"
	"github.com/dyadhq/dyad/lexicon"
)

// loadBatchSize is the events a transaction stores in load mode, where
// larger transactions pay, since each commit writes every page it touched.
const loadBatchSize = 50_000

func ingestCmd() *cobra.Command {
	var (
		date  string
		load  bool
		batch int
		st    storeFlags
		dicts dictFlags
	)
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Code documents and store them with their events; import GDELT and ICEWS events",
		Long: `Ingest reads each PATH (a file, or a directory walked for files) and stores
what it holds: text files, JSON Lines of documents, RSS and Atom feeds (one
document an item) and HTML pages (their main text) are coded, and their
documents and events stored; GDELT 1.0/2.0 exports (plain or zipped) and ICEWS
.tab files are imported as they are. The kind of each file is recognised from
its name and first line. A document is identified by its id when JSON Lines
give one, else by a hash of its source and text, and events by their stable
ids: ingesting the same input again adds nothing, and a run that was killed
loses nothing it had committed. Problems are reported with file and line.

With --load the store defers the upkeep of most indexes, the full-text index
(and, in PostgreSQL, the rollups) to the end of the run and builds them in one
pass, which pays for a large import (GDELT or ICEWS archives) into a store that
holds little next to it. Until the run ends, text searches and series may miss
what it added; a run killed meanwhile leaves the building to the next command
that opens the store.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			c, lx, err := dicts.coder(cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			s, err := st.create(ctx)
			if err != nil {
				return err
			}
			defer s.Close()
			loader, _ := s.(dyad.Loader)
			if !load {
				loader = nil
			}
			if batch <= 0 {
				batch = ingest.DefaultBatch
				if loader != nil {
					batch = loadBatchSize
				}
			}
			in := &ingester{w: &ingest.Writer{Store: s, Coder: c, Batch: batch}, lx: lx, date: date, log: cmd.ErrOrStderr()}
			if loader != nil {
				if err := loader.BeginLoad(ctx); err != nil {
					return err
				}
			}
			if isTerminal(cmd.ErrOrStderr()) {
				in.progress = mpb.NewWithContext(ctx, mpb.WithOutput(cmd.ErrOrStderr()))
				in.log = in.progress // lines above the bars
				defer in.progress.Wait()
			}
			for _, root := range args {
				err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
					if err != nil {
						fmt.Fprintln(in.log, "dyad:", err)
						return nil
					}
					if d.IsDir() || (path != root && strings.HasPrefix(d.Name(), ".")) {
						return nil
					}
					return in.file(ctx, path)
				})
				if err != nil {
					return err
				}
			}
			if loader != nil {
				fmt.Fprintln(in.log, "dyad: building the indexes the load deferred")
				if err := loader.EndLoad(ctx); err != nil {
					return err
				}
			}
			if in.files == 0 {
				return dyad.Errorf(dyad.EINVALID, "nothing could be read")
			}
			added := in.w.Added()
			fmt.Fprintf(in.log, "dyad: %d files: added %d documents and %d events\n", in.files, added.Documents, added.Events)
			return nil
		},
	}
	cmd.Flags().StringVar(&date, "date", "", "the date of text documents without one (YYYY-MM-DD)")
	cmd.Flags().BoolVar(&load, "load", false, "a large import: build most indexes and the full-text index once, at the end of the run")
	cmd.Flags().IntVar(&batch, "batch", 0, "events stored per transaction (default 10000, or 50000 with --load)")
	st.add(cmd)
	dicts.add(cmd)
	return cmd
}

// ingester reads files into a store's Writer, reporting each file.
type ingester struct {
	w     *ingest.Writer
	lx    *lexicon.Lexicon // labels of imported codes, country names of ICEWS
	date  string
	log   io.Writer
	files int

	progress *mpb.Progress // bars on a terminal, or nil
}

// file reads the file at path into the store. It returns an error only when
// the store fails; a file that cannot be read is reported and skipped.
func (in *ingester) file(ctx context.Context, path string) error {
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintln(in.log, "dyad:", err)
		return nil
	}
	defer f.Close()
	var src io.Reader = f
	if in.progress != nil {
		// a bar per file on a terminal; quiet lines otherwise
		if st, err := f.Stat(); err == nil && st.Size() > 256<<10 {
			bar := in.progress.AddBar(st.Size(), mpb.BarRemoveOnComplete(),
				mpb.PrependDecorators(decor.Name(filepath.Base(path), decor.WC{W: 24, C: decor.DindentRight})),
				mpb.AppendDecorators(decor.CountersKibiByte("% .1f / % .1f"), decor.Percentage(decor.WC{W: 6})))
			pr, _ := bar.ProxyReader(f)
			defer pr.Close()
			src = pr
		}
	}
	kind, r := ingest.Detect(path, src)
	problem := func(p *ingest.Problem) { fmt.Fprintln(in.log, "dyad:", p) }
	// the readers' callbacks cannot fail: the Writer keeps its first
	// failure, which Flush returns below
	doc := func(d dyad.Document) { in.w.Document(ctx, d) }
	event := func(e dyad.Event) { in.w.Event(ctx, e) }
	before := in.w.Added()
	var n int
	switch kind {
	case ingest.KindGDELT:
		n, err = ingest.ReadGDELT(path, r, in.lx.Label, event, problem)
	case ingest.KindICEWS:
		n, err = ingest.ReadICEWS(path, r, in.lx.CountryCode, in.lx.Label, event, problem)
	case ingest.KindFeed:
		rd := &ingest.Reader{Name: path, Date: in.date}
		n, err = rd.ReadFeed(r, doc, problem)
	case ingest.KindHTML:
		rd := &ingest.Reader{Name: path, Date: in.date}
		n, err = rd.ReadHTML(r, doc, problem)
	default:
		rd := &ingest.Reader{Name: path, Format: ingest.Format(kind), Date: in.date, ContentIDs: true}
		n, err = rd.Read(r, doc, problem)
	}
	if err == nil {
		err = in.w.Flush(ctx)
	}
	if err != nil {
		return err
	}
	if n > 0 {
		in.files++
	}
	after := in.w.Added()
	fmt.Fprintf(in.log, "dyad: %s: %d %s read, %d documents and %d events added\n", path, n, unit(kind),
		after.Documents-before.Documents, after.Events-before.Events)
	return nil
}

func unit(kind string) string {
	if kind == ingest.KindGDELT || kind == ingest.KindICEWS {
		return kind + " events"
	}
	return "documents"
}
