package httpcore

import (
	"bufio"
	"bytes"
	"io"
	"net/http"
	"sort"
	"strings"
	"testing"
)

// disagreements lists the golden requests on which net/http and this
// parser deliberately differ about accepting the input, with the reason.
// Every other golden request must be accepted by both or rejected by both,
// and where both accept they must read the same parts.
var disagreements = map[string]string{
	// Where net/http is more forgiving than a strict server.
	"a space before the colon is rejected":                          "net/http trims the space; RFC 9112 §5.1 says a server must reject it",
	"a space before the colon in lenient mode":                      "net/http trims the space; RFC 9112 §5.1 says a server must reject it",
	"an obs-fold continuation line":                                 "net/http unfolds; strict mode rejects obs-fold (RFC 9112 §5.2)",
	"an obs-fold continuation line in lenient mode":                 "net/http unfolds; strict mode rejects obs-fold (RFC 9112 §5.2)",
	"every line ends with a bare LF":                                "net/http accepts bare LF; strict mode rejects it (RFC 9112 §2.2)",
	"bare LF line endings in lenient mode":                          "net/http accepts bare LF; strict mode rejects it (RFC 9112 §2.2)",
	"one bare LF among CRLFs":                                       "net/http accepts bare LF; strict mode rejects it (RFC 9112 §2.2)",
	"a request without Host":                                        "ReadRequest leaves the Host check to the Server; we judge as the server",
	"the second seed's request line on its own":                     "ReadRequest leaves the Host check to the Server; we judge as the server",
	"a misspelled Host":                                             "ReadRequest leaves the Host check to the Server; we judge as the server",
	"a Host with a scheme and a path":                               "ReadRequest leaves Host syntax to the Server; we check it (RFC 9110 §7.2)",
	"a Host with a bad port":                                        "ReadRequest leaves Host syntax to the Server; we check it (RFC 9110 §7.2)",
	"two Content-Length fields with the same value":                 "net/http takes the repeated equal value; strict mode rejects (RFC 9110 §8.6 allows either)",
	"Content-Length and Transfer-Encoding together":                 "net/http drops Content-Length and reads chunked; strict mode rejects the smuggling setup",
	"Content-Length and Transfer-Encoding together in lenient mode": "net/http drops Content-Length and reads chunked; strict mode rejects the smuggling setup",
	"the smuggling classic: TE.CL with a hidden request":            "net/http drops Content-Length and reads chunked; strict mode rejects the smuggling setup",
	"a chunk extension without a name":                              "net/http ignores chunk extensions; we check their grammar (RFC 9112 §7.1.1)",
	"a chunk extension with an unterminated quoted string":          "net/http ignores chunk extensions; we check their grammar (RFC 9112 §7.1.1)",
	"a lowercase method is not GET":                                 "net/http passes any token through as the method; we judge the case a server cares about",
	"a lowercase method is only a warning in lenient mode":          "net/http passes any token through as the method; we judge the case a server cares about",
	"a method in mixed case":                                        "net/http passes any token through as the method; we judge the case a server cares about",
	"a transposed method is a typo for GET":                         "net/http passes any token through as the method; we flag likely typos (501)",
	"a misspelled POST":                                             "net/http passes any token through as the method; we flag likely typos (501)",
	"CONNECT with a path instead of host and port":                  "net/http accepts a path for CONNECT (for its own tunnelling use); RFC 9112 §3.2.3 requires authority-form",
	"the asterisk target with GET":                                  "net/http accepts * with any method; RFC 9112 §3.2.4 keeps it for OPTIONS",
	"a target with a fragment":                                      "net/http accepts and strips the fragment; it is never sent on the wire",
	"a target with Chinese characters":                              "net/http accepts raw UTF-8 in the target; RFC 3986 requires percent-encoding",
	"a target with a double quote":                                  "net/http accepts the byte; it is not a URI character (RFC 3986)",
	"a target with a backslash":                                     "net/http accepts the byte; it is not a URI character (RFC 3986)",
	"HTTP/2.0 in a request line":                                    "ReadRequest parses HTTP/2.0 for its own h2c use; a text HTTP/2.0 request line is 505",
	"HTTP/3.0 in a request line":                                    "ReadRequest parses any HTTP/x.y; the server then answers 505",
	"HTTP/0.9 written as a version":                                 "ReadRequest parses any HTTP/x.y; the server then answers 505",

	// Where this parser is more forgiving than net/http.
	"a chunk extension with spaces around its parts": "RFC 9112 §7.1.1 allows BWS around ; and =; net/http rejects the space",
	"an empty line before the request line":          "RFC 9112 §2.2 lets a server skip empty lines before a request; ReadRequest does not",
	"empty lines after the request":                  "the extra empty lines are skipped before the next request; ReadRequest reads them as a bad request line",
	"an empty line between pipelined requests":       "RFC 9112 §2.2 lets a server skip empty lines before a request; ReadRequest does not",
}

