package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/ingest"
)

func codeCmd() *cobra.Command {
	var (
		date, format, input, output string
		explain                     bool
		maxDoc                      int
		dicts                       dictFlags
	)
	cmd := &cobra.Command{
		Use:   "code [-o FILE] [FILE|-]...",
		Short: "Code text into event records (JSON Lines, TSV or GeoJSON)",
		Long: `Code reads documents and writes one event record per line.

A FILE is plain text (one document, its id the file name without extension,
its date from --date) or JSON Lines of documents {"id","date","text"} with
optional "title", "url", "source" (by the .jsonl extension or --input jsonl).
With no FILE, or "-", it reads standard input. Bad input is reported on stderr
with the file and line, and the rest is still coded; the exit status is
non-zero only when nothing could be read.`,
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			if date != "" {
				if _, err := time.Parse("2006-01-02", date); err != nil {
					return dyad.Errorf(dyad.EINVALID, "--date %q: want YYYY-MM-DD", date)
				}
			}
			if format != "jsonl" && format != "tsv" && format != "geojson" {
				return dyad.Errorf(dyad.EINVALID, "--format %q: want jsonl, tsv or geojson", format)
			}
			if input != "" && input != "text" && input != "jsonl" {
				return dyad.Errorf(dyad.EINVALID, "--input %q: want text or jsonl", input)
			}
			c, _, err := dicts.coder(cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			explainer, _ := c.(dyad.Explainer)
			o, err := openOutput(cmd, output)
			if err != nil {
				return err
			}
			defer func() { err = o.close(err) }()
			out := bufio.NewWriterSize(o, 1<<16)
			defer func() {
				if ferr := out.Flush(); err == nil {
					err = ferr
				}
			}()
			var doc docInfo // of the document being coded, for TSV rows
			write := jsonlWriter(out)
			switch format {
			case "tsv":
				write = tsvWriter(out, &doc)
			case "geojson":
				g := &geojsonWriter{w: out}
				defer g.close()
				write = g.write
			}
			if len(args) == 0 {
				args = []string{"-"}
			}
			read := 0
			for _, name := range args {
				rd := &ingest.Reader{Name: name, Format: ingest.Format(input), Date: date, MaxDocument: maxDoc}
				var r io.Reader
				if name == "-" {
					rd.Name, r = "stdin", cmd.InOrStdin()
				} else {
					f, err := os.Open(name)
					if err != nil {
						fmt.Fprintln(cmd.ErrOrStderr(), "dyad:", err)
						continue
					}
					defer f.Close()
					r = f
				}
				n, err := rd.Read(r, func(d dyad.Document) {
					if explain && explainer != nil {
						explainer.Explain(cmd.ErrOrStderr(), d)
					}
					doc = docInfo{url: d.URL, source: d.Source}
					for _, e := range c.Code(d) {
						write(&e)
					}
				}, func(p *ingest.Problem) { fmt.Fprintln(cmd.ErrOrStderr(), "dyad:", p) })
				if err != nil {
					fmt.Fprintln(cmd.ErrOrStderr(), "dyad:", err)
				}
				read += n
			}
			if read == 0 {
				return dyad.Errorf(dyad.EINVALID, "no document could be read")
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&date, "date", "", "the date of text documents (YYYY-MM-DD); relative dates resolve against it")
	cmd.Flags().StringVar(&format, "format", "jsonl", "output format: jsonl (the records of doc/EVENTS.md), tsv (its flat columns), or geojson (events with a location as points, routes as lines)")
	cmd.Flags().StringVar(&input, "input", "", "input format: text or jsonl (default: by file extension)")
	cmd.Flags().BoolVar(&explain, "explain", false, "also write to stderr, sentence by sentence, the dependency parse and the actors, patterns (file:line) and events the coder found")
	outputFlag(cmd, &output)
	maxDocumentFlag(cmd, &maxDoc)
	dicts.add(cmd)
	return cmd
}

// maxDocumentFlag adds --max-document, the bound on a document's size.
func maxDocumentFlag(cmd *cobra.Command, n *int) {
	cmd.Flags().IntVar(n, "max-document", ingest.DefaultMaxDocument,
		"the largest document read, in bytes (a text file, a JSON line, a page, a feed); a larger one is reported and skipped")
}

func jsonlWriter(w io.Writer) func(*dyad.Event) {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return func(e *dyad.Event) { enc.Encode(e) }
}

// tsvWriter writes events as TSV lines of flatColumns after a header line;
// doc is the document of the events written.
func tsvWriter(w io.Writer, doc *docInfo) func(*dyad.Event) {
	fmt.Fprintln(w, strings.Join(flatHeader, "\t"))
	clean := strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")
	return func(e *dyad.Event) {
		f := flatStrings(e, *doc)
		for i := range f {
			f[i] = clean.Replace(f[i])
		}
		fmt.Fprintln(w, strings.Join(f, "\t"))
	}
}
