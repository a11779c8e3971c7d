package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/ingest"
)

// filterFlags are the event filters of query and export.
type filterFlags struct{ f dyad.Filter }

func (ff *filterFlags) add(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&ff.f.Actor, "actor", "", "an actor on either side: country code (RUS) or actor-code prefix (IGOUNO)")
	fl.StringVar(&ff.f.Source, "source", "", "the source: country code or actor-code prefix")
	fl.StringVar(&ff.f.Target, "target", "", "the target: country code or actor-code prefix")
	fl.StringVar(&ff.f.Code, "code", "", "CAMEO code or prefix: 04 (consult), 042 (visit)")
	fl.IntVar(&ff.f.Quad, "quad", 0, "quad class, 1 to 4")
	fl.StringVar(&ff.f.From, "from", "", "first day: YYYY, YYYY-MM or YYYY-MM-DD")
	fl.StringVar(&ff.f.To, "to", "", "last day, inclusive: YYYY, YYYY-MM or YYYY-MM-DD")
	fl.StringVar(&ff.f.Place, "place", "", "location name or country code")
	fl.StringVar(&ff.f.Text, "text", "", "words that must all be in the sentence")
	fl.StringVar(&ff.f.Doc, "doc", "", "document id")
	scopeFlag(cmd, &ff.f.Scope)
	fl.BoolVar(&ff.f.Unique, "unique", false, "one record per event: its first report, with the number of reports as mentions")
	fl.BoolVar(&ff.f.Rejected, "rejected", false, "also the events a reviewer rejected, which are left out otherwise")
	fl.StringVar(&ff.f.Review, "review", "", "events by review status: none (not judged), judged, confirmed, rejected, corrected or added")
	fl.IntVar(&ff.f.Limit, "limit", 0, "at most this many events (0: all)")
	fl.IntVar(&ff.f.Offset, "offset", 0, "skip this many first")
}

// validate checks the flags' values.
func (ff *filterFlags) validate() error {
	if ff.f.Quad < 0 || ff.f.Quad > 4 {
		return dyad.Errorf(dyad.EINVALID, "--quad %d: want 1 to 4", ff.f.Quad)
	}
	for _, d := range []string{ff.f.From, ff.f.To} {
		if d != "" && dyad.FirstDay(d) == "" {
			return dyad.Errorf(dyad.EINVALID, "date %q: want YYYY, YYYY-MM or YYYY-MM-DD", d)
		}
	}
	if err := dyad.ValidateReview(ff.f.Review); err != nil {
		return err
	}
	return validScope(ff.f.Scope)
}

// scopeFlag adds --scope, all by default, to cmd.
func scopeFlag(cmd *cobra.Command, s *dyad.Scope) {
	cmd.Flags().StringVar((*string)(s), "scope", string(dyad.ScopeAll), "international (the sides' countries, or organisations, differ), domestic (one country on both sides) or all (also events without a target)")
}

// validScope checks the value of --scope.
func validScope(s dyad.Scope) error {
	if s.Validate() != nil {
		return dyad.Errorf(dyad.EINVALID, "--scope %q: want all, international or domestic", string(s))
	}
	return nil
}

func queryCmd() *cobra.Command {
	var (
		st             storeFlags
		ff             filterFlags
		format, output string
	)
	cmd := &cobra.Command{
		Use:   "query [filters]",
		Short: "Find stored events: a table on a terminal, JSON Lines or CSV otherwise",
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := ff.validate(); err != nil {
				return err
			}
			return writeEvents(cmd, &st, ff.f, format, output)
		},
	}
	st.add(cmd)
	ff.add(cmd)
	cmd.Flags().StringVar(&format, "format", "", "table, jsonl or csv (default: table on a terminal, else jsonl)")
	outputFlag(cmd, &output)
	return cmd
}

