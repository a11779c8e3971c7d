package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/spf13/cobra"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/coder"
	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/petrarch"
)

// exitCodes is the one table from error codes to exit statuses. An error
// that carries no dyad code is internal (1), except cobra's own complaints
// about flags, arguments and commands, which are invalid usage (2).
var exitCodes = map[string]int{
	dyad.EINTERNAL:     1,
	dyad.EINVALID:      2,
	dyad.ENOTFOUND:     3,
	dyad.ECONFLICT:     4,
	dyad.EUNAUTHORIZED: 5,
}

// exitCode returns the exit status of err: 0 for nil, the table's status for
// a dyad error, 1 for any other.
func exitCode(err error) int {
	if err == nil {
		return 0
	}
	if n, ok := exitCodes[dyad.ErrorCode(err)]; ok {
		return n
	}
	return 1
}

// Main runs dyad with args and returns the process exit code. ctx ends the
// run early (main cancels it on SIGINT and SIGTERM). Tests drive it end to
// end.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := &cobra.Command{
		Use:           "dyad",
		Short:         "Turn news reporting on politics and conflict into checkable political event data",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetArgs(args)
	root.SetIn(stdin)
	ew := &errWriter{w: stdout}
	stdout = ew
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.AddCommand(codeCmd(), evalCmd(), ingestCmd(), recodeCmd(), deleteCmd(), queryCmd(), exportCmd(), actorsCmd(), lexiconCmd(), dyadCmd(), networkCmd(), flowsCmd(), changesCmd(), serveCmd(), parseCmd(), reviewCmd())
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError(err) })
	for _, c := range root.Commands() {
		classify(c)
	}
	err := root.ExecuteContext(ctx)
	if err == nil && ew.err != nil {
		// whatever a command wrote straight to standard output: a full disk
		// or a closed pipe is a failure, not a success
		err = &dyad.Error{Code: dyad.EINTERNAL, Message: "writing standard output", Err: ew.err}
	}
	if err == nil {
		return 0
	}
	var e *dyad.Error
	if !errors.As(err, &e) {
		err = usageError(err) // only cobra returns errors that classify has not seen
	}
	fmt.Fprintln(stderr, "dyad:", err)
	return exitCode(err)
}

// usageError marks a complaint about flags, arguments or commands invalid.
func usageError(err error) error { return &dyad.Error{Code: dyad.EINVALID, Err: err} }

// classify gives every error a command returns a code: its argument checks
// are usage errors; what its run returns keeps its dyad code, and any other
// error is classified by its cause (a missing file is not found, an
// interrupted run is internal).
func classify(c *cobra.Command) {
	if args := c.Args; args != nil {
		c.Args = func(cmd *cobra.Command, a []string) error {
			if err := args(cmd, a); err != nil {
				return usageError(err)
			}
			return nil
		}
	}
	if run := c.RunE; run != nil {
		c.RunE = func(cmd *cobra.Command, a []string) error {
			err := run(cmd, a)
			var e *dyad.Error
			switch {
			case err == nil || errors.As(err, &e):
				return err
			case errors.Is(err, fs.ErrNotExist):
				return &dyad.Error{Code: dyad.ENOTFOUND, Err: err}
			}
			return &dyad.Error{Code: dyad.EINTERNAL, Err: err}
		}
	}
	for _, sub := range c.Commands() {
		classify(sub)
	}
}

// dictFlags are the flags that choose dictionaries, shared by the commands
// that code: dyad's own (embedded, with --dict directories added), or a
// TABARI/PETRARCH dictionary set (--dict-format petrarch).
type dictFlags struct {
	dirs     []string
	format   string
	actors   []string
	agents   string
	verbs    string
	discards string
}

func (d *dictFlags) add(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringArrayVar(&d.dirs, "dict", nil, "a directory of dictionary files that add to or override the embedded ones (repeatable)")
	f.StringVar(&d.format, "dict-format", "dyad", "dictionaries: dyad (embedded, plus --dict) or petrarch (TABARI/PETRARCH files given by --actors, --agents, --verbs, --discards)")
	f.StringArrayVar(&d.actors, "actors", nil, "with --dict-format petrarch: an actors file (repeatable)")
	f.StringVar(&d.agents, "agents", "", "with --dict-format petrarch: the agents file")
	f.StringVar(&d.verbs, "verbs", "", "with --dict-format petrarch: the verbs file (CAMEO.2.0.txt and the like)")
	f.StringVar(&d.discards, "discards", "", "with --dict-format petrarch: the discards file")
}

// load returns the lexicon, printing malformed dictionary lines to stderr.
func (d *dictFlags) load(stderr io.Writer) (*lexicon.Lexicon, error) {
	lx, warnings, err := lexicon.Load(d.dirs...)
	if err != nil {
		return nil, err
	}
	for _, w := range warnings {
		fmt.Fprintln(stderr, "dyad: dictionary:", w)
	}
	return lx, nil
}

// coder returns the coder the flags choose and the lexicon beside it (the
// codebook and country names, which imports of GDELT and ICEWS read too).
func (d *dictFlags) coder(stderr io.Writer) (dyad.Coder, *lexicon.Lexicon, error) {
	lx, err := d.load(stderr)
	if err != nil {
		return nil, nil, err
	}
	switch d.format {
	case "dyad":
		return coder.New(lx), lx, nil
	case "petrarch":
		pd, err := d.petrarch(stderr)
		if err != nil {
			return nil, nil, err
		}
		return petrarch.NewCoder(pd, petrarch.DefaultOptions(), lx), lx, nil
	}
	return nil, nil, dyad.Errorf(dyad.EINVALID, "--dict-format %q: want dyad or petrarch", d.format)
}

// petrarch loads the PETRARCH dictionary set the flags name.
func (d *dictFlags) petrarch(stderr io.Writer) (*petrarch.Dict, error) {
	if len(d.actors) == 0 || d.verbs == "" {
		return nil, dyad.Errorf(dyad.EINVALID, "--dict-format petrarch needs at least --actors and --verbs")
	}
	pd, warnings, err := petrarch.Load(petrarch.Files{Actors: d.actors, Agents: d.agents, Verbs: d.verbs, Discards: d.discards})
	if err != nil {
		return nil, err
	}
	for _, w := range warnings {
		fmt.Fprintln(stderr, "dyad: dictionary:", w)
	}
	return pd, nil
}

// errWriter remembers the first error of the writes through it.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	n, err := e.w.Write(p)
	if err != nil && e.err == nil {
		e.err = err
	}
	return n, err
}
