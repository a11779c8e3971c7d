package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/dyadhq/dyad"
)

// reviewFlags are the flags every review subcommand shares.
type reviewFlags struct {
	st       storeFlags
	dicts    dictFlags
	reviewer string
	note     string
}

func (rf *reviewFlags) add(cmd *cobra.Command) {
	rf.st.add(cmd)
	cmd.Flags().StringVar(&rf.reviewer, "reviewer", "", "who judges (default: $USER)")
	cmd.Flags().StringVar(&rf.note, "note", "", "a note to keep with the judgement")
}

// who returns the reviewer: --reviewer, else $USER.
func (rf *reviewFlags) who() (string, error) {
	for _, r := range []string{rf.reviewer, os.Getenv("USER")} {
		if r = strings.TrimSpace(r); r != "" {
			return r, nil
		}
	}
	return "", dyad.Errorf(dyad.EINVALID, "who is reviewing? give --reviewer NAME (no $USER either)")
}

// changeFlags are the fields a correction or an addition gives.
func changeFlags(cmd *cobra.Command, c *dyad.Change) {
	fl := cmd.Flags()
	fl.StringVar((*string)(&c.Source), "source", "", "the source's CAMEO actor code (RUS, RUSGOV, IGOUNO)")
	fl.StringVar((*string)(&c.Target), "target", "", "the target's CAMEO actor code")
	fl.StringVar((*string)(&c.Code), "code", "", "the CAMEO event code (190)")
	fl.StringVar(&c.Date, "date", "", "the date, ISO 8601 (2024-06-19, 2024-06)")
	fl.StringVar(&c.Location, "location", "", "where, a place of the gazetteer by name (Kyiv)")
}

