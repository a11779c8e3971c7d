package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

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
		date   string
		load   bool
		batch  int
		maxDoc int
		st     storeFlags
		dicts  dictFlags
	)
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Code documents and store them with their events; import GDELT and ICEWS events",
		Long: `Ingest reads each PATH (a file, or a directory walked for files) and stores
what it holds: text files, JSON Lines of documents, RSS and Atom feeds (one
document an item) and HTML pages (their main text) are coded, and their
documents and events stored; GDELT 1.0/2.0 exports (plain or zipped) and ICEWS
.tab files are imported as they are. The kind of each file is recognised from
its name and first line. A text file (or web page) is one document
identified by its path; JSON Lines documents by their ids (else by a hash of
their source and text), and events by their stable ids. A document is
stored as the one version of its id: ingesting the same input again writes
nothing, and a document whose text, date or coding changed (an edited file,
a new --date, new dictionaries) replaces its stored version and is reported
as replaced. A document without a date, and no --date, takes its dateline or
first full date, else the file's modification time, and says which. A run
that was killed loses nothing it had committed. Problems are reported with
file and line, and the run goes on: a bad row is skipped, a bad file (a
truncated zip, an ICEWS file without a column) reported. In a directory,
FIFOs, devices, sockets and links to directories are passed over. A
document larger than --max-document, and a binary file, are skipped.

With --load the store defers the upkeep of most indexes, the full-text index
(and, in PostgreSQL, the rollups) to the end of the run and builds them in one
pass, which pays for a large import (GDELT or ICEWS archives) into a store that
holds little next to it. Until the run ends, text searches and series may miss
what it added; a run killed meanwhile leaves the building to the next command
that opens the store.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if _, err := time.Parse("2006-01-02", date); date != "" && err != nil {
				return dyad.Errorf(dyad.EINVALID, "--date %q: want YYYY-MM-DD", date)
			}
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
			in := &ingester{w: &ingest.Writer{Store: s, Coder: c, Batch: batch}, lx: lx, date: date, maxDoc: maxDoc, log: cmd.ErrOrStderr()}
			in.w.Replaced = func(id string) {
				fmt.Fprintf(in.log, "dyad: %s: replaced document %s with its new version\n", in.path, id)
			}
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
				if err := in.walk(ctx, root); err != nil {
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
			t := in.w.Tally()
			fmt.Fprintf(in.log, "dyad: %d files: added %d documents and %d events%s\n", in.files, t.Added, t.Events, changes(ingest.Tally{}, t))
			return nil
		},
	}
	cmd.Flags().StringVar(&date, "date", "", "the date of text documents without one (YYYY-MM-DD)")
	cmd.Flags().BoolVar(&load, "load", false, "a large import: build most indexes and the full-text index once, at the end of the run")
	cmd.Flags().IntVar(&batch, "batch", 0, "events stored per transaction (default 10000, or 50000 with --load)")
	maxDocumentFlag(cmd, &maxDoc)
	st.add(cmd)
	dicts.add(cmd)
	return cmd
}

// ingester reads files into a store's Writer, reporting each file.
type ingester struct {
	w      *ingest.Writer
	lx     *lexicon.Lexicon // labels of imported codes, country names of ICEWS
	date   string
	maxDoc int // bytes; 0 for ingest.DefaultMaxDocument
	log    io.Writer
	files  int
	path   string // the file being read
	err    error  // the first failure of forgetFormer

	progress *mpb.Progress // bars on a terminal, or nil
}

// walk reads every file under root (root itself when it is a file) into
// the store. Files whose names begin with a dot are passed over; so are, with a message, what is not a regular file (a FIFO would
// block the walk for ever, a device never end) and symbolic links to
// directories (which could lead the walk round in a loop). root itself is
// followed when it is a link, and read when it is a pipe or a device, since
// it was named. It returns an error only when the store fails.
func (in *ingester) walk(ctx context.Context, root string) error {
	if st, err := os.Stat(root); err == nil && st.IsDir() {
		root = filepath.Clean(root) + string(filepath.Separator) // a link to a directory: walk what it names
	}
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			fmt.Fprintln(in.log, "dyad:", err)
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if d.IsDir() || (path != root && strings.HasPrefix(d.Name(), ".")) {
			return nil
		}
		if path != root && !d.Type().IsRegular() {
			why := "not a regular file (a FIFO, device or socket)"
			if d.Type()&fs.ModeSymlink != 0 {
				st, err := os.Stat(path)
				switch {
				case err != nil:
					why = fmt.Sprintf("a broken symbolic link (%v)", err)
				case st.IsDir():
					why = "a symbolic link to a directory, not followed"
				case st.Mode().IsRegular():
					return in.file(ctx, path)
				default:
					why = "a symbolic link to what is not a regular file"
				}
			}
			fmt.Fprintf(in.log, "dyad: %s: %s: skipped\n", path, why)
			return nil
		}
		return in.file(ctx, path)
	})
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
	in.path = path
	var src io.Reader = f
	var mtime time.Time
	st, err := f.Stat()
	if err == nil {
		mtime = st.ModTime()
	}
	if in.progress != nil {
		// a bar per file on a terminal; quiet lines otherwise
		if err == nil && st.Size() > 256<<10 {
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
	before := in.w.Tally()
	rd := &ingest.Reader{Name: path, Date: in.date, ContentIDs: true, FindDates: true, ModTime: mtime, MaxDocument: in.maxDoc}
	var n int
	switch kind {
	case ingest.KindGDELT:
		n, err = ingest.ReadGDELT(path, r, in.lx.Label, event, problem)
	case ingest.KindICEWS:
		n, err = ingest.ReadICEWS(path, r, in.lx.CountryCode, in.lx.Label, event, problem)
	case ingest.KindFeed:
		n, err = rd.ReadFeed(r, doc, problem)
	case ingest.KindHTML:
		rd.ID = ingest.FileID(path)
		n, err = rd.ReadHTML(r, doc, problem)
	default:
		rd.Format = ingest.Format(kind)
		if kind == ingest.KindText {
			rd.ID = ingest.FileID(path)
			doc = func(d dyad.Document) {
				in.forgetFormer(ctx, &d)
				in.w.Document(ctx, d)
			}
		}
		n, err = rd.Read(r, doc, problem)
	}
	if err != nil {
		// the file failed (a read error, a device gone): what was read of
		// it is stored, and the walk goes on
		fmt.Fprintf(in.log, "dyad: %s: %v: the rest of the file skipped\n", path, err)
	}
	if err := in.err; err != nil {
		return err
	}
	if err := in.w.Flush(ctx); err != nil {
		return err
	}
	if n > 0 {
		in.files++
	}
	after := in.w.Tally()
	fmt.Fprintf(in.log, "dyad: %s: %d %s read, %d documents and %d events added%s\n", path, n, unit(kind),
		after.Added-before.Added, after.Events-before.Events, changes(before, after))
	return nil
}

// changes says what else a Writer did between two tallies: the documents
// it replaced and left alone, the events it removed.
func changes(before, after ingest.Tally) string {
	var s string
	if n := after.Replaced - before.Replaced; n > 0 {
		s += fmt.Sprintf(", %d replaced", n)
	}
	if n := after.Unchanged - before.Unchanged; n > 0 {
		s += fmt.Sprintf(", %d unchanged", n)
	}
	if n := after.Removed - before.Removed; n > 0 {
		s += fmt.Sprintf(", %d events removed", n)
	}
	return s
}

// forgetFormer deletes the copy of text document d that an earlier dyad
// stored under its former identity, a hash of its text (ingest.ContentID),
// so that a store ingested before files were identified by their paths
// does not keep both. Only the same text is found: an edited file's former
// copy is left for dyad delete.
func (in *ingester) forgetFormer(ctx context.Context, d *dyad.Document) {
	former := ingest.ContentID(&dyad.Document{Text: d.Text})
	if in.err != nil || former == d.ID {
		return
	}
	if _, err := in.w.Store.Document(ctx, former); dyad.ErrorCode(err) == dyad.ENOTFOUND {
		return
	} else if err != nil {
		in.err = err
		return
	}
	if _, err := in.w.Store.Delete(ctx, []string{former}); err != nil {
		in.err = err
		return
	}
	fmt.Fprintf(in.log, "dyad: %s: replaced document %s, the same text stored under its former id\n", in.path, former)
}

func unit(kind string) string {
	if kind == ingest.KindGDELT || kind == ingest.KindICEWS {
		return kind + " events"
	}
	return "documents"
}
