package web

import (
	"io"
	"io/fs"
	"net/http"
	"path"
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
			h.Set("Content-Encoding", enc.token)
			serveFile(w, r, name, f)
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
	serveFile(w, r, name, f)
}

func serveFile(w http.ResponseWriter, r *http.Request, name string, f fs.File) {
	if rs, ok := f.(io.ReadSeeker); ok {
		// ServeContent handles Range and conditional requests; the modification
		// time is left zero because the name already identifies the content.
		http.ServeContent(w, r, name, time.Time{}, rs)
		return
	}
	if r.Method != http.MethodHead {
		io.Copy(w, f)
	}
}

// acceptsEncoding reports whether an Accept-Encoding value admits coding with
// a non-zero weight (RFC 9110 §12.5.3). A missing field admits nothing here:
// identity is always available.
func acceptsEncoding(header, coding string) bool {
	for _, item := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(item), ";")
		name = strings.TrimSpace(name)
		if !strings.EqualFold(name, coding) && name != "*" {
			continue
		}
		q := strings.ReplaceAll(strings.ToLower(params), " ", "")
		if strings.HasPrefix(q, "q=0") && strings.Trim(strings.TrimPrefix(q, "q=0"), ".0") == "" {
			if strings.EqualFold(name, coding) {
				return false
			}
			continue
		}
		return true
	}
	return false
}
