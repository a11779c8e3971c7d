package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/measure"
)

// seriesFlags choose a dyad's series.
type seriesFlags struct {
	source, target string
	scope          dyad.Scope
	undirected     bool
	period         string
	from, to       string
}

func (sf *seriesFlags) add(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&sf.source, "source", "", "the source: a country or actor key (RUS); empty for any")
	fl.StringVar(&sf.target, "target", "", "the target, likewise")
	fl.BoolVar(&sf.undirected, "undirected", false, "count both directions of the pair")
	scopeFlag(cmd, &sf.scope)
	fl.StringVar(&sf.period, "period", "month", "day, week, month, quarter or year")
	fl.StringVar(&sf.from, "from", "", "the first period (default: the first with events)")
	fl.StringVar(&sf.to, "to", "", "the last period, inclusive (default: the last with events)")
}

// panel reads the dyad's series from the store's rollups as a complete
// panel: every period, empty ones zero. Events with no date a period can
// place are left out, and counted on stderr.
func (sf *seriesFlags) panel(cmd *cobra.Command, st *storeFlags) ([]measure.Point, error) {
	if err := validScope(sf.scope); err != nil {
		return nil, err
	}
	s, err := st.open(cmd.Context())
	if err != nil {
		return nil, err
	}
	defer s.Close()
	pts, unplaced, err := measure.Dyad(cmd.Context(), s, measure.DyadQuery{Source: sf.source, Target: sf.target,
		Scope: sf.scope, Undirected: sf.undirected, Period: sf.period, From: sf.from, To: sf.to})
	leftOut(cmd, unplaced)
	return pts, err
}

// leftOut says on stderr how many events a series left out for want of a
// date it could place.
func leftOut(cmd *cobra.Command, unplaced int) {
	if unplaced > 0 {
		fmt.Fprintf(cmd.ErrOrStderr(), "dyad: %d events have no date a period can place: left out\n", unplaced)
	}
}

