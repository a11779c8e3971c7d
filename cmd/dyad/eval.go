package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/eval"
	"github.com/dyadhq/dyad/petrarch"
)

func evalCmd() *cobra.Command {
	var (
		dicts  dictFlags
		brief  bool
		suites []string
	)
	cmd := &cobra.Command{
		Use:   "eval GOLD...",
		Short: "Score the coder against gold sentences: precision, recall, F1, misses and extras",
		Long: `Eval codes the sentences of each gold file and compares the coded events with
the gold ones, record by record.

A GOLD file is dyad's gold format (JSON Lines, one record a line:
{"id","date","text","events":[{"source","target","code"}]}), scored on
(source country, target country, CAMEO root) and on full codes; or PLOVER's
gold standard (a JSON array such as PLOVER_GSR_CAMEO.txt), scored on
(source, target, PLOVER type); or Multi-CoPED's class-level labels (JSON
Lines with "class" and events with "roots", such as ../shared/data/conflibert/
dev.jsonl), scored on (source, target, any root of the class) over all
records and over the records whose parties are both marked, with the text and
the marked words beside each miss and extra; or a CAMEO codebook table (CSV
with "code" and "example" columns, such as icews_cameo-codes.csv), whose
example sentences are coded (dated 2000-01-01) and scored on the action
alone: the share given their full code, and their root. After several dyad
gold files it prints their total: the sums of their counts, not a mean.

--petrarch FILE runs PETRARCH's validation suite (PETR.UnitTest.records.xml)
with the PETRARCH dictionaries given by --actors, --agents, --verbs and
--discards (PETR.Validate.*.txt beside it), scored as PETRARCH scores it: a
record passes when its coded (source, target, code) triples equal the
expected set. It prints each failing record (unless --brief), the counts by
category and "records passed: N/T (P%)".`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 && len(suites) == 0 {
				return dyad.Errorf(dyad.EINVALID, "give a GOLD file or --petrarch FILE")
			}
			out := cmd.OutOrStdout()
			for _, name := range suites {
				if err := runSuite(cmd, &dicts, name, brief); err != nil {
					return err
				}
			}
			if len(args) == 0 {
				return nil
			}
			c, lx, err := dicts.coder(cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			code := func(k eval.Case) []dyad.Event {
				return c.Code(dyad.Document{ID: k.ID, Date: k.Date, Text: k.Text})
			}
			// the dyad gold files' totals, printed after them when there are
			// several: the sums of their counts, not a mean of their scores
			var (
				files  int
				totals [2]eval.Result
				attrs  eval.AttrResult
			)
			for _, name := range args {
				f, err := os.Open(name)
				if err != nil {
					return dyad.Errorf(dyad.ENOTFOUND, "%v", err)
				}
				br := bufio.NewReaderSize(f, 1<<20)
				head, _ := br.Peek(br.Size())
				fmt.Fprintf(out, "== %s\n", name)
				if bytes.HasPrefix(bytes.TrimSpace(head), []byte("[")) {
					cases, err := eval.ReadPlover(name, br)
					f.Close()
					if err != nil {
						return dyad.Errorf(dyad.EINVALID, "%v", err)
					}
					for _, r := range eval.Score(cases, code, eval.Plover) {
						r.Write(out, brief)
					}
					continue
				}
				if eval.IsCodebook(firstRecord(head)) {
					exs, err := eval.ReadCodebook(br)
					f.Close()
					if err != nil {
						return dyad.Errorf(dyad.EINVALID, "%s: %v", name, err)
					}
					eval.ScoreCodebook(exs, eval.CodebookDate, code).Write(out, brief)
					continue
				}
				if eval.IsCoped(firstRecord(head)) {
					cases, probs := eval.ReadCoped(name, br)
					f.Close()
					for _, p := range probs {
						fmt.Fprintln(cmd.ErrOrStderr(), "dyad:", p)
					}
					all, known := eval.ScoreClasses(cases, code)
					all.Write(out, brief)
					known.Write(out, brief)
					continue
				}
				cases, probs := eval.ReadDyad(name, br)
				f.Close()
				for _, p := range probs {
					fmt.Fprintln(cmd.ErrOrStderr(), "dyad:", p)
				}
				files++
				for i, r := range eval.Score(cases, code, eval.Root, eval.Code) {
					r.Write(out, brief)
					totals[i].Add(r)
				}
				if a := eval.ScoreAttributes(cases, code, eval.LexiconNames(lx)); len(a.Gold) > 0 {
					a.Write(out, brief)
					attrs.Add(a)
				}
			}
			if files > 1 {
				fmt.Fprintf(out, "== total over the %d dyad gold files\n", files)
				for i := range totals {
					totals[i].Write(out, true)
				}
				if len(attrs.Gold) > 0 {
					attrs.Write(out, true)
				}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&brief, "brief", false, "print the scores only, not every miss and extra")
	cmd.Flags().StringArrayVar(&suites, "petrarch", nil, "a PETRARCH validation file to run with the --dict-format petrarch dictionaries (repeatable)")
	dicts.add(cmd)
	return cmd
}

// firstRecord is the first line of head that is not blank or a comment.
func firstRecord(head []byte) []byte {
	for _, l := range bytes.Split(head, []byte("\n")) {
		if l = bytes.TrimSpace(l); len(l) > 0 && l[0] != '#' {
			return l
		}
	}
	return nil
}

// runSuite runs a PETRARCH validation file with the flags' PETRARCH
// dictionaries.
func runSuite(cmd *cobra.Command, dicts *dictFlags, name string, brief bool) error {
	d, err := dicts.petrarch(cmd.ErrOrStderr())
	if err != nil {
		return err
	}
	f, err := os.Open(name)
	if err != nil {
		return dyad.Errorf(dyad.ENOTFOUND, "%v", err)
	}
	defer f.Close()
	recs, err := petrarch.ReadSuite(f)
	if err != nil {
		return dyad.Errorf(dyad.EINVALID, "%s: %v", name, err)
	}
	out := cmd.OutOrStdout()
	fmt.Fprintf(out, "== %s\n", name)
	petrarch.Validate(d, recs).Report(out, !brief)
	return nil
}
