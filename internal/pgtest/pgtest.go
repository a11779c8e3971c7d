// Package pgtest gives a test a PostgreSQL schema of its own, on the server
// that DYAD_TEST_POSTGRES names (by default the one .ci/run starts), so that
// the postgres package and the end-to-end tests of the CLI run against a
// real server. A test is skipped when no server answers, and fails instead
// under CI, where one must.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// DefaultDSN is the server .ci/run starts; DYAD_TEST_POSTGRES overrides it.
const DefaultDSN = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

// reach connects to the test server once per test binary, so that an
// unreachable one costs its 2-second timeout once, not once per test.
var reach = sync.OnceValues(func() (string, error) {
	dsn := os.Getenv("DYAD_TEST_POSTGRES")
	if dsn == "" {
		dsn = DefaultDSN
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return dsn, err
	}
	return dsn, conn.Close(ctx)
})

// DSN returns the DSN of a new, empty schema, dropped when tb ends, or
// skips tb when the server cannot be reached.
func DSN(tb testing.TB) string {
	tb.Helper()
	dsn, err := reach()
	if err != nil {
		if os.Getenv("CI") == "true" {
			// .ci/run starts a server: in CI a missing one is a failure, not a skip
			tb.Fatalf("PostgreSQL not reachable at %s under CI: %v", redact(dsn), err)
		}
		tb.Skipf("PostgreSQL not reachable at %s: skipping; .ci/run starts it (%v)", redact(dsn), err)
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		tb.Fatalf("connect: %v", err)
	}
	defer conn.Close(ctx)
	b := make([]byte, 8)
	rand.Read(b)
	schema := "dyad_test_" + hex.EncodeToString(b)
	if _, err := conn.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		tb.Fatalf("create schema: %v", err)
	}
	tb.Cleanup(func() {
		ctx := context.Background()
		conn, err := pgx.Connect(ctx, dsn)
		if err != nil {
			tb.Errorf("drop schema %s: %v", schema, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			tb.Errorf("drop schema %s: %v", schema, err)
		}
	})
	return WithSearchPath(tb, dsn, schema)
}

// redact hides the password of a URL DSN.
func redact(dsn string) string {
	if u, err := url.Parse(dsn); err == nil && strings.Contains(dsn, "://") {
		return u.Redacted()
	}
	return dsn
}

// WithSearchPath adds search_path to a URL or key=value DSN.
func WithSearchPath(tb testing.TB, dsn, schema string) string {
	if !strings.Contains(dsn, "://") {
		return dsn + " search_path=" + schema
	}
	u, err := url.Parse(dsn)
	if err != nil {
		tb.Fatalf("DYAD_TEST_POSTGRES: %v", err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
