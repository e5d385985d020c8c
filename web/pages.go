package web

import (
	"bytes"
	"context"
	"net/http"
	"strconv"
	"sync"

	"github.com/a-h/templ"
)

// renderedPage is one page in one language. The pages hold nothing that
// changes between requests (no clock, no per-visitor data), so each is
// rendered once, on its first request, and kept with its gzip form when the
// handler compresses pages.
type renderedPage struct {
	once     sync.Once
	compress bool
	render   func() templ.Component
	raw, gz  []byte
}

func newRenderedPage(compress bool, render func() templ.Component) *renderedPage {
	return &renderedPage{compress: compress, render: render}
}

func (p *renderedPage) bytes() {
	var buf bytes.Buffer
	// Rendering into a buffer fails only if the buffer does.
	p.render().Render(context.Background(), &buf)
	p.raw = buf.Bytes()
	if !p.compress || !canGzip {
		return
	}
	p.gz = gzipBytes(p.raw)
}

// serve writes the page (the caller has set its other headers), gzipped
// when the handler compresses pages and the client accepts gzip.
func (p *renderedPage) serve(w http.ResponseWriter, r *http.Request) {
	p.once.Do(p.bytes)
	h := w.Header()
	body := p.raw
	if p.gz != nil {
		h.Add("Vary", "Accept-Encoding")
		if acceptsEncoding(r.Header.Get("Accept-Encoding"), "gzip") {
			h.Set("Content-Encoding", "gzip")
			body = p.gz
		}
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}
