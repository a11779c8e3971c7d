package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/internal/lexjson"
)

func actorsCmd() *cobra.Command {
	var (
		limit  int
		count  bool
		format string
		dicts  dictFlags
	)
	cmd := &cobra.Command{
		Use:   "actors QUERY | --count",
		Short: "Look up the actors the dictionaries know, with the file and line each came from",
		Long: `Actors prints the dictionary entries whose code is QUERY or whose names,
adjectives, demonyms, capitals, seats or units contain it, ignoring case: the
exact code first, then exact names, then whole words, then any substring. Each
entry shows its name, code, kind (country, igo, bloc, person, group), a group's
type and country, a person's or group's dated roles, and the file and line it
was read from; the dictionaries of --dict are searched too. With --count it
prints how many countries, organisations, people, groups and agent phrases the
dictionaries hold. Output is a table on a terminal, JSON Lines otherwise (the
objects of GET /api/actors). Nothing found is exit status 3.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if count && len(args) > 0 {
				return fmt.Errorf("--count takes no QUERY")
			}
			if !count && strings.TrimSpace(strings.Join(args, " ")) == "" {
				return fmt.Errorf("a QUERY (a name or code: %q, RUS) or --count is required", "Boko Haram")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			if format == "" {
				format = "jsonl"
				if isTerminal(cmd.OutOrStdout()) {
					format = "table"
				}
			}
			if format != "table" && format != "jsonl" {
				return dyad.Errorf(dyad.EINVALID, "--format %q: want table or jsonl", format)
			}
			if limit < 0 {
				return dyad.Errorf(dyad.EINVALID, "--limit %d: want 0 (all) or more", limit)
			}
			if dicts.format != "dyad" {
				return dyad.Errorf(dyad.EINVALID, "--dict-format %q: actors looks up dyad's dictionaries (the embedded ones and --dict)", dicts.format)
			}
			lx, err := dicts.load(cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			out := bufio.NewWriter(cmd.OutOrStdout())
			defer func() {
				if ferr := out.Flush(); err == nil {
					err = ferr // a full disk or a closed pipe is a failure, not a success
				}
			}()
			if count {
				return writeCounts(out, lexjson.NewCounts(lx.Counts()), format)
			}
			// Every argument is the query: `dyad actors Boko Haram` needs no quotes.
			query := strings.Join(args, " ")
			n := limit
			if n > 0 {
				n++ // one more tells whether the limit cut the list
			}
			es := lx.Search(query, n)
			if len(es) == 0 {
				return dyad.Errorf(dyad.ENOTFOUND, "no actor matches %q", query)
			}
			if limit > 0 && len(es) > limit {
				es = es[:limit]
				defer fmt.Fprintf(cmd.ErrOrStderr(), "dyad: more actors match %q; --limit 0 shows them all\n", query)
			}
			return writeActors(out, lexjson.List(es), format)
		},
	}
	cmd.Flags().IntVar(&limit, "limit", 20, "at most this many entries (0: all)")
	cmd.Flags().BoolVar(&count, "count", false, "print how many countries, organisations, people, groups and agent phrases the dictionaries hold")
	cmd.Flags().StringVar(&format, "format", "", "table or jsonl (default: table on a terminal, else jsonl)")
	dicts.add(cmd)
	return cmd
}

// writeActors writes entries as a table or JSON Lines.
func writeActors(w io.Writer, es []lexjson.Entry, format string) error {
	if format == "jsonl" {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, e := range es {
			if err := enc.Encode(e); err != nil {
				return err
			}
		}
		return nil
	}
	// A person's roles go one a line, last, so that the table stays narrow.
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tCODE\tKIND\tTYPE\tCOUNTRY\tFILE\tROLES")
	dash := func(s string) string {
		if s == "" {
			return "-"
		}
		return s
	}
	for _, e := range es {
		roles := []string{"-"}
		for i, r := range e.Roles {
			if i == 0 {
				roles = roles[:0]
			}
			roles = append(roles, strings.TrimSpace(fmt.Sprintf("%s %s–%s %s", r.Code, r.From, r.To, r.Title)))
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s:%d\t%s\n", e.Name, dash(e.Code), e.Kind, dash(e.Type), dash(e.Country),
			e.File, e.Line, roles[0])
		for _, r := range roles[1:] {
			fmt.Fprintf(tw, "\t\t\t\t\t\t%s\n", r)
		}
	}
	return tw.Flush()
}

// writeCounts writes the lexicon's counts as a table or one JSON object.
func writeCounts(w io.Writer, c lexjson.Counts, format string) error {
	if format == "jsonl" {
		return json.NewEncoder(w).Encode(c)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	for _, r := range []struct {
		n    int
		what string
	}{{c.Countries, "countries"}, {c.Organisations, "organisations and blocs"}, {c.People, "people"},
		{c.Groups, "groups"}, {c.Agents, "agent phrases"}} {
		fmt.Fprintf(tw, "%d\t %s\n", r.n, r.what)
	}
	return tw.Flush()
}