// netHTTPRead reads every request in the input with net/http.
func netHTTPRead(in []byte) ([]*http.Request, [][]byte, error) {
	br := bufio.NewReader(bytes.NewReader(in))
	var reqs []*http.Request
	var bodies [][]byte
	for {
		if _, err := br.Peek(1); err == io.EOF {
			return reqs, bodies, nil
		}
		req, err := http.ReadRequest(br)
		if err != nil {
			return reqs, bodies, err
		}
		body, err := io.ReadAll(req.Body)
		if err != nil {
			return reqs, bodies, err
		}
		reqs = append(reqs, req)
		bodies = append(bodies, body)
	}
}

// weAccept reports whether every message is complete and has no errors.
func weAccept(r Result) bool {
	if len(r.Messages) == 0 {
		return false
	}
	for i := range r.Messages {
		if !r.Messages[i].Complete {
			return false
		}
	}
	for _, d := range r.Diagnostics {
		if d.Severity == Error {
			return false
		}
	}
	return true
}

func TestAgreesWithNetHTTPOnGoldenRequests(t *testing.T) {
	for _, gc := range goldenInputs(t) {
		if gc.opts.Kind != Request || gc.opts.Limits != (Limits{}) {
			continue
		}
		t.Run(gc.name, func(t *testing.T) {
			r := Parse(gc.input, Options{Mode: Strict})
			reqs, bodies, err := netHTTPRead(gc.input)
			ours, theirs := weAccept(r), err == nil && len(reqs) > 0
			reason, listed := disagreements[gc.name]
			if ours != theirs {
				if !listed {
					t.Errorf("we accept: %v (%v); net/http accepts: %v (%v); not listed in disagreements", ours, codes(r), theirs, err)
				}
				return
			}
			if listed {
				t.Errorf("listed as a disagreement (%s), but both parsers accept: %v", reason, ours)
			}
			if !ours {
				return
			}
			if len(reqs) != len(r.Messages) {
				t.Fatalf("net/http reads %d requests, we read %d", len(reqs), len(r.Messages))
			}
			for i, req := range reqs {
				compareRequest(t, &r.Messages[i], req, bodies[i])
			}
		})
	}
}

func compareRequest(t *testing.T, m *Message, req *http.Request, body []byte) {
	t.Helper()
	if m.Method() != req.Method || m.Target() != req.RequestURI || m.Version() != req.Proto {
		t.Errorf("start line: we read %q %q %q, net/http %q %q %q", m.Method(), m.Target(), m.Version(), req.Method, req.RequestURI, req.Proto)
	}
	if got := m.Field("Host"); got != req.Host && req.URL.Host == "" {
		t.Errorf("Host: we read %q, net/http %q", got, req.Host)
	}
	var ours, theirs []string
	for _, f := range m.Fields {
		name := http.CanonicalHeaderKey(m.Name(f))
		if name == "Host" || name == "Trailer" || name == "Transfer-Encoding" && m.Framing == Chunked {
			continue // net/http moves these out of Header
		}
		ours = append(ours, name+": "+m.Value(f))
	}
	for name, values := range req.Header {
		if name == "Cache-Control" && m.Field("Cache-Control") == "" && m.Field("Pragma") == "no-cache" {
			continue // net/http adds it for Pragma: no-cache
		}
		for _, v := range values {
			theirs = append(theirs, name+": "+v)
		}
	}
	sort.Strings(ours)
	sort.Strings(theirs)
	if strings.Join(ours, "\n") != strings.Join(theirs, "\n") {
		t.Errorf("fields differ:\nours   %q\ntheirs %q", ours, theirs)
	}
	if got := m.Body(); !bytes.Equal(got, body) {
		t.Errorf("body: we read %q, net/http %q", got, body)
	}
}