func dyadCmd() *cobra.Command {
	var (
		st        storeFlags
		sf        seriesFlags
		format    string
		ewma      float64
		window    int
		normalise bool
	)
	cmd := &cobra.Command{
		Use:   "dyad --source A --target B [--period month]",
		Short: "A pair's relations over time: events by quad class, Goldstein, net cooperation, conflict share",
		Long: `Dyad prints a complete panel of a pair's events per period (empty periods are
zeros) read from the store's rollups: events by quad class, the Goldstein sum
and mean, net cooperation (Q1+Q2)-(Q3+Q4), material net cooperation Q2-Q4 and
the conflict share, with optional smoothing of net cooperation.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			pts, err := sf.panel(cmd, &st)
			if err != nil {
				return err
			}
			if normalise && len(pts) > 0 {
				// every stored event over the same periods, whatever the
				// scope: the share, and which periods the sources cover at all
				all := sf
				all.source, all.target, all.scope, all.undirected = "", "", dyad.ScopeAll, false
				all.from, all.to = pts[0].Period, pts[len(pts)-1].Period
				totals, err := all.panel(cmd, &st)
				if err != nil {
					return err
				}
				measure.Normalise(pts, totals)
			}
			var smooth []float64
			net := measure.Values(pts, func(p measure.Point) float64 { return p.NetCoop })
			switch {
			case ewma > 0:
				smooth = measure.EWMA(net, ewma)
			case window > 1:
				smooth = measure.TrailingMean(net, window)
			}
			return writePanel(cmd.OutOrStdout(), format, pts, smooth)
		},
	}
	st.add(cmd)
	sf.add(cmd)
	cmd.Flags().StringVar(&format, "format", "table", "table, csv or jsonl")
	cmd.Flags().Float64Var(&ewma, "ewma", 0, "smooth net cooperation by an EWMA with this alpha (0 < alpha <= 1)")
	cmd.Flags().IntVar(&window, "mean", 0, "smooth net cooperation by a trailing mean over this many periods")
	cmd.Flags().BoolVar(&normalise, "normalise", false, "add each period's share of all stored events, and mark periods with no events at all as not covered")
	return cmd
}

func writePanel(w io.Writer, format string, pts []measure.Point, smooth []float64) error {
	head := []string{"period", "events", "q1", "q2", "q3", "q4", "goldstein", "goldstein_mean", "net_coop", "material_net_coop", "conflict_share", "share", "covered"}
	if smooth != nil {
		head = append(head, "net_coop_smoothed")
	}
	row := func(i int, p measure.Point) []string {
		f := func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
		r := []string{p.Period, strconv.Itoa(p.Events), strconv.Itoa(p.Quad[1]), strconv.Itoa(p.Quad[2]), strconv.Itoa(p.Quad[3]),
			strconv.Itoa(p.Quad[4]), f(p.Goldstein), fmt.Sprintf("%.2f", p.GoldsteinMean), f(p.NetCoop), f(p.MaterialNetCoop),
			fmt.Sprintf("%.3f", p.ConflictShare), fmt.Sprintf("%.4f", p.Share), strconv.FormatBool(p.Covered)}
		if smooth != nil {
			r = append(r, fmt.Sprintf("%.2f", smooth[i]))
		}
		return r
	}
	switch format {
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write(head)
		for i, p := range pts {
			cw.Write(row(i, p))
		}
		cw.Flush()
		return cw.Error()
	case "jsonl":
		enc := json.NewEncoder(w)
		for _, p := range pts {
			if err := enc.Encode(p); err != nil {
				return err
			}
		}
		return nil
	case "table":
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, strings.Join(head, "\t")+"\t")
		for i, p := range pts {
			fmt.Fprintln(tw, strings.Join(row(i, p), "\t")+"\t")
		}
		return tw.Flush()
	}
	return dyad.Errorf(dyad.EINVALID, "--format %q: want table, csv or jsonl", format)
}

func changesCmd() *cobra.Command {
	var (
		st      storeFlags
		sf      seriesFlags
		file    string
		value   string
		hazard  float64
		perms   int
		item    string
		amounts bool
	)
	cmd := &cobra.Command{
		Use:   "changes (--source A --target B [--period month] [--value events|conflict|goldstein|quantity] | --series FILE.csv)",
		Short: "When a series changes: Poisson single change point with a permutation test, CUSUM, Bayesian online detection",
		Long: `Changes finds change points in a pair's series of events from the store, or
in any series of counts from a CSV file (--series: a header, then period,value
rows). It reports the Poisson maximum-likelihood single change point with the
rates before and after and a permutation test, the CUSUM estimate, and the
change points of Bayesian online change-point detection (Poisson-Gamma).`,
		RunE: func(cmd *cobra.Command, args []string) error {
			var periods []string
			var xs []float64
			if file != "" {
				var err error
				periods, xs, err = readSeries(file)
				if err != nil {
					return err
				}
			} else if value == "quantity" {
				var err error
				if periods, xs, err = flowSeries(cmd, &st, &sf, item); err != nil {
					return err
				}
			} else {
				pts, err := sf.panel(cmd, &st)
				if err != nil {
					return err
				}
				f := map[string]func(measure.Point) float64{
					"events":    func(p measure.Point) float64 { return float64(p.Events) },
					"conflict":  func(p measure.Point) float64 { return float64(p.Quad[3] + p.Quad[4]) },
					"goldstein": func(p measure.Point) float64 { return p.Goldstein },
				}[value]
				if f == nil {
					return dyad.Errorf(dyad.EINVALID, "--value %q: want events, conflict, goldstein or quantity", value)
				}
				for _, p := range pts {
					periods = append(periods, p.Period)
					xs = append(xs, f(p))
				}
			}
			if !(hazard > 0 && hazard <= 0.5) { // NaN fails too
				return dyad.Errorf(dyad.EINVALID, "--hazard %v: want above 0 and at most 0.5", hazard)
			}
			if perms < 0 {
				return dyad.Errorf(dyad.EINVALID, "--permutations %d: want 0 or more", perms)
			}
			out := cmd.OutOrStdout()
			if value == "quantity" || amounts {
				// sums of amounts, not counts: a change in level
				c, err := measure.FindAmountChanges(cmd.Context(), periods, xs, perms)
				if err != nil {
					return err
				}
				fmt.Fprintf(out, "periods: %d (%s to %s), a series of amounts\n", c.Periods, periods[0], periods[len(xs)-1])
				fmt.Fprintf(out, "mean shift after: %s (k = %d)\n", c.MeanAfter, c.K)
				fmt.Fprintf(out, "mean before: %.4f\nmean after: %.4f\nvariation explained: %.3f\npermutation p: %.4f (%d permutations)\n",
					c.MeanBefore, c.MeanAfterVal, c.Explained, c.PermutationP, c.Permutations)
				fmt.Fprintf(out, "cusum change after: %s\n", c.CUSUMAfter)
				return nil
			}
			c, err := measure.FindChanges(cmd.Context(), periods, xs, hazard, perms)
			if err != nil {
				return err
			}
			fmt.Fprintf(out, "periods: %d (%s to %s)\n", c.Periods, periods[0], periods[len(xs)-1])
			fmt.Fprintf(out, "poisson change after: %s (k = %d)\n", c.PoissonAfter, c.K)
			fmt.Fprintf(out, "rate before: %.4f\nrate after: %.4f\nlog likelihood ratio: %.3f\npermutation p: %.4f (%d permutations)\n",
				c.RateBefore, c.RateAfter, c.LogLikRatio, c.PermutationP, c.Permutations)
			fmt.Fprintf(out, "cusum change after: %s\n", c.CUSUMAfter)
			fmt.Fprintf(out, "bocpd changes after: %s\n", strings.Join(c.BOCPDAfter, ", "))
			return nil
		},
	}
	st.add(cmd)
	sf.add(cmd)
	cmd.Flags().StringVar(&file, "series", "", "a CSV of period,value rows (with a header) instead of a stored dyad")
	cmd.Flags().StringVar(&value, "value", "events", "the stored dyad's series: events, conflict (Q3+Q4), goldstein, or quantity (a flow's amounts; see --item)")
	cmd.Flags().StringVar(&item, "item", "", "with --value quantity: the item whose flow to follow (as dyad flows names it)")
	cmd.Flags().BoolVar(&amounts, "amounts", false, "with --series: the values are amounts (tonnes, dollars), not counts: find a change in level, not in a Poisson rate")
	cmd.Flags().Float64Var(&hazard, "hazard", 0.01, "BOCPD's prior probability of a change at each period")
	cmd.Flags().IntVar(&perms, "permutations", 999, "permutations for the test of the Poisson change point")
	return cmd
}

// flowSeries is the complete series of a flow between the pair: the amounts
// of item (every item when empty) per period.
func flowSeries(cmd *cobra.Command, st *storeFlags, sf *seriesFlags, item string) ([]string, []float64, error) {
	if err := validScope(sf.scope); err != nil {
		return nil, nil, err
	}
	s, err := st.open(cmd.Context())
	if err != nil {
		return nil, nil, err
	}
	defer s.Close()
	n := map[string]int{"day": 10, "week": 10, "month": 7, "quarter": 7, "year": 4}[sf.period]
	if n == 0 {
		return nil, nil, dyad.Errorf(dyad.EINVALID, "--period %q: want day, week, month, quarter or year", sf.period)
	}
	sum := measure.FlowSum{PeriodLen: n}
	q := dyad.Filter{Source: sf.source, Target: sf.target, Scope: sf.scope, Unique: true}
	if err := s.Events(cmd.Context(), q, func(e *dyad.Event) error {
		if e.Quantity != nil && (item == "" || strings.EqualFold(e.Quantity.Item, item)) {
			sum.Add(e)
		}
		return nil
	}); err != nil {
		return nil, nil, err
	}
	var all []measure.Flow
	for _, f := range sum.Flows() {
		if f.Status != dyad.FlowDelivered {
			continue // a series of what moved: not promises, not running totals
		}
		f.Source, f.Target, f.Item, f.Unit, f.Route = "", "", "", "", "" // one series
		all = append(all, f)
	}
	periods, xs, unplaced, err := measure.FlowSeries(all, sf.period, sf.from, sf.to)
	leftOut(cmd, unplaced)
	return periods, xs, err
}

// readSeries reads period,value rows after a header line.
func readSeries(name string) ([]string, []float64, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, dyad.Errorf(dyad.ENOTFOUND, "%v", err)
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReader(f))
	rows, err := r.ReadAll()
	if err != nil {
		return nil, nil, dyad.Errorf(dyad.EINVALID, "%s: %v", name, err)
	}
	var periods []string
	var xs []float64
	for i, row := range rows {
		if i == 0 || len(row) < 2 {
			continue
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(row[1]), 64)
		if err != nil {
			return nil, nil, dyad.Errorf(dyad.EINVALID, "%s:%d: value %q", name, i+1, row[1])
		}
		periods = append(periods, strings.TrimSpace(row[0]))
		xs = append(xs, v)
	}
	return periods, xs, nil
}
