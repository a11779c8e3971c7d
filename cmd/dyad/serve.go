package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/demo"
	dyadhttp "github.com/dyadhq/dyad/http"
	"github.com/dyadhq/dyad/ingest"
	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/sqlite"
	"github.com/dyadhq/dyad/ui"
)

// seedArticle is the worked example, served with the demo when the shared
// data is beside the repository.
const seedArticle = "../shared/corpus/seed-article.txt"

func serveCmd() *cobra.Command {
	var (
		addr      string
		token     string
		tokenFile string
		hosts     []string
		remember  bool
		st        storeFlags
		dicts     dictFlags
	)
	cmd := &cobra.Command{
		Use:   "serve [--addr 127.0.0.1:8080] [--db PATH|postgres://...]",
		Short: "Serve the HTTP API (and the web pages) on a store, or on the embedded demo",
		Long: `Serve answers the HTTP API described at /api/openapi.json. With --db it serves
that store; without, an in-memory store holding the embedded demo corpus (and
the worked example from ../shared when present), coded at start-up with the
coder the flags choose (dyad's own, or --dict-format petrarch with its
dictionaries). Listening beyond loopback needs a token (--token-file F, or
the DYAD_TOKEN environment variable; --token shows it to every user of ps),
which write requests must then present as "Authorization: Bearer TOKEN".
A token file holds a token a line: "name token" names the reviewer whose
judgements the token writes; a bare token names the reviewer "owner".
Without a token the server answers only requests for a loopback host name
or one given with --host, and writes only same-origin JSON requests.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			c, lx, err := dicts.coder(cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			var s dyad.Store
			// refused before the store is opened or the demo coded
			tokens, err := readTokens(token, tokenFile)
			if err != nil {
				return err
			}
			if err := dyadhttp.CheckAddr(addr, len(tokens) > 0); err != nil {
				return err
			}
			if st.db != "" {
				if s, err = st.open(ctx); err != nil {
					return err
				}
			} else if s, err = demoStore(ctx, c, seedArticle, cmd.ErrOrStderr()); err != nil {
				return err
			}
			defer s.Close()
			srv := apiServer(s, c, lx)
			if dicts.format != "dyad" {
				// PETRARCH's actors are not the lexicon's: nothing to look
				// up; its codebook still checks reviewers' codes
				srv.Actors = nil
			}
			srv.Tokens = tokens
			srv.Hosts = hosts
			srv.Forget = !remember
			fmt.Fprintf(cmd.ErrOrStderr(), "dyad: serving on http://%s (API: /api/openapi.json)\n", addr)
			return srv.ListenAndServe(ctx, addr)
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "the address to listen on")
	cmd.Flags().StringVar(&token, "token", "", "the token write requests must present (needed beyond loopback; prefer --token-file or DYAD_TOKEN)")
	cmd.Flags().StringVar(&tokenFile, "token-file", "", "a file of the tokens write requests must present, a line each: \"name token\" (the reviewer it names) or a bare token (\"owner\")")
	cmd.Flags().StringArrayVar(&hosts, "host", nil, "a host name the server answers to besides loopback ones (repeatable)")
	cmd.Flags().BoolVar(&remember, "remember", true, "give a read's answer again from memory until the store changes (false: work every answer out)")
	st.add(cmd)
	dicts.add(cmd)
	return cmd
}

// apiServer returns the server of `dyad serve` over s, coding with c, with
// the web pages, and looking actors up in lx (nil for none).
func apiServer(s dyad.Store, c dyad.Coder, lx *lexicon.Lexicon) *dyadhttp.Server {
	srv := dyadhttp.NewServer(s, c)
	srv.UI = ui.Handler()
	if lx != nil { // a nil *Lexicon in the interface would not be nil
		srv.Actors, srv.Codebook = lx, lx
	}
	return srv
}

// demoStore codes the embedded demo corpus (and the worked example, when the
// shared data is beside the repository) with c into an in-memory store.
func demoStore(ctx context.Context, c dyad.Coder, seed string, log io.Writer) (dyad.Store, error) {
	return demoStoreAt(ctx, c, seed, ":memory:", log)
}

// demoStoreAt is demoStore in the SQLite database at path (created), so
// that other commands can open it too.
func demoStoreAt(ctx context.Context, c dyad.Coder, seed, path string, log io.Writer) (dyad.Store, error) {
	docs, err := demo.Documents()
	if err != nil {
		return nil, err
	}
	if b, err := os.ReadFile(seed); err == nil {
		docs = append(docs, dyad.Document{ID: "seed-article", Date: "2024-11-15", Title: "Russia and North Korea: a treaty",
			Source: "../shared/corpus", Text: string(b)})
	}
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	w := &ingest.Writer{Store: s, Coder: c}
	for _, d := range docs {
		w.Document(ctx, d)
	}
	if err := w.Flush(ctx); err != nil {
		s.Close()
		return nil, err
	}
	added := w.Added()
	fmt.Fprintf(log, "dyad: demo: %d documents, %d events coded\n", added.Documents, added.Events)
	return s, nil
}

// readTokens returns the server's tokens, each with the reviewer it names:
// from --token-file, else --token, else the DYAD_TOKEN environment
// variable; none when there is none. A token file holds a token a line,
// as "name token" (the reviewer's name, then the token) or a bare token,
// which names the reviewer "owner"; blank lines and lines starting with #
// are skipped. An empty file, a malformed line or a token given twice is
// refused.
func readTokens(flag, file string) (map[string]string, error) {
	if file == "" {
		if flag == "" {
			flag = strings.TrimSpace(os.Getenv("DYAD_TOKEN"))
		}
		if flag == "" {
			return nil, nil
		}
		return map[string]string{flag: dyadhttp.Owner}, nil
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, dyad.Errorf(dyad.EINVALID, "--token-file: %w", err)
	}
	tokens := map[string]string{}
	for i, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		name, token := dyadhttp.Owner, f[0]
		switch len(f) {
		case 1:
		case 2:
			name, token = f[0], f[1]
		default:
			return nil, dyad.Errorf(dyad.EINVALID, "--token-file %s:%d: want \"name token\" or a bare token", file, i+1)
		}
		if _, dup := tokens[token]; dup {
			return nil, dyad.Errorf(dyad.EINVALID, "--token-file %s:%d: a token given twice", file, i+1)
		}
		tokens[token] = name
	}
	if len(tokens) == 0 {
		return nil, dyad.Errorf(dyad.EINVALID, "--token-file %s is empty", file)
	}
	return tokens, nil
}
