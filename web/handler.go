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
	vms := map[string]PageVM{}
	for _, l := range knowledge.Langs {
		vms[string(l)] = newPageVM(cfg.Manifest, buildReference(l)).WithLang(string(l))
	}
	pageVM := func(w http.ResponseWriter, r *http.Request) PageVM {
		vm, ok := vms[PickLang(r.URL.Query().Get("lang"), r.Header.Get("Accept-Language"))]
		if !ok {
			vm = vms[string(knowledge.En)]
		}
		setPageHeaders(w.Header())
		w.Header().Set("Content-Language", vm.Lang)
		w.Header().Set("Vary", "Accept-Language")
		return vm
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		vm := pageVM(w, r)
		if r.Method == http.MethodHead {
			return
		}
		Page(vm).Render(r.Context(), w)
	})
	// The example page for documentation authors: several <http-playground>
	// embeds sharing one WebAssembly instance.
	mux.HandleFunc("GET /embed.html", func(w http.ResponseWriter, r *http.Request) {
		vm := pageVM(w, r)
		if r.Method == http.MethodHead {
			return
		}
		EmbedExample(vm).Render(r.Context(), w)
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
