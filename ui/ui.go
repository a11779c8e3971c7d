// Package ui serves dyad's web pages: the dyad explorer, the alignment
// network, the map of events and flows, the event table (where events are
// confirmed, rejected and corrected), a document's sentences (where a
// missed event is added), the review queue and "code a text".
// Their sources are under ui/web (npm packages bundled by esbuild); the build
// writes ui/dist, which is embedded here. A binary built without that step
// still runs: its pages say how to build them, and the API works as ever.
package ui

import (
	"embed"
	"io/fs"
	"net/http"
)

//go:embed all:dist
var dist embed.FS

// Built reports whether the pages were built into the binary.
func Built() bool {
	_, err := fs.Stat(dist, "dist/index.html")
	return err == nil
}

// Handler serves the pages, or, when they were not built, a page that says
// how to build them.
func Handler() http.Handler {
	if !Built() {
		return http.HandlerFunc(notBuilt)
	}
	sub, _ := fs.Sub(dist, "dist")
	return http.FileServerFS(sub)
}

func notBuilt(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/" {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write([]byte(`<!doctype html><html lang="en"><meta charset="utf-8"><title>dyad</title>
<body style="font:16px/1.5 system-ui;max-width:46em;margin:2em auto">
<h1>dyad</h1>
<p>This binary was built without its web pages. Build them with
<code>npm --prefix ui/web ci &amp;&amp; npm --prefix ui/web run build</code> and then build dyad again
(or run <code>./scripts/serve</code>, which does both).</p>
<p>The HTTP API works as ever: it is described in <a href="/api/openapi.json">/api/openapi.json</a>;
try <a href="/api/events?limit=20">/api/events</a> or
<a href="/api/network?from=2023&amp;to=2024">/api/network</a>.</p>
</body></html>`))
}
