package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/sqlite"
)

// storeFlags choose the store: --db PATH for an SQLite file (the default is
// dyad.db in the user's data directory).
type storeFlags struct {
	db string
}

func (s *storeFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&s.db, "db", "", "the store: an SQLite file, or a postgres:// URL for a shared PostgreSQL server (default: dyad.db in $XDG_DATA_HOME/dyad or ~/.local/share/dyad)")
}

// open opens the store the flags name, which must exist: commands that read
// never create a store (a mistyped --db would otherwise answer from an empty
// one).
func (s *storeFlags) open(ctx context.Context) (dyad.Store, error) {
	return s.openStore(ctx, false)
}

// create opens the store the flags name, creating it when it does not exist.
func (s *storeFlags) create(ctx context.Context) (dyad.Store, error) {
	return s.openStore(ctx, true)
}

func (s *storeFlags) openStore(ctx context.Context, create bool) (dyad.Store, error) {
	path := s.db
	if strings.HasPrefix(path, "postgres://") || strings.HasPrefix(path, "postgresql://") {
		return openPostgres(ctx, path)
	}
	if path == "" {
		dir := os.Getenv("XDG_DATA_HOME")
		if dir == "" {
			home, err := os.UserHomeDir()
			if err != nil {
				return nil, dyad.Errorf(dyad.EINVALID, "no --db and no home directory: %v", err)
			}
			dir = filepath.Join(home, ".local", "share")
		}
		dir = filepath.Join(dir, "dyad")
		if create {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, err
			}
		}
		path = filepath.Join(dir, "dyad.db")
	}
	if !create && path != ":memory:" {
		if _, err := os.Stat(path); err != nil {
			return nil, dyad.Errorf(dyad.ENOTFOUND, "no store at %s (dyad ingest creates one): %w", path, err)
		}
	}
	return sqlite.Open(ctx, path)
}
