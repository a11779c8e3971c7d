package main

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"

	"github.com/spf13/cobra"

	"github.com/dyadhq/dyad"
)

// goldRecord is a line of dyad's gold format, as dyad eval reads it (doc
// and sentence are for people: eval reads the rest).
type goldRecord struct {
	ID       string      `json:"id"`
	Date     string      `json:"date"`
	Text     string      `json:"text"`
	Events   []goldEvent `json:"events"`
	Doc      string      `json:"doc"`
	Sentence int         `json:"sentence"`
}

// goldEvent is an event of a gold record: actors as eval compares them
// (the country, else the code).
type goldEvent struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Code   string `json:"code"`
}

// exportGold writes every judged sentence of s to w as a gold record: its
// events as reviewed (confirmed, corrected, added), rejected ones left out
// as negatives, dated with its document. It returns how many it wrote, and
// warns of sentences it cannot write (no stored document) and of events
// no one judged in the sentences it writes, which the records leave out.
func exportGold(cmd *cobra.Command, s dyad.Store, w io.Writer) (int, error) {
	ctx := cmd.Context()
	judged := map[string][]int{}
	if err := s.Judgements(ctx, dyad.JudgementFilter{}, func(j *dyad.Judgement) error {
		if !slices.Contains(judged[j.Doc], j.Sentence) {
			judged[j.Doc] = append(judged[j.Doc], j.Sentence)
		}
		return nil
	}); err != nil {
		return 0, err
	}
	docs := make([]string, 0, len(judged))
	for d := range judged {
		docs = append(docs, d)
	}
	slices.Sort(docs)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	n, unjudged := 0, 0
	for _, id := range docs {
		d, err := s.Document(ctx, id)
		if dyad.ErrorCode(err) == dyad.ENOTFOUND {
			fmt.Fprintf(cmd.ErrOrStderr(), "dyad: %s: no stored document (imported events?): its judgements have no text to export\n", id)
			continue
		}
		if err != nil {
			return n, err
		}
		bySentence := map[int][]dyad.Event{}
		if err := s.Events(ctx, dyad.Filter{Doc: id, Rejected: true}, func(e *dyad.Event) error {
			bySentence[e.Sentence] = append(bySentence[e.Sentence], *e)
			return nil
		}); err != nil {
			return n, err
		}
		sentences := judged[id]
		slices.Sort(sentences)
		for _, i := range sentences {
			at, err := dyad.SentenceEvent(d, i)
			if err != nil {
				fmt.Fprintf(cmd.ErrOrStderr(), "dyad: %s: %v\n", id, err)
				continue
			}
			rec := goldRecord{ID: fmt.Sprintf("%s#%d", id, i), Date: d.Date, Text: at.Text, Events: []goldEvent{}, Doc: id, Sentence: i}
			for _, e := range bySentence[i] {
				switch {
				case e.Review == nil:
					unjudged++
				case e.Review.Status != dyad.ReviewRejected:
					rec.Events = append(rec.Events, goldEvent{Source: e.Source.Key(), Target: e.Target.Key(), Code: string(e.Action.Code)})
				}
			}
			if err := enc.Encode(rec); err != nil {
				return n, err
			}
			n++
		}
	}
	if unjudged > 0 {
		fmt.Fprintf(cmd.ErrOrStderr(), "dyad: %d events of the exported sentences are not judged and left out: eval counts them as extras when the coder gives them\n", unjudged)
	}
	return n, nil
}