// responseDisagreements is disagreements for golden responses.
var responseDisagreements = map[string]string{
	"a status code above 599":                               "net/http accepts any three digits; RFC 9110 §15 defines 100 to 599",
	"a status code starting with zero":                      "net/http accepts any three digits; RFC 9110 §15 defines 100 to 599",
	"a status code without a reason phrase or its space":    "clients (net/http too) tolerate it; strict mode follows the status-line grammar",
	"a missing reason phrase in lenient mode":               "clients (net/http too) tolerate it; strict mode follows the status-line grammar",
	"a reason phrase with a control character":              "net/http does not check the reason phrase; RFC 9112 §4 limits its characters",
	"two spaces after the version":                          "net/http trims the extra space; strict mode wants exactly one SP",
	"a 204 response that announces a body":                  "net/http ignores the Content-Length of a 204; a sender must not send it (RFC 9110 §8.6)",
	"a 204 response that announces a body, in lenient mode": "net/http ignores the Content-Length of a 204; a sender must not send it (RFC 9110 §8.6)",
	"a 100 Continue that announces a body":                  "net/http ignores framing fields on 1xx; a sender must not send them",
	"a response with a bare LF after the status line":       "net/http accepts bare LF; strict mode rejects it (RFC 9112 §2.2)",
	"a response with a space before a colon":                "net/http trims the space; RFC 9112 §5.1 says it must be rejected (or, in a response, removed)",
	"a response with both lengths":                          "net/http drops Content-Length and reads chunked; strict mode flags the conflict",
	"bytes after a response that do not start another":      "ReadResponse reads one response and leaves the rest unread; we judge the whole stream",
	"a gzip-only response runs until the connection closes": "RFC 9112 §6.3 reads it until close; net/http refuses transfer codings other than chunked",
}

func TestAgreesWithNetHTTPOnGoldenResponses(t *testing.T) {
	for _, gc := range goldenInputs(t) {
		if gc.opts.Kind != Response || len(gc.opts.Methods) > 0 {
			continue
		}
		t.Run(gc.name, func(t *testing.T) {
			opts := gc.opts
			opts.Mode = Strict
			r := Parse(gc.input, opts)
			method := opts.Method
			if method == "" {
				method = "GET"
			}
			resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(gc.input)), &http.Request{Method: method})
			var body []byte
			if err == nil {
				body, err = io.ReadAll(resp.Body)
			}
			if len(r.Messages) > 1 {
				t.Skip("ReadResponse reads a single response")
			}
			ours, theirs := weAccept(r), err == nil
			reason, listed := responseDisagreements[gc.name]
			if ours != theirs {
				if !listed {
					t.Errorf("we accept: %v (%v); net/http accepts: %v (%v); not listed in responseDisagreements", ours, codes(r), theirs, err)
				}
				return
			}
			if listed {
				t.Errorf("listed as a disagreement (%s), but both parsers accept: %v", reason, ours)
			}
			if !ours {
				return
			}
			m := &r.Messages[0]
			if m.Status() != resp.StatusCode || m.Version() != resp.Proto {
				t.Errorf("status line: we read %d %q, net/http %d %q", m.Status(), m.Version(), resp.StatusCode, resp.Proto)
			}
			if m.Framing != Tunnel && !bytes.Equal(m.Body(), body) {
				t.Errorf("body: we read %q, net/http %q", m.Body(), body)
			}
		})
	}
}