func reviewCmd() *cobra.Command {
	var (
		st     storeFlags
		export string
	)
	cmd := &cobra.Command{
		Use:   "review [list|confirm|reject|correct|add] | --export GOLD.jsonl",
		Short: "Review stored events: list them, confirm, reject, correct or add one, export the judgements as gold",
		Long: `Review records what an analyst says of stored events. Every judgement is
kept (nothing is overwritten); the latest of an event is in force: a rejected
event is left out of queries, exports, series and measures (query --rejected
shows it), a corrected one is read with its corrections, an added one is an
event of its sentence. Judgements stay in force when documents are coded
again (dyad recode). The reviewer is --reviewer, else $USER.

--export FILE writes the judged sentences in dyad's gold format, which
dyad eval reads: each sentence with its events as reviewed (confirmed,
corrected and added ones); rejected events are negatives, so a sentence
whose events were all rejected is a record with no events.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if export == "" {
				return dyad.Errorf(dyad.EINVALID, "give a subcommand (list, confirm, reject, correct, add) or --export FILE")
			}
			s, err := st.open(cmd.Context())
			if err != nil {
				return err
			}
			defer s.Close()
			out, err := openOutput(cmd, export)
			if err != nil {
				return err
			}
			n, err := exportGold(cmd, s, out)
			if err = out.close(err); err != nil {
				return err
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "dyad: %d judged sentences written to %s\n", n, export)
			return nil
		},
	}
	st.add(cmd)
	cmd.Flags().StringVar(&export, "export", "", "write the judged sentences to FILE in dyad's gold format (- for standard output)")
	cmd.AddCommand(reviewListCmd(), verdictCmd(dyad.Confirm), verdictCmd(dyad.Reject), reviewCorrectCmd(), reviewAddCmd())
	return cmd
}

func reviewListCmd() *cobra.Command {
	var (
		st         storeFlags
		ff         filterFlags
		status     string
		judgements bool
		reviewer   string
	)
	cmd := &cobra.Command{
		Use:   "list [--status none|judged|confirmed|rejected|corrected|added] [filters] | --judgements",
		Short: "List events with their review status (--status none: the queue, least confident first), or the judgements",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if err := ff.validate(); err != nil {
				return err
			}
			if err := dyad.ValidateReview(status); err != nil {
				return err
			}
			s, err := st.open(ctx)
			if err != nil {
				return err
			}
			defer s.Close()
			w := cmd.OutOrStdout()
			if judgements {
				enc := json.NewEncoder(w)
				enc.SetEscapeHTML(false)
				return s.Judgements(ctx, dyad.JudgementFilter{Doc: ff.f.Doc, Reviewer: reviewer, Limit: ff.f.Limit}, func(j *dyad.Judgement) error {
					return enc.Encode(j)
				})
			}
			f := ff.f
			f.Review, f.Rejected, f.LeastSure = status, true, status == "none"
			var evs []dyad.Event
			if err := s.Events(ctx, f, func(e *dyad.Event) error {
				evs = append(evs, *e)
				return nil
			}); err != nil {
				return err
			}
			return writeReviewList(w, evs)
		},
	}
	st.add(cmd)
	ff.add(cmd)
	cmd.Flags().StringVar(&status, "status", "", "events of this review status: none (not judged), judged, confirmed, rejected, corrected or added")
	cmd.Flags().BoolVar(&judgements, "judgements", false, "list the judgements instead, newest first, as JSON Lines (with --doc, --reviewer, --limit)")
	cmd.Flags().StringVar(&reviewer, "reviewer", "", "with --judgements: those of this reviewer")
	return cmd
}

// writeReviewList writes one line an event: id, status, confidence, date,
// source, target, code and sentence.
func writeReviewList(w io.Writer, evs []dyad.Event) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "id\tstatus\tconfidence\tdate\tsource\ttarget\tcode\ttext")
	for _, e := range evs {
		status := "-"
		if e.Review != nil {
			status = e.Review.Status
		}
		fmt.Fprintf(tw, "%s\t%s\t%.2f\t%s\t%s\t%s\t%s\t%s\n", e.ID, status, e.Confidence, e.Date, e.Source, e.Target, e.Action.Code, clip(e.Text, 80))
	}
	return tw.Flush()
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// verdictCmd is `dyad review confirm ID` or `dyad review reject ID`.
func verdictCmd(verdict string) *cobra.Command {
	var rf reviewFlags
	cmd := &cobra.Command{
		Use:   verdict + " ID [--note TEXT]",
		Short: map[string]string{dyad.Confirm: "Confirm an event as coded", dyad.Reject: "Reject an event: it is not one"}[verdict],
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return judge(cmd, &rf, dyad.Judgement{Event: args[0], Verdict: verdict})
		},
	}
	rf.add(cmd)
	return cmd
}

func reviewCorrectCmd() *cobra.Command {
	var (
		rf reviewFlags
		c  dyad.Change
	)
	cmd := &cobra.Command{
		Use:   "correct ID [--source CODE] [--target CODE] [--code CODE] [--date DATE] [--location PLACE]",
		Short: "Correct an event: the fields given replace the event's",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if c.Empty() {
				return dyad.Errorf(dyad.EINVALID, "a correction needs a field to change: --source, --target, --code, --date or --location")
			}
			return judge(cmd, &rf, dyad.Judgement{Event: args[0], Verdict: dyad.Correct}, &c)
		},
	}
	rf.add(cmd)
	rf.dicts.add(cmd)
	changeFlags(cmd, &c)
	return cmd
}

func reviewAddCmd() *cobra.Command {
	var (
		rf       reviewFlags
		c        dyad.Change
		doc      string
		sentence int
	)
	cmd := &cobra.Command{
		Use:   "add --doc ID --sentence N --source CODE [--target CODE] --code CODE [--date DATE] [--location PLACE]",
		Short: "Add an event the coder missed to a sentence of a stored document",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if doc == "" || sentence < 0 || c.Source == "" || c.Code == "" {
				return dyad.Errorf(dyad.EINVALID, "an added event needs --doc, --sentence, --source and --code")
			}
			return judge(cmd, &rf, dyad.Judgement{Verdict: dyad.Add, Doc: doc, Sentence: sentence}, &c)
		},
	}
	rf.add(cmd)
	rf.dicts.add(cmd)
	changeFlags(cmd, &c)
	cmd.Flags().StringVar(&doc, "doc", "", "the document")
	cmd.Flags().IntVar(&sentence, "sentence", -1, "the sentence, counting from 0 (dyad query shows each event's)")
	return cmd
}

// judge stores j (with the change c of a correction or an addition,
// resolved with the flags' dictionaries) and writes the judgement and the
// event as now read, as the API answers.
func judge(cmd *cobra.Command, rf *reviewFlags, j dyad.Judgement, c ...*dyad.Change) error {
	ctx := cmd.Context()
	var err error
	if j.Reviewer, err = rf.who(); err != nil {
		return err
	}
	j.Note = rf.note
	s, err := rf.st.open(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	if len(c) > 0 {
		lx, err := rf.dicts.load(cmd.ErrOrStderr())
		if err != nil {
			return err
		}
		var e dyad.Event
		switch j.Verdict {
		case dyad.Correct:
			found := false
			if err := s.Events(ctx, dyad.Filter{ID: j.Event, Rejected: true}, func(x *dyad.Event) error {
				e, found = *x, true
				return nil
			}); err != nil {
				return err
			}
			if !found {
				return dyad.Errorf(dyad.ENOTFOUND, "event %q not found", j.Event)
			}
			e.Review = nil
		case dyad.Add:
			d, err := s.Document(ctx, j.Doc)
			if err != nil {
				return err
			}
			if e, err = dyad.SentenceEvent(d, j.Sentence); err != nil {
				return err
			}
		}
		if err := c[0].Apply(&e, lx); err != nil {
			return err
		}
		j.Now = &e
	}
	stored, e, err := s.Judge(ctx, j)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(cmd.OutOrStdout())
	enc.SetEscapeHTML(false)
	fmt.Fprintf(cmd.ErrOrStderr(), "dyad: %s %s: %s %s\n", e.Review.Status, e.ID, e, strconv.Quote(clip(e.Text, 60)))
	return enc.Encode(struct {
		Judgement dyad.Judgement `json:"judgement"`
		Event     *dyad.Event    `json:"event"`
	}{stored, e})
}
