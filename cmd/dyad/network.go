package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
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
		ev        evidenceFlags
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
--min-events events behind the tie. Only international events count: domestic
events (one country on both sides) and events without a target are left out.`,
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
			default:
				var sets [][]measure.Tie
				if from != "" || to != "" {
					t, err := eventTies(cmd, &st, from, to, threshold, minEvents)
					if err != nil {
						return err
					}
					sets = append(sets, t)
				}
				ev, err := ev.ties()
				if err != nil {
					return err
				}
				sets = append(sets, ev...)
				switch len(sets) {
				case 0:
					return dyad.Errorf(dyad.EINVALID, "give --signed-edges FILE, a window of stored events (--from, --to), or evidence (--atop, --unvotes, --sipri with --years)")
				case 1:
					ties = sets[0]
				default:
					ties = measure.Combine(sets...)
				}
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
	ev.add(cmd)
	return cmd
}

// evidenceFlags add other evidence of alignment to a network: alliances,
// UN General Assembly votes and arms transfers, each a set of ties that
// measure.Combine joins with the events' (a pair's sign is the sign of the
// sum of its sources' signs).
type evidenceFlags struct {
	atop, atopKinds, unvotes, sipri, years string
	voteHi, voteLo, minTIV                 float64
	minVotes                               int
}

func (e *evidenceFlags) add(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&e.atop, "atop", "", "ATOP alliance dyad-years (CSV): allies in the last year of --years are positive ties")
	fl.StringVar(&e.atopKinds, "atop-obligations", "defense,offense", "which ATOP obligations make an alliance")
	fl.StringVar(&e.unvotes, "unvotes", "", "a directory with unvotes_votes.csv and unvotes_roll_calls.csv: UN General Assembly agreement")
	fl.Float64Var(&e.voteHi, "vote-agree", 0.8, "UN vote agreement at or above which a tie is positive")
	fl.Float64Var(&e.voteLo, "vote-disagree", 0.4, "UN vote agreement at or below which a tie is negative")
	fl.IntVar(&e.minVotes, "min-votes", 50, "common UN votes a tie needs")
	fl.StringVar(&e.sipri, "sipri", "", "SIPRI arms transfers (CSV): supplier and recipient are positive ties")
	fl.Float64Var(&e.minTIV, "min-tiv", 100, "SIPRI trend-indicator value (millions) a transfer tie needs over --years")
	fl.StringVar(&e.years, "years", "", "the years of the evidence: YYYY or YYYY-YYYY")
}

func (e *evidenceFlags) ties() ([][]measure.Tie, error) {
	if e.atop == "" && e.unvotes == "" && e.sipri == "" {
		return nil, nil
	}
	var y0, y1 int
	if n, _ := fmt.Sscanf(e.years, "%d-%d", &y0, &y1); n == 1 {
		y1 = y0
	} else if n != 2 {
		return nil, dyad.Errorf(dyad.EINVALID, "--years %q: want YYYY or YYYY-YYYY", e.years)
	}
	open := func(name string) (*os.File, error) {
		f, err := os.Open(name)
		if err != nil {
			return nil, dyad.Errorf(dyad.ENOTFOUND, "%v", err)
		}
		return f, nil
	}
	var sets [][]measure.Tie
	if e.atop != "" {
		f, err := open(e.atop)
		if err != nil {
			return nil, err
		}
		t, err := measure.AllianceTies(f, y1, strings.Split(e.atopKinds, ",")...)
		f.Close()
		if err != nil {
			return nil, err
		}
		sets = append(sets, t)
	}
	if e.unvotes != "" {
		votes, err := open(filepath.Join(e.unvotes, "unvotes_votes.csv"))
		if err != nil {
			return nil, err
		}
		defer votes.Close()
		calls, err := open(filepath.Join(e.unvotes, "unvotes_roll_calls.csv"))
		if err != nil {
			return nil, err
		}
		defer calls.Close()
		t, err := measure.VoteTies(votes, calls, y0, y1, e.voteHi, e.voteLo, e.minVotes)
		if err != nil {
			return nil, err
		}
		sets = append(sets, t)
	}
	if e.sipri != "" {
		f, err := open(e.sipri)
		if err != nil {
			return nil, err
		}
		t, err := measure.ArmsTies(f, y0, y1, e.minTIV)
		f.Close()
		if err != nil {
			return nil, err
		}
		sets = append(sets, t)
	}
	return sets, nil
}

// eventTies turns a window of stored events into signed ties between
// countries (measure.EventTies), each event counted once however many
// reports it has. The store sums the events by pair of countries
// (Store.Pairs), leaving out domestic events, which would tie a country to
// itself, and those of organisations.
func eventTies(cmd *cobra.Command, st *storeFlags, from, to string, threshold float64, minEvents int) ([]measure.Tie, error) {
	s, err := st.open(cmd.Context())
	if err != nil {
		return nil, err
	}
	defer s.Close()
	pairs, err := s.Pairs(cmd.Context(), dyad.PairQuery{From: from, To: to})
	if err != nil {
		return nil, err
	}
	return measure.PairTies(pairs, threshold, minEvents), nil
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
			sum := measure.FlowSum{PeriodLen: n}
			ff.f.Quantity = true // only events with a quantity make flows
			if err := s.Events(cmd.Context(), ff.f, func(e *dyad.Event) error {
				sum.Add(e)
				return nil
			}); err != nil {
				return err
			}
			flows := sum.Flows()
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
				fmt.Fprintln(tw, "PERIOD\tSOURCE\tTARGET\tSTATUS\tVALUE\tUNIT\tITEM\tEVENTS\tROUTE")
				for _, f := range flows {
					v := strconv.FormatFloat(f.Value, 'f', -1, 64)
					if f.Approx {
						v = "~" + v
					}
					fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\n", f.Period, f.Source, f.Target, f.Status, v, f.Unit, f.Item, f.Events, f.Route)
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
