package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/coder"
	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/petrarch"
)

// Exit codes, one per error code.
var exitCodes = map[string]int{dyad.EINVALID: 2, dyad.ENOTFOUND: 3, dyad.ECONFLICT: 4, dyad.EINTERNAL: 1}

// Main runs dyad with args and returns the process exit code. Tests drive it
// end to end.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := &cobra.Command{
		Use:           "dyad",
		Short:         "Turn news reporting on international affairs into checkable political event data",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.AddCommand(codeCmd(), evalCmd(), ingestCmd(), queryCmd(), exportCmd(), dyadCmd(), networkCmd(), flowsCmd(), changesCmd(), serveCmd())
	if err := root.ExecuteContext(ctx); err != nil {
		fmt.Fprintln(stderr, "dyad:", err)
		var e *dyad.Error
		if errors.As(err, &e) {
			return exitCodes[e.Code]
		}
		return 2 // cobra's own errors: bad flags and arguments
	}
	return 0
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

// docCoder codes documents; Explain writes how it coded one.
type docCoder interface {
	Code(dyad.Document) []dyad.Event
	Explain(io.Writer, dyad.Document)
	Lexicon() *lexicon.Lexicon
}

// coder returns the coder the flags choose.
func (d *dictFlags) coder(stderr io.Writer) (docCoder, error) {
	lx, err := d.load(stderr)
	if err != nil {
		return nil, err
	}
	switch d.format {
	case "dyad":
		return coder.New(lx), nil
	case "petrarch":
		pd, err := d.petrarch(stderr)
		if err != nil {
			return nil, err
		}
		return petrarch.NewCoder(pd, petrarch.DefaultOptions(), lx), nil
	}
	return nil, dyad.Errorf(dyad.EINVALID, "--dict-format %q: want dyad or petrarch", d.format)
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
