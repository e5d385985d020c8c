package web

import (
	"io"
	"io/fs"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"
)

// contentTypes is the fixed table of the types the site serves. It is ours
// rather than the mime package's so that the answer does not depend on the
// host's /etc/mime.types (absent in a Worker).
var contentTypes = map[string]string{
	".html":  "text/html; charset=utf-8",
	".js":    "text/javascript; charset=utf-8",
	".mjs":   "text/javascript; charset=utf-8",
	".css":   "text/css; charset=utf-8",
	".json":  "application/json",
	".wasm":  "application/wasm",
	".svg":   "image/svg+xml",
	".png":   "image/png",
	".ico":   "image/x-icon",
	".txt":   "text/plain; charset=utf-8",
	".woff2": "font/woff2",
	".map":   "application/json",
}

// ContentType returns the Content-Type for a file name by its extension.
func ContentType(name string) string {
	if ct, ok := contentTypes[path.Ext(name)]; ok {
		return ct
	}
	return "application/octet-stream"
}

// encodings lists the precompressed variants the build writes, best first.
var encodings = []struct{ token, suffix string }{
	{"br", ".br"},
	{"gzip", ".gz"},
}

// serveAsset answers GET and HEAD for one file of the asset tree, choosing a
// precompressed variant the client accepts.
func serveAsset(w http.ResponseWriter, r *http.Request, files fs.FS, m Manifest, name string) {
	if files == nil || name == "" || strings.Contains(name, "..") || strings.HasSuffix(name, ".br") || strings.HasSuffix(name, ".gz") {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", ContentType(name))
	h.Set("X-Content-Type-Options", "nosniff")
	// Documentation pages on other sites load the scripts and fetch the
	// module from here: the assets are public and carry no credentials.
	h.Set("Access-Control-Allow-Origin", "*")
	if m.Fingerprinted(name) {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		h.Set("Cache-Control", "no-cache")
	}
	h.Add("Vary", "Accept-Encoding")

	file := "assets/" + name
	for _, enc := range encodings {
		if !acceptsEncoding(r.Header.Get("Accept-Encoding"), enc.token) {
			continue
		}
		if f, err := files.Open(file + enc.suffix); err == nil {
			defer f.Close()
			serveEncoded(w, r, name, enc.token, f)
			return
		}
	}
	f, err := files.Open(file)
	if err != nil {
		h.Del("Cache-Control")
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	h.Set("ETag", `"`+name+`"`)
	if rs, ok := f.(io.ReadSeeker); ok {
		// ServeContent answers Range and If-None-Match; the modification time
		// is left zero because the name already identifies the content.
		http.ServeContent(w, r, name, time.Time{}, rs)
		return
	}
	writeWhole(w, r, f)
}

// serveEncoded sends a precompressed variant whole: ranges of an encoded
// representation are of little use, and the length lets the browser show
// progress while the module downloads.
func serveEncoded(w http.ResponseWriter, r *http.Request, name, coding string, f fs.File) {
	h := w.Header()
	h.Set("Content-Encoding", coding)
	etag := `"` + name + "-" + coding + `"`
	h.Set("ETag", etag)
	if inm := r.Header.Get("If-None-Match"); inm != "" && (inm == "*" || strings.Contains(inm, etag)) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	writeWhole(w, r, f)
}

func writeWhole(w http.ResponseWriter, r *http.Request, f fs.File) {
	if st, err := f.Stat(); err == nil {
		w.Header().Set("Content-Length", strconv.FormatInt(st.Size(), 10))
	}
	if r.Method != http.MethodHead {
		io.Copy(w, f)
	}
}

// acceptsEncoding reports whether an Accept-Encoding value admits coding
// with a non-zero weight (RFC 9110 §12.5.3): an entry naming the coding wins
// over "*". A missing field admits nothing here: identity is always there.
func acceptsEncoding(header, coding string) bool {
	explicit, wildcard := -1.0, -1.0
	for _, item := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(item, ";")
		name = strings.TrimSpace(name)
		q := 1.0
		if k, v, ok := strings.Cut(strings.TrimSpace(params), "="); ok && strings.EqualFold(strings.TrimSpace(k), "q") {
			f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err != nil {
				continue
			}
			q = f
		}
		switch {
		case strings.EqualFold(name, coding):
			explicit = q
		case name == "*":
			wildcard = q
		}
	}
	if explicit >= 0 {
		return explicit > 0
	}
	return wildcard > 0
}
