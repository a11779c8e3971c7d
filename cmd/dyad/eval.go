package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/coder"
	"github.com/dyadhq/dyad/eval"
)

func evalCmd() *cobra.Command {
	var (
		dicts dictFlags
		brief bool
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
(source, target, PLOVER type).`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			lx, err := dicts.load(cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			c := coder.New(lx)
			code := func(k eval.Case) []dyad.Event {
				return c.Code(dyad.Document{ID: k.ID, Date: k.Date, Text: k.Text})
			}
			out := cmd.OutOrStdout()
			for _, name := range args {
				f, err := os.Open(name)
				if err != nil {
					return dyad.Errorf(dyad.ENOTFOUND, "%v", err)
				}
				br := bufio.NewReader(f)
				first, _ := br.Peek(64)
				fmt.Fprintf(out, "== %s\n", name)
				if strings.HasPrefix(strings.TrimSpace(string(first)), "[") {
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
				cases, probs := eval.ReadDyad(name, br)
				f.Close()
				for _, p := range probs {
					fmt.Fprintln(cmd.ErrOrStderr(), "dyad:", p)
				}
				for _, r := range eval.Score(cases, code, eval.Root, eval.Code) {
					r.Write(out, brief)
				}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&brief, "brief", false, "print the scores only, not every miss and extra")
	dicts.add(cmd)
	return cmd
}
