package main

import (
	"context"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/postgres"
)

// openPostgres opens the PostgreSQL store a postgres:// DSN names.
func openPostgres(ctx context.Context, dsn string) (dyad.Store, error) {
	return postgres.Open(ctx, dsn)
}
