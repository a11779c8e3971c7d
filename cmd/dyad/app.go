package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/lexicon"
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
// that code.
type dictFlags struct {
	dirs []string
}

func (d *dictFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringArrayVar(&d.dirs, "dict", nil, "a directory of dictionary files that add to or override the embedded ones (repeatable)")
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
