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