func exportCmd() *cobra.Command {
	var (
		st             storeFlags
		ff             filterFlags
		format, output string
	)
	cmd := &cobra.Command{
		Use:   "export --format jsonl|csv|gdelt|parquet [-o FILE] [filters]",
		Short: "Write stored events for other tools: JSON Lines, CSV, GDELT 2.0's 61 columns, or Parquet",
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := ff.validate(); err != nil {
				return err
			}
			return writeEvents(cmd, &st, ff.f, format, output)
		},
	}
	st.add(cmd)
	ff.add(cmd)
	cmd.Flags().StringVar(&format, "format", "jsonl", "jsonl, csv (flat columns: doc/EVENTS.md), gdelt or parquet (the columns of csv)")
	outputFlag(cmd, &output)
	return cmd
}

// writeEvents writes the events f selects in format to the output path
// names ("" for standard output). When format is "", it is a table on a
// terminal and JSON Lines elsewhere.
func writeEvents(cmd *cobra.Command, st *storeFlags, f dyad.Filter, format, path string) (err error) {
	switch format {
	case "", "jsonl", "csv", "gdelt", "parquet", "table":
	default:
		return dyad.Errorf(dyad.EINVALID, "--format %q: want jsonl, csv, gdelt, parquet or table", format)
	}
	o, err := openOutput(cmd, path)
	if err != nil {
		return err
	}
	defer func() { err = o.close(err) }()
	if format == "" {
		format = "jsonl"
		if isTerminal(o) {
			format = "table"
		}
	}
	if format == "parquet" {
		if err := o.binary(format); err != nil {
			return err
		}
	}
	s, err := st.open(cmd.Context())
	if err != nil {
		return err
	}
	defer s.Close()
	out := bufio.NewWriterSize(o, 1<<16)
	err = streamEvents(cmd, st, s, f, format, out)
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	return err
}

// streamEvents writes the events f selects from s to out in format.
func streamEvents(cmd *cobra.Command, st *storeFlags, s dyad.Store, f dyad.Filter, format string, out io.Writer) (rerr error) {
	ctx := cmd.Context()
	var write func(*dyad.Event) error
	var docs *docCache
	if format == "csv" || format == "parquet" {
		// The rows show each event's document URL and source. A store may
		// hold one connection while Events runs (SQLite does), so its
		// documents are read through a second handle.
		ds, err := st.open(ctx)
		if err != nil {
			return err
		}
		defer ds.Close()
		docs = &docCache{ctx: ctx, store: ds}
	}
	switch format {
	case "jsonl":
		w := jsonlWriter(out)
		write = func(e *dyad.Event) error { w(e); return nil }
	case "csv":
		cw := csv.NewWriter(out)
		defer func() {
			if cw.Flush(); rerr == nil {
				rerr = cw.Error()
			}
		}()
		cw.Write(flatHeader)
		write = func(e *dyad.Event) error {
			d, err := docs.get(e.Doc)
			if err != nil {
				return err
			}
			return cw.Write(flatStrings(e, d))
		}
	case "gdelt":
		write = func(e *dyad.Event) error { return ingest.WriteGDELT(out, e) }
	case "parquet":
		pw := newParquetWriter(out)
		defer func() {
			if err := pw.close(); err != nil && rerr == nil {
				rerr = err
			}
		}()
		write = func(e *dyad.Event) error {
			d, err := docs.get(e.Doc)
			if err != nil {
				return err
			}
			return pw.write(e, d)
		}
	case "table":
		tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
		defer tw.Flush()
		fmt.Fprintln(tw, "DATE\tSOURCE\tTARGET\tCODE\tACTION\tSENTENCE")
		write = func(e *dyad.Event) error {
			tgt := "-"
			if e.Target != nil {
				tgt = string(e.Target.Code)
			}
			_, err := fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", e.Date, e.Source.String(), tgt, e.Action.Code,
				e.Action.Label, truncate(e.Text, 80))
			return err
		}
	}
	return s.Events(ctx, f, write)
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !strings.HasPrefix(s[n:], " ") {
		n--
	}
	return s[:n] + " …"
}
