// Package web is the playground's site: the templ page, its TypeScript and
// CSS (bundled by scripts/build), and the one http.Handler that serves the
// page, the built assets and the live /sim endpoint. The local server
// (scripts/serve) and the Cloudflare Worker (wasm/worker) both serve it.
package web

import (
	"io/fs"
	"net/http"
	"strings"
	"time"

	"github.com/a-h/templ"

	"github.com/httpplayground/playground/httpcore/knowledge"
)

// Config says where the built site is and how to name its files.
type Config struct {
	// Site is the built site tree (it holds assets/). It may be nil where the
	// platform serves the assets itself (Workers static assets).
	Site fs.FS
	// Manifest maps logical asset names to fingerprinted ones.
	Manifest Manifest
	// Now is the clock the simulated server stamps Date with.
	Now func() time.Time
	// CompressPages sends the pages (/ and /embed.html) gzipped to clients
	// that accept it; the assets are precompressed by the build either way.
	// Leave it off where the platform compresses responses itself: a
	// Cloudflare Worker would otherwise send them compressed twice (and on
	// js/wasm, the Worker's platform, it has no effect: see gzip_js.go).
	CompressPages bool
}

// ContentSecurityPolicy forbids inline and foreign script; the browser
// module needs 'wasm-unsafe-eval' to compile WebAssembly. CodeMirror injects
// its styles at run time, hence 'unsafe-inline' for styles only. Framing is
// allowed: documentation authors embed the playground in an iframe.
const ContentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'self'"

// NewHandler returns the site's handler.
func NewHandler(cfg Config) http.Handler {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Manifest == nil {
		cfg.Manifest = Manifest{}
	}
	// One view model a language, built once: the reference tables are large.
	// Each page is rendered once a language, on its first request.
	vms := map[string]PageVM{}
	pages := map[string]*renderedPage{}
	embeds := map[string]*renderedPage{}
	for _, l := range knowledge.Langs {
		vm := newPageVM(cfg.Manifest, buildReference(l)).WithLang(string(l))
		vms[vm.Lang] = vm
		pages[vm.Lang] = newRenderedPage(cfg.CompressPages, func() templ.Component { return Page(vm) })
		embeds[vm.Lang] = newRenderedPage(cfg.CompressPages, func() templ.Component { return EmbedExample(vm) })
	}
	pageLang := func(w http.ResponseWriter, r *http.Request) string {
		l := PickLang(r.URL.Query().Get("lang"), r.Header.Get("Accept-Language"))
		if _, ok := vms[l]; !ok {
			l = string(knowledge.En)
		}
		setPageHeaders(w.Header())
		w.Header().Set("Content-Language", l)
		w.Header().Set("Vary", "Accept-Language")
		return l
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		pages[pageLang(w, r)].serve(w, r)
	})
	// The example page for documentation authors: several <http-playground>
	// embeds sharing one WebAssembly instance.
	mux.HandleFunc("GET /embed.html", func(w http.ResponseWriter, r *http.Request) {
		embeds[pageLang(w, r)].serve(w, r)
	})
	mux.HandleFunc("GET /assets/{name...}", func(w http.ResponseWriter, r *http.Request) {
		serveAsset(w, r, cfg.Site, cfg.Manifest, r.PathValue("name"))
	})
	mux.HandleFunc("GET /sw.js", serveServiceWorker(serviceWorker(cfg.Manifest)))
	mux.Handle("/sim/", SimHandler(cfg.Now))
	mux.Handle("/sim", http.RedirectHandler("/sim/", http.StatusMovedPermanently))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		setPageHeaders(w.Header())
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(http.StatusNotFound)
		w.Write([]byte("404 page not found: " + strings.ToValidUTF8(r.URL.Path, "?") + "\n"))
	})
	return mux
}

func setPageHeaders(h http.Header) {
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", ContentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-cache")
}
