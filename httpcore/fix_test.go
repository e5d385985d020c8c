package httpcore

import (
	"strings"
	"testing"
)

func TestFixCorrectsTheSeedsMistakes(t *testing.T) {
	tests := []struct {
		name string
		in   string
		opts Options
		want string
	}{
		{"the stuttered GET becomes GET / HTTP/1.1",
			"g-get / h-http/1.1\r\nhost: devewopew.moziwwa.owg\r\n\r\n", Options{},
			"GET / HTTP/1.1\r\nhost: devewopew.moziwwa.owg\r\n\r\n"},
		{"the POST gets its method, version and Content-Length name",
			"p-post /f http/1.1\r\nhost: a\r\ncontent-wength: 3\r\n\r\nabc", Options{},
			"POST /f HTTP/1.1\r\nhost: a\r\nContent-Length: 3\r\n\r\nabc"},
		{"the relative image path gets its slash",
			"GET image/logo.png HTTP/1.1\r\nHost: a\r\n\r\n", Options{},
			"GET /image/logo.png HTTP/1.1\r\nHost: a\r\n\r\n"},
		{"HTTP /1.1 loses its space and the body gets its empty line",
			"HTTP /1.1 200 OK\r\nContent-Length: 5\r\n<b>\r\n", Options{Kind: Response},
			"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n<b>\r\n"},
		{"a comment in a misspelled Content-Length is dropped with the misspelling",
			"HTTP/1.1 301 Moved Permanently\r\ncontent-wength: 3 (the page)\r\n\r\nabc", Options{Kind: Response},
			"HTTP/1.1 301 Moved Permanently\r\nContent-Length: 3\r\n\r\nabc"},
		{"spaces in a target are percent-encoded",
			"GET /my file.html HTTP/1.1\r\nHost: a\r\n\r\n", Options{},
			"GET /my%20file.html HTTP/1.1\r\nHost: a\r\n\r\n"},
		{"an HTTP/0.9 line gets a version",
			"GET /\r\n", Options{},
			"GET / HTTP/1.1\r\n"},
		{"a space before a colon is removed",
			"GET / HTTP/1.1\r\nHost : a\r\n\r\n", Options{},
			"GET / HTTP/1.1\r\nHost: a\r\n\r\n"},
		{"bare LF line endings become CRLF",
			"GET / HTTP/1.1\nHost: a\nAccept: */*\n\n", Options{},
			"GET / HTTP/1.1\r\nHost: a\r\nAccept: */*\r\n\r\n"},
		{"bare LFs become CRLF in lenient mode too, next to lines that already end with CRLF",
			"GET / HTTP/1.1\r\nHost: a\nAccept: */*\r\n\n", Options{Mode: Lenient},
			"GET / HTTP/1.1\r\nHost: a\r\nAccept: */*\r\n\r\n"},
		{"the stuttered GET with bare LFs gets both fixes",
			"g-get / h-http/1.1\nhost: a\n\n", Options{},
			"GET / HTTP/1.1\r\nhost: a\r\n\r\n"},
		{"a Content-Length body keeps its LFs, which its length counts",
			"POST /f HTTP/1.1\nHost: a\nContent-Length: 4\n\na\nb\n", Options{},
			"POST /f HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\n\r\na\nb\n"},
		{"a chunked body's size lines and chunk ends get CRLF, its data keeps its LFs",
			"POST /f HTTP/1.1\nHost: a\nTransfer-Encoding: chunked\n\n4;x=1\na\nb\n\n0\nT: 1\n\n", Options{},
			"POST /f HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n4;x=1\r\na\nb\n\r\n0\r\nT: 1\r\n\r\n"},
		{"a folded field keeps its fold but ends its lines with CRLF",
			"GET / HTTP/1.1\nHost: a\nX: b\n c\n\n", Options{Mode: Lenient},
			"GET / HTTP/1.1\r\nHost: a\r\nX: b\r\n c\r\n\r\n"},
		{"a close-delimited response body is data and keeps its LFs",
			"HTTP/1.1 200 OK\nContent-Type: text/plain\n\none\ntwo\n", Options{Kind: Response},
			"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\none\ntwo\n"},
		{"each message of a pipelined stream gets CRLF, and so does a message still being typed",
			"GET /a HTTP/1.1\nHost: a\n\nGET /b HTTP/1.1\nHost: a\n", Options{},
			"GET /a HTTP/1.1\r\nHost: a\r\n\r\nGET /b HTTP/1.1\r\nHost: a\r\n"},
		{"an HTTP/0.9 line ending in a bare LF gets a version and CRLF",
			"GET /\n", Options{},
			"GET / HTTP/1.1\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(Parse([]byte(tt.in), tt.opts).Fix()); got != tt.want {
				t.Errorf("Fix() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestFixRemovesTheDiagnosticsItFixes(t *testing.T) {
	for _, gc := range goldenInputs(t) {
		r := Parse(gc.input, gc.opts)
		fixed := map[string]bool{}
		for _, d := range r.Diagnostics {
			if d.HasFix {
				fixed[d.Code] = true
			}
		}
		if len(fixed) == 0 {
			continue
		}
		again := Parse(r.Fix(), gc.opts)
		for _, d := range again.Diagnostics {
			if fixed[d.Code] && d.HasFix && !strings.Contains("start-line-whitespace bad-percent invalid-target", d.Code) {
				t.Errorf("%s: after Fix, %s is still reported at %v (%s)\nfixed input %q", gc.name, d.Code, d.Span, d.Message, r.Fix())
			}
		}
	}
}

func TestFixLeavesNoBareLineFeed(t *testing.T) {
	for _, gc := range goldenInputs(t) {
		r := Parse(gc.input, gc.opts)
		if !hasCode(r, "bare-lf") {
			continue
		}
		fixed := r.Fix()
		if again := Parse(fixed, gc.opts); hasCode(again, "bare-lf") {
			t.Errorf("%s: after Fix, bare-lf is still reported\nfixed input %q", gc.name, fixed)
		}
		if got, want := Parse(fixed, gc.opts).Messages[0].Body(), r.Messages[0].Body(); string(got) != string(want) {
			t.Errorf("%s: Fix changed the body from %q to %q", gc.name, want, got)
		}
	}
}

func hasCode(r Result, code string) bool {
	for _, d := range r.Diagnostics {
		if d.Code == code {
			return true
		}
	}
	return false
}
