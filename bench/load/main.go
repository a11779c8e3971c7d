// Command load measures the HTTP API under a mixed GET load: it serves a
// store with "dyad serve" on loopback, sends it requests from concurrent
// clients for a set time, and reports requests per second, latency
// percentiles (overall and by kind of request) and the server's peak
// memory. The store is the embedded demo, or synthetic events in GDELT's
// shape (internal/synth) in SQLite or PostgreSQL, built on the first run
// and reused after.
//
//	go run ./bench/load -store demo
//	go run ./bench/load -store sqlite [-events 1000000] [-db FILE]
//	go run ./bench/load -store postgres [-events 1000000] [-pg DSN]
//
// The requests are those the web pages and a script make: pages of events
// by pair, code family, day and id, a pair's monthly series and its change
// points, and the alignment network and flows of a week (see mix). Their
// parameters are sampled from the store itself, so the same mix runs on
// any store. It only ever listens and connects on 127.0.0.1.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"time"

	"github.com/dyadhq/dyad/internal/machine"
)

func main() {
	var cfg config
	flag.StringVar(&cfg.store, "store", "demo", "the store to serve: demo, sqlite or postgres")
	flag.IntVar(&cfg.events, "events", 1_000_000, "synthetic events in the sqlite or postgres store")
	flag.StringVar(&cfg.db, "db", "", "the SQLite file (default: dyad-bench-load-EVENTS.db in the temporary directory; built when missing)")
	flag.StringVar(&cfg.pg, "pg", "postgres://postgres@127.0.0.1:5432/test?sslmode=disable", "the PostgreSQL database (a schema dyad_bench_load_EVENTS is made in it)")
	flag.IntVar(&cfg.clients, "c", 50, "concurrent clients")
	flag.DurationVar(&cfg.duration, "d", 20*time.Second, "how long to measure")
	flag.DurationVar(&cfg.warmup, "warmup", 3*time.Second, "how long to send requests before measuring")
	flag.BoolVar(&cfg.measures, "measures", true, "send network and flows requests too")
	flag.BoolVar(&cfg.remember, "remember", true, "let the server give answers again from memory (false: every request is worked out)")
	flag.StringVar(&cfg.dyad, "dyad", "", "the dyad binary (default: built from this repository)")
	flag.Parse()
	if err := run(context.Background(), cfg); err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		os.Exit(1)
	}
}

type config struct {
	store, db, pg, dyad string
	events, clients     int
	duration, warmup    time.Duration
	measures, remember  bool
}

func run(ctx context.Context, cfg config) error {
	if cfg.clients < 1 || cfg.duration <= 0 || cfg.events < 1 {
		return errors.New("-c, -d and -events must be positive")
	}
	tmp, err := os.MkdirTemp("", "dyad-bench-load-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if cfg.dyad == "" {
		cfg.dyad = filepath.Join(tmp, "dyad")
		build := exec.Command("go", "build", "-o", cfg.dyad, "./cmd/dyad")
		build.Stdout, build.Stderr = os.Stderr, os.Stderr
		if err := build.Run(); err != nil {
			return fmt.Errorf("build dyad (run from the repository's root, or give -dyad): %w", err)
		}
	}
	var db, what string
	switch cfg.store {
	case "demo":
		what = "the embedded demo (in memory)"
	case "sqlite":
		if cfg.db == "" {
			cfg.db = filepath.Join(os.TempDir(), fmt.Sprintf("dyad-bench-load-%d.db", cfg.events))
		}
		if err := buildSQLite(ctx, cfg.db, cfg.events); err != nil {
			return err
		}
		db, what = cfg.db, fmt.Sprintf("SQLite, %d synthetic events (%s)", cfg.events, cfg.db)
	case "postgres":
		if db, err = buildPostgres(ctx, cfg.pg, cfg.events); err != nil {
			return err
		}
		what = fmt.Sprintf("PostgreSQL, %d synthetic events (schema dyad_bench_load_%d)", cfg.events, cfg.events)
	default:
		return fmt.Errorf("-store %q: want demo, sqlite or postgres", cfg.store)
	}

	addr, err := freeAddr()
	if err != nil {
		return err
	}
	srv, err := serve(ctx, cfg.dyad, addr, db, filepath.Join(tmp, "serve.log"), cfg.remember)
	if err != nil {
		return err
	}
	defer srv.stop()
	base := "http://" + addr
	c := newClient(cfg.clients)
	sample, err := sampleStore(ctx, c, base)
	if err != nil {
		return err
	}
	reqs := mix(sample)
	if !cfg.measures {
		reqs = slices.DeleteFunc(reqs, func(k kind) bool { return k.measure })
	}
	if cfg.warmup > 0 {
		hammer(ctx, c, base, reqs, cfg.clients, cfg.warmup)
	}
	res := hammer(ctx, c, base, reqs, cfg.clients, cfg.duration)
	peak, err := srv.peakRSS()
	if err != nil {
		return err
	}

	fmt.Printf("machine: %s\n", machine.Describe())
	fmt.Printf("store: %s\n", what)
	fmt.Printf("load: %d clients sending for %v (answered in %v) after %v of warm-up, on loopback; sampled %d events, %d pairs, %d days\n",
		cfg.clients, cfg.duration, res.elapsed.Round(time.Millisecond), cfg.warmup, len(sample.ids), len(sample.pairs), len(sample.days))
	res.print(os.Stdout)
	fmt.Printf("server peak memory (VmHWM): %.0f MB\n", float64(peak)/(1<<20))
	return nil
}

// freeAddr returns a loopback address with a port free a moment ago.
func freeAddr() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	return l.Addr().String(), nil
}
