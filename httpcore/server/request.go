package server

import (
	"strings"

	"github.com/httpplayground/playground/httpcore"
)

// request is the server's view of one parsed request message: the parser's
// Message plus the few things every decision needs, read once.
type request struct {
	msg     *httpcore.Message
	method  string
	target  string
	path    string
	query   string
	http10  bool
	hasBody bool
}

func newRequest(m *httpcore.Message) *request {
	r := &request{
		msg:    m,
		method: m.Method(),
		target: m.Target(),
		http10: m.ProtoMinor() == 0,
	}
	switch m.Form {
	case httpcore.Origin, httpcore.Absolute:
		r.path = m.Text(m.Path)
		r.query = m.Text(m.Query)
	default:
		r.path = r.target
	}
	if r.path == "" && m.Form == httpcore.Absolute {
		r.path = "/"
	}
	r.hasBody = m.Framing == httpcore.Chunked || (m.Framing == httpcore.ContentLength && m.Length > 0)
	return r
}

// field returns the value of every field line named name joined as one list
// (RFC 9110 §5.3), and the span from the first such line to the last.
func (r *request) field(name string) (value string, span httpcore.Span, ok bool) {
	var vals []string
	for _, f := range r.msg.Fields {
		if !strings.EqualFold(r.msg.Name(f), name) {
			continue
		}
		if !ok {
			span = f.Line
			ok = true
		}
		span.End = f.Line.End
		vals = append(vals, r.msg.Value(f))
	}
	return strings.Join(vals, ", "), span, ok
}

// has reports whether the request has a field named name.
func (r *request) has(name string) bool {
	_, _, ok := r.field(name)
	return ok
}

// connectionTokens are the lower-cased options of the Connection field.
func (r *request) connectionTokens() []string {
	v, _, _ := r.field("Connection")
	var out []string
	for _, t := range strings.Split(v, ",") {
		if t = strings.ToLower(strings.TrimSpace(t)); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// body is the request content, decoded from chunks when chunked.
func (r *request) body() []byte { return r.msg.Body() }

// methodSpan is the span of the method in the request line.
func (r *request) methodSpan() httpcore.Span { return r.msg.Start.Method }

// targetSpan is the span of the request-target.
func (r *request) targetSpan() httpcore.Span { return r.msg.Start.Target }

// firstError is the first error diagnostic of the message, which decides
// the status a strict server answers.
func (r *request) firstError() (httpcore.Diagnostic, bool) {
	for _, d := range r.msg.Diagnostics {
		if d.Severity == httpcore.Error {
			return d, true
		}
	}
	return httpcore.Diagnostic{}, false
}
