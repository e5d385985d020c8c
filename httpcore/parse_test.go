package httpcore

import (
	"strings"
	"testing"
)

// codes lists the diagnostic codes of a result, in order.
func codes(r Result) []string {
	var out []string
	for _, d := range r.Diagnostics {
		out = append(out, d.Code)
	}
	return out
}

func TestParseFindsEveryPartOfARequest(t *testing.T) {
	in := "POST /form?x=1 HTTP/1.1\r\nHost: example.com\r\nContent-Length: 5\r\n\r\nhello"
	r := Parse([]byte(in), Options{})
	if len(r.Messages) != 1 {
		t.Fatalf("got %d messages, want 1", len(r.Messages))
	}
	m := &r.Messages[0]
	checks := []struct {
		part string
		got  string
		want string
	}{
		{"method", m.Method(), "POST"},
		{"target", m.Target(), "/form?x=1"},
		{"path", m.Text(m.Path), "/form"},
		{"query", m.Text(m.Query), "x=1"},
		{"version", m.Version(), "HTTP/1.1"},
		{"start line", m.Text(m.Start.Span), "POST /form?x=1 HTTP/1.1"},
		{"start line ending", m.Text(m.Start.End), "\r\n"},
		{"Host", m.Field("host"), "example.com"},
		{"first field name", m.Text(m.Fields[0].Name), "Host"},
		{"first field colon", m.Text(m.Fields[0].Colon), ":"},
		{"first field value", m.Text(m.Fields[0].Value), "example.com"},
		{"empty line", m.Text(m.EmptyLine), "\r\n"},
		{"body", string(m.Body()), "hello"},
		{"whole message", m.Text(m.Span), in},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.part, c.got, c.want)
		}
	}
	if !m.Complete || len(r.Diagnostics) != 0 {
		t.Errorf("Complete = %v, diagnostics %v; want a complete message without diagnostics", m.Complete, codes(r))
	}
}

func TestParseSaysWhatAnIncompleteMessageWaitsFor(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		want  Waiting
		need  int64
		words string
	}{
		{"a half-typed request line waits for the rest of it", "GET /ind", WaitStartLine, 0, "start line"},
		{"a request without its empty line waits for the header section to end", "GET / HTTP/1.1\r\nHost: a\r\n", WaitHeaders, 0, "empty line"},
		{"a short body waits for the bytes Content-Length promised", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 60\r\n\r\nab", WaitBody, 58, "58 more body bytes"},
		{"a chunked body without its last chunk waits for it", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n", WaitChunkSize, 0, "last chunk"},
		{"a cut chunk waits for its data", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab", WaitChunkData, 3, "3 more bytes"},
		{"a chunked body without its final empty line waits for the trailers", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n", WaitTrailers, 0, "trailer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Parse([]byte(tt.in), Options{})
			m := r.Messages[len(r.Messages)-1]
			if m.Complete || m.Waiting != tt.want || m.Need != tt.need {
				t.Errorf("Complete=%v Waiting=%v Need=%d, want waiting for %v, need %d", m.Complete, m.Waiting, m.Need, tt.want, tt.need)
			}
			if got := m.WaitingFor(); !strings.Contains(got, tt.words) {
				t.Errorf("WaitingFor() = %q, want it to mention %q", got, tt.words)
			}
		})
	}
}

func TestParseReadsAStreamOfPipelinedMessages(t *testing.T) {
	in := "GET /a HTTP/1.1\r\nHost: x\r\n\r\n" +
		"POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc" +
		"GET /c HTTP/1.1\r\nHost: x\r\n\r\n"
	r := Parse([]byte(in), Options{})
	var targets []string
	for _, m := range r.Messages {
		targets = append(targets, m.Target())
	}
	if got := strings.Join(targets, " "); got != "/a /b /c" {
		t.Errorf("targets = %q, want %q", got, "/a /b /c")
	}
}

func TestResponsesAreFramedByTheRequestTheyAnswer(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		opts    Options
		bodies  []string
		framing []Framing
	}{
		{"a response to HEAD has no body even with Content-Length",
			"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n",
			Options{Kind: Response, Method: "HEAD"}, []string{"", ""}, []Framing{NoBody, NoBody}},
		{"a 100 Continue is followed by the final response to the same request",
			"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok",
			Options{Kind: Response, Methods: []string{"POST"}}, []string{"", "ok"}, []Framing{NoBody, ContentLength}},
		{"a response without a length runs to the end of the input",
			"HTTP/1.1 200 OK\r\n\r\nall of this\r\nHTTP/1.1 200 OK\r\n",
			Options{Kind: Response}, []string{"all of this\r\nHTTP/1.1 200 OK\r\n"}, []Framing{CloseDelimited}},
		{"304 has no body",
			"HTTP/1.1 304 Not Modified\r\nETag: \"x\"\r\n\r\n",
			Options{Kind: Response}, []string{""}, []Framing{NoBody}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Parse([]byte(tt.in), tt.opts)
			if len(r.Messages) != len(tt.bodies) {
				t.Fatalf("got %d messages, want %d (%v)", len(r.Messages), len(tt.bodies), codes(r))
			}
			for i, m := range r.Messages {
				if string(m.Body()) != tt.bodies[i] || m.Framing != tt.framing[i] {
					t.Errorf("message %d: body %q framed by %v, want %q framed by %v", i, m.Body(), m.Framing, tt.bodies[i], tt.framing[i])
				}
			}
		})
	}
}

func TestLenientModeTurnsToleratedErrorsIntoWarnings(t *testing.T) {
	in := "GET / HTTP/1.1\nHost: a\nX: 1\n  2\n\n"
	for _, tt := range []struct {
		mode Mode
		want Severity
	}{{Strict, Error}, {Lenient, Warning}} {
		r := Parse([]byte(in), Options{Mode: tt.mode})
		for _, d := range r.Diagnostics {
			if d.Severity != tt.want {
				t.Errorf("%v mode: %s is %v, want %v", tt.mode, d.Code, d.Severity, tt.want)
			}
		}
		if got := r.Messages[0].Field("X"); got != "1 2" {
			t.Errorf("%v mode: folded value = %q, want %q", tt.mode, got, "1 2")
		}
	}
}
