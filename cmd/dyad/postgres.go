package main

import (
	"context"

	"github.com/dyadhq/dyad"
)

// openPostgres opens a PostgreSQL store. It is replaced when the postgres
// package lands; until then a postgres:// DSN is refused plainly.
func openPostgres(ctx context.Context, dsn string) (dyad.Store, error) {
	return nil, dyad.Errorf(dyad.EINVALID, "PostgreSQL stores are not built yet: use an SQLite file with --db PATH")
}
