package main

import (
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"

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
// countries: the net Goldstein of each unordered pair, both directions.
func eventTies(cmd *cobra.Command, st *storeFlags, from, to string, threshold float64, minEvents int) ([]measure.Tie, error) {
	s, err := st.open(cmd.Context())
	if err != nil {
		return nil, err
	}
	defer s.Close()
	type sum struct {
		g float64
		n int
	}
	pairs := map[[2]string]*sum{}
	err = s.Events(cmd.Context(), dyad.Filter{From: from, To: to, Unique: true}, func(e *dyad.Event) error {
		a, b := e.Source.Key(), e.Target.Key()
		if e.Source == nil || e.Target == nil || e.Source.Country == "" || e.Target.Country == "" || a == b {
			return nil
		}
		if a > b {
			a, b = b, a
		}
		p := pairs[[2]string{a, b}]
		if p == nil {
			p = &sum{}
			pairs[[2]string{a, b}] = p
		}
		p.g += e.Action.Goldstein
		p.n++
		return nil
	})
	if err != nil {
		return nil, err
	}
	var ties []measure.Tie
	for k, p := range pairs {
		if p.n < minEvents || math.Abs(p.g) < threshold {
			continue
		}
		sign := 1
		if p.g < 0 {
			sign = -1
		}
		ties = append(ties, measure.Tie{From: k[0], To: k[1], Sign: sign, Weight: math.Round(p.g*10) / 10})
	}
	sort.Slice(ties, func(i, j int) bool {
		return ties[i].From < ties[j].From || ties[i].From == ties[j].From && ties[i].To < ties[j].To
	})
	return ties, nil
}
