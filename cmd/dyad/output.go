package main

import (
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/dyadhq/dyad"
)

// outputFlag adds -o/--output to a command that writes records.
func outputFlag(cmd *cobra.Command, path *string) {
	cmd.Flags().StringVarP(path, "output", "o", "", "write to FILE instead of standard output; a regular FILE is replaced only when the whole output is written")
}

// output is where a command writes records: standard output, or the file
// that -o names. A regular file is written under a temporary name beside it
// and renamed into place by close, so that a failed or interrupted run never
// leaves half a file (half a Parquet file is unreadable) under the name.
type output struct {
	io.Writer
	f    *os.File // the file written, when -o names one
	tmp  string   // its temporary name, when it is to be renamed to path
	path string
}

// openOutput opens path for writing, or returns standard output when path
// is "" or "-". A path that exists and is not a regular file (a device, a
// named pipe) is written in place.
func openOutput(cmd *cobra.Command, path string) (*output, error) {
	if path == "" || path == "-" {
		return &output{Writer: cmd.OutOrStdout()}, nil
	}
	if st, err := os.Stat(path); err == nil && !st.Mode().IsRegular() {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC, 0)
		if err != nil {
			return nil, err
		}
		return &output{Writer: f, f: f, path: path}, nil
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return nil, err
	}
	return &output{Writer: f, f: f, tmp: f.Name(), path: path}, nil
}

// binary refuses to write binary data (format) to a terminal, where it would
// garble the screen.
func (o *output) binary(format string) error {
	if isTerminal(o.Writer) {
		return dyad.Errorf(dyad.EINVALID, "--format %s writes binary data, not for a terminal: write it to a file with -o FILE (or redirect standard output)", format)
	}
	return nil
}

// close finishes the output of a run that ended with err: a file is closed
// and, if err is nil, renamed into place; otherwise its temporary file is
// removed. It returns err, or the error of closing when err is nil.
func (o *output) close(err error) error {
	if o.f == nil {
		return err
	}
	cerr := o.f.Close()
	if o.tmp != "" {
		if err == nil && cerr == nil {
			if cerr = os.Chmod(o.tmp, 0o644); cerr == nil {
				cerr = os.Rename(o.tmp, o.path)
			}
		}
		if err != nil || cerr != nil {
			os.Remove(o.tmp)
		}
	}
	if err != nil {
		return err
	}
	return cerr
}

// isTerminal reports whether w is a terminal: a character device other than
// the null device, to which "> /dev/null" sends output that nobody reads.
func isTerminal(w io.Writer) bool {
	if e, ok := w.(*errWriter); ok {
		w = e.w
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	if err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err != nil || !os.SameFile(st, null)
}
