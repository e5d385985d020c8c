package web

import (
	"io"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/httpplayground/playground/httpcore/server"
)

// simMaxBody is the most request content the live endpoint reads.
const simMaxBody = 1 << 20

// SimHandler answers real HTTP requests under /sim/ with the playground's
// simulated server, so that `curl -v http://localhost:8080/sim/index.html`
// shows on the wire what the playground shows on the page. The request is
// turned back into raw HTTP/1.1 bytes (with the /sim prefix removed from its
// target), played through the same decisions, and the simulated response is
// written back with the same status, fields and content, plus the decision
// trace in Sim-* fields:
//
//	Sim-Trace: P1 yes; B13 yes; ...; O18 yes 200; R1 no
//	Sim-Decision: O18: GET asks for the current representation.
//	Sim-Interim: 100 Continue   (when the simulated server sent one first)
//
// Each request is a session of its own on the default scenario, so changes
// (a POST to /sim/api/items) do not outlive the request: the handler keeps no
// state, as a Worker cannot.
func SimHandler(now func() time.Time) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw, ok := rawRequest(r)
		if !ok {
			http.Error(w, "the live simulator reads at most 1 MiB of content", http.StatusRequestEntityTooLarge)
			return
		}
		sess := server.New(nil, now).Simulate(raw)
		if len(sess.Exchanges) == 0 {
			http.Error(w, "the simulated server is still waiting for the rest of the request", http.StatusBadRequest)
			return
		}
		writeExchange(w, &sess.Exchanges[0])
	})
}

// rawRequest writes r as the raw HTTP/1.1 request a client would have sent:
// the request line with the /sim prefix removed from the target, Host first,
// the other fields sorted by name (net/http does not keep their order), and
// the content with a Content-Length (net/http has already undone any
// chunking). ok is false when the content is over simMaxBody.
func rawRequest(r *http.Request) (raw []byte, ok bool) {
	var body []byte
	if r.Body != nil {
		b, err := io.ReadAll(io.LimitReader(r.Body, simMaxBody+1))
		if err != nil || len(b) > simMaxBody {
			return nil, false
		}
		body = b
	}
	target := r.RequestURI
	if target == "" || r.URL.IsAbs() {
		target = r.URL.RequestURI()
	}
	if rest, cut := strings.CutPrefix(target, "/sim"); cut {
		target = rest
	}
	if target == "" || target[0] == '?' {
		target = "/" + target
	}
	proto := r.Proto
	if r.ProtoMajor != 1 {
		proto = "HTTP/1.1" // HTTP/2 and HTTP/3 requests are replayed as HTTP/1.1
	}
	var b strings.Builder
	b.WriteString(r.Method + " " + target + " " + proto + "\r\n")
	host := r.Host
	if host == "" {
		host = r.URL.Host // a request built from a URL (as in a Worker) may carry its host only there
	}
	if host != "" {
		b.WriteString("Host: " + host + "\r\n")
	}
	names := make([]string, 0, len(r.Header))
	for name := range r.Header {
		switch strings.ToLower(name) {
		case "host", "content-length", "transfer-encoding":
			continue
		}
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, v := range r.Header[name] {
			b.WriteString(name + ": " + v + "\r\n")
		}
	}
	if len(body) > 0 || r.ContentLength == 0 && r.Header.Get("Content-Length") != "" {
		b.WriteString("Content-Length: " + strconv.Itoa(len(body)) + "\r\n")
	}
	b.WriteString("\r\n")
	b.Write(body)
	return []byte(b.String()), true
}

// writeExchange writes the simulated response through w. net/http frames
// the content itself: the simulated Content-Length is kept (so HEAD reports
// the GET length), Transfer-Encoding: chunked asks net/http to chunk, and
// Connection: close makes it close the connection as the simulated server
// did.
func writeExchange(w http.ResponseWriter, ex *server.Exchange) {
	h := w.Header()
	for _, f := range ex.Response.Fields {
		h.Add(f.Name, f.Value)
	}
	var trace []string
	decision := ""
	for _, s := range ex.Trace {
		step := s.ID + " no"
		if s.Answer {
			step = s.ID + " yes"
		}
		if s.Status != 0 {
			step += " " + strconv.Itoa(s.Status)
			decision = s.ID + ": " + s.Note.En
		}
		trace = append(trace, step)
	}
	h.Set("Sim-Trace", strings.Join(trace, "; "))
	if decision != "" {
		h.Set("Sim-Decision", fieldSafe(decision))
	}
	if ex.Interim != nil {
		h.Set("Sim-Interim", "100 Continue")
	}
	w.WriteHeader(ex.Response.Status)
	if ex.Request.Method() == "HEAD" || ex.Response.Status == 204 || ex.Response.Status == 304 {
		return
	}
	w.Write(ex.Response.Body)
}

// fieldSafe keeps a field value to visible ASCII and spaces.
func fieldSafe(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c < 0x20 || c > 0x7e {
			b[i] = '?'
		}
	}
	return string(b)
}
