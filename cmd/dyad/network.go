package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strconv"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/measure"
)

func networkCmd() *cobra.Command {
	var (
		st        storeFlags
		file      string
		at        string
		window    string
		from, to  string
		threshold float64
		minEvents int
		showTies  bool
	)
	cmd := &cobra.Command{
		Use:   "network (--signed-edges FILE.csv [--at YEAR | --window LABEL] | --from D --to D)",
		Short: "Alignments as a signed network: triads, balance, frustration, blocs, clusterability",
		Long: `Network computes the structural balance of a signed network: the triad census
(+++, ++-, +--, ---), the triangle balance ratio, walk-based balance, the
frustration index (exact up to 25 actors, a documented heuristic beyond) with the
two blocs and the ties they frustrate, and clusterability.

The network comes from a signed edge list (--signed-edges: CSV with from,to,sign
and optional begin,end spells, valid for begin <= t < end, or window labels), or
from stored events in a time window (--from, --to): the ties join pairs of
countries whose events in both directions sum to a net Goldstein of at least
--threshold (positive tie) or at most -threshold (negative tie), with at least
--min-events events behind the tie.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			var ties []measure.Tie
			switch {
			case file != "":
				f, err := os.Open(file)
				if err != nil {
					return dyad.Errorf(dyad.ENOTFOUND, "%v", err)
				}
				defer f.Close()
				spells, err := measure.ReadSignedEdges(f)
				if err != nil {
					return err
				}
				switch {
				case window != "":
					ties = measure.During(spells, window)
				case at != "":
					t, err := strconv.ParseFloat(at, 64)
					if err != nil {
						return dyad.Errorf(dyad.EINVALID, "--at %q: want a number (a year)", at)
					}
					ties = measure.At(spells, t)
				default:
					// no moment named: every tie of the file (a file with
					// spells or windows needs --at or --window)
					for _, sp := range spells {
						if !math.IsInf(sp.Begin, -1) || !math.IsInf(sp.End, 1) || sp.Window != "" {
							return dyad.Errorf(dyad.EINVALID, "%s has spells or windows: name a moment with --at or --window", file)
						}
						ties = append(ties, sp.Tie)
					}
				}
			case from != "" || to != "":
				var err error
				if ties, err = eventTies(cmd, &st, from, to, threshold, minEvents); err != nil {
					return err
				}
			default:
				return dyad.Errorf(dyad.EINVALID, "give --signed-edges FILE or a window of stored events (--from, --to)")
			}
			out := cmd.OutOrStdout()
			if showTies {
				for _, t := range ties {
					fmt.Fprintf(out, "tie: %s %s %+d (%g)\n", t.From, t.To, t.Sign, t.Weight)
				}
			}
			return measure.Analyze(measure.NewNetwork(ties)).Write(out)
		},
	}
	st.add(cmd)
	fl := cmd.Flags()
	fl.StringVar(&file, "signed-edges", "", "a CSV of signed ties: from,to,sign[,begin,end]")
	fl.StringVar(&at, "at", "", "the moment (a year) whose ties to keep: begin <= at < end")
	fl.StringVar(&window, "window", "", "the window label whose ties to keep (files that label windows, e.g. 46-49)")
	fl.StringVar(&from, "from", "", "stored events: the first day of the window")
	fl.StringVar(&to, "to", "", "stored events: the last day of the window")
	fl.Float64Var(&threshold, "threshold", 5, "stored events: the net Goldstein a tie needs, either sign")
	fl.IntVar(&minEvents, "min-events", 3, "stored events: the events a tie needs")
	fl.BoolVar(&showTies, "ties", false, "also list the ties")
	return cmd
}

// eventTies turns a window of stored events into signed ties between
// countries (measure.EventTies), each event counted once however many
// reports it has.
func eventTies(cmd *cobra.Command, st *storeFlags, from, to string, threshold float64, minEvents int) ([]measure.Tie, error) {
	s, err := st.open(cmd.Context())
	if err != nil {
		return nil, err
	}
	defer s.Close()
	var evs []dyad.Event
	if err := s.Events(cmd.Context(), dyad.Filter{From: from, To: to, Unique: true}, func(e *dyad.Event) error {
		evs = append(evs, *e)
		return nil
	}); err != nil {
		return nil, err
	}
	return measure.EventTies(evs, threshold, minEvents), nil
}

func flowsCmd() *cobra.Command {
	var (
		st     storeFlags
		ff     filterFlags
		period string
		format string
	)
	cmd := &cobra.Command{
		Use:   "flows [filters] [--period year]",
		Short: "What moves where, and how much: quantities of stored events by source, destination, item and route",
		Long: `Flows sums the quantities that stored events state (16,500 containers of
munitions, 2 million barrels of oil) by period, source, destination, item, unit
and route, one report per event: a movement counts once, not once per leg.
Filters select the events, as for query; --unique counts each event once
rather than each report of it.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := ff.validate(); err != nil {
				return err
			}
			n, ok := map[string]int{"all": 0, "year": 4, "month": 7, "day": 10}[period]
			if !ok {
				return dyad.Errorf(dyad.EINVALID, "--period %q: want all, year, month or day", period)
			}
			s, err := st.open(cmd.Context())
			if err != nil {
				return err
			}
			defer s.Close()
			var evs []dyad.Event
			if err := s.Events(cmd.Context(), ff.f, func(e *dyad.Event) error {
				if e.Quantity != nil {
					evs = append(evs, *e)
				}
				return nil
			}); err != nil {
				return err
			}
			flows := measure.Flows(evs, n)
			out := cmd.OutOrStdout()
			switch format {
			case "jsonl":
				enc := json.NewEncoder(out)
				enc.SetEscapeHTML(false)
				for _, f := range flows {
					enc.Encode(f)
				}
				return nil
			case "table":
				tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "PERIOD\tSOURCE\tTARGET\tVALUE\tUNIT\tITEM\tEVENTS\tROUTE")
				for _, f := range flows {
					v := strconv.FormatFloat(f.Value, 'f', -1, 64)
					if f.Approx {
						v = "~" + v
					}
					fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\n", f.Period, f.Source, f.Target, v, f.Unit, f.Item, f.Events, f.Route)
				}
				return tw.Flush()
			}
			return dyad.Errorf(dyad.EINVALID, "--format %q: want table or jsonl", format)
		},
	}
	st.add(cmd)
	ff.add(cmd)
	cmd.Flags().StringVar(&period, "period", "all", "all, year, month or day")
	cmd.Flags().StringVar(&format, "format", "table", "table or jsonl")
	return cmd
}
