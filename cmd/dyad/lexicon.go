package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"sort"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/dyadhq/dyad"
)

// lexiconCmd reports on the dictionaries themselves: how many action
// patterns each CAMEO code has.
func lexiconCmd() *cobra.Command {
	var (
		format string
		dicts  dictFlags
	)
	cmd := &cobra.Command{
		Use:   "lexicon --coverage",
		Short: "Report how many action patterns each CAMEO code has",
		Long: `Lexicon --coverage prints every code of the CAMEO codebook with its label and
the number of action patterns of the dictionaries (the embedded ones and
--dict) that code it, then how many codes have none. Output is a table on a
terminal, JSON Lines ({"code","label","patterns"}) otherwise.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			if dicts.format != "dyad" {
				return dyad.Errorf(dyad.EINVALID, "--dict-format %q: lexicon reports on dyad's dictionaries", dicts.format)
			}
			lx, err := dicts.load(cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			cov := lx.Coverage()
			codes := make([]dyad.EventCode, 0, len(cov))
			for c := range cov {
				codes = append(codes, c)
			}
			sort.Slice(codes, func(i, j int) bool { return codes[i] < codes[j] })
			if format == "" {
				format = "jsonl"
				if isTerminal(cmd.OutOrStdout()) {
					format = "table"
				}
			}
			out := bufio.NewWriter(cmd.OutOrStdout())
			defer func() {
				if ferr := out.Flush(); err == nil {
					err = ferr
				}
			}()
			none := 0
			switch format {
			case "jsonl":
				enc := json.NewEncoder(out)
				enc.SetEscapeHTML(false)
				for _, c := range codes {
					label, _ := lx.Label(c)
					enc.Encode(struct {
						Code     dyad.EventCode `json:"code"`
						Label    string         `json:"label"`
						Patterns int            `json:"patterns"`
					}{c, label, cov[c]})
				}
			case "table":
				tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "CODE\tPATTERNS\tLABEL")
				for _, c := range codes {
					label, _ := lx.Label(c)
					fmt.Fprintf(tw, "%s\t%d\t%s\n", c, cov[c], label)
				}
				if err := tw.Flush(); err != nil {
					return err
				}
			default:
				return dyad.Errorf(dyad.EINVALID, "--format %q: want table or jsonl", format)
			}
			for _, c := range codes {
				if cov[c] == 0 {
					none++
				}
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "dyad: %d codes, %d without a pattern (the 20 family headings are coded by their 0X0 codes)\n", len(codes), none)
			return nil
		},
	}
	var coverage bool
	cmd.Flags().BoolVar(&coverage, "coverage", true, "patterns per CAMEO code (the only report for now)")
	cmd.Flags().StringVar(&format, "format", "", "table or jsonl (default: table on a terminal)")
	dicts.add(cmd)
	return cmd
}
