package server

import (
	"strconv"
	"strings"

	"github.com/httpplayground/playground/httpcore/knowledge"
)

// Response is the answer the simulated server builds, before it is written to
// the wire: each field carries why the server set it.
type Response struct {
	Status  int     `json:"status"`
	Reason  string  `json:"reason"`
	Fields  []Field `json:"fields"`
	Body    []byte  `json:"-"`
	Chunked bool    `json:"chunked"`

	// plain is the content before its gzip coding, kept for the simulated
	// browser, which reads the page it loads as a browser would after
	// decoding it.
	plain []byte
}

// content is the response's content as its recipient reads it: decoded
// when it is gzip-coded, and then at most 1 MiB (the simulated browser reads
// no more of a page).
func (r *Response) content() []byte {
	if r.Get("Content-Encoding") != "gzip" {
		return r.Body
	}
	if len(r.plain) > 1<<20 {
		return r.plain[:1<<20]
	}
	return r.plain
}

// Field is one response field and the server's reason for sending it.
type Field struct {
	Name  string         `json:"name"`
	Value string         `json:"value"`
	Why   knowledge.Text `json:"why"`
	Spec  knowledge.Spec `json:"spec"`
}

// set adds a field, or replaces the value and reason of one already there.
func (r *Response) set(name, value string, spec knowledge.Spec, why knowledge.Text) {
	for i := range r.Fields {
		if strings.EqualFold(r.Fields[i].Name, name) {
			r.Fields[i] = Field{Name: name, Value: value, Why: why, Spec: spec}
			return
		}
	}
	r.Fields = append(r.Fields, Field{Name: name, Value: value, Why: why, Spec: spec})
}

// remove drops a field.
func (r *Response) remove(name string) {
	out := r.Fields[:0]
	for _, f := range r.Fields {
		if !strings.EqualFold(f.Name, name) {
			out = append(out, f)
		}
	}
	r.Fields = out
}

// Get returns the value of the named field, or "".
func (r *Response) Get(name string) string {
	for _, f := range r.Fields {
		if strings.EqualFold(f.Name, name) {
			return f.Value
		}
	}
	return ""
}

// reasonPhrase is the registered description of code (from the knowledge
// base's copy of the IANA registry), or its class name for an unregistered
// code. A reason phrase is only a hint for people; clients read the code.
func reasonPhrase(code int) string {
	if s, ok := knowledge.LookupStatus(code); ok && s.Reason != "" {
		return s.Reason
	}
	switch code / 100 {
	case 1:
		return "Informational"
	case 2:
		return "Success"
	case 3:
		return "Redirection"
	case 4:
		return "Client Error"
	}
	return "Server Error"
}

// statusPage is the small HTML page sent with an error or redirect status.
func statusPage(code int, detail string) []byte {
	title := strconv.Itoa(code) + " " + reasonPhrase(code)
	page := "<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>" + title +
		"</title></head>\n<body>\n<h1>" + title + "</h1>\n"
	if detail != "" {
		page += "<p>" + escapeHTML(detail) + "</p>\n"
	}
	return []byte(page + "</body>\n</html>\n")
}

// bodyless reports whether a response with this status never has content
// (RFC 9110 §6.4.1): 1xx, 204 and 304.
func bodyless(code int) bool { return code < 200 || code == 204 || code == 304 }
