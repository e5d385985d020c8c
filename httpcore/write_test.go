package httpcore

import (
	"bytes"
	"reflect"
	"testing"
)

func TestWriteThenParseGivesTheWireBack(t *testing.T) {
	tests := []struct {
		name string
		w    Wire
	}{
		{"a GET with a few fields", Wire{Method: "GET", Target: "/", Version: "HTTP/1.1",
			Fields: []Header{{"Host", "example.com"}, {"Accept", "*/*"}}}},
		{"a form POST with Content-Length", Wire{Method: "POST", Target: "/contact_form.php", Version: "HTTP/1.1",
			Fields: []Header{{"Host", "developer.mozilla.org"}, {"Content-Length", "9"}, {"Content-Type", "application/x-www-form-urlencoded"}},
			Body:   []byte("name=joe!")}},
		{"a chunked upload with a trailer", Wire{Method: "PUT", Target: "/up", Version: "HTTP/1.1",
			Fields:  []Header{{"Host", "a"}, {"Transfer-Encoding", "chunked"}},
			Body:    []byte("hello world"),
			Chunked: true, Trailers: []Header{{"Digest", "x"}}}},
		{"a 200 response with a body", Wire{Kind: Response, Status: 200, Reason: "OK", Version: "HTTP/1.1",
			Fields: []Header{{"Content-Type", "text/plain"}, {"Content-Length", "2"}}, Body: []byte("hi")}},
		{"a 204 response with an empty reason", Wire{Kind: Response, Status: 204, Reason: "", Version: "HTTP/1.1",
			Fields: []Header{{"Date", "Thu, 06 Dec 2018 17:37:18 GMT"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := Write(tt.w)
			r := Parse(out, Options{Kind: tt.w.Kind})
			if len(r.Messages) != 1 {
				t.Fatalf("Parse(Write(w)) gave %d messages, want 1:\n%s", len(r.Messages), out)
			}
			m := r.Messages[0]
			if len(r.Diagnostics) > 0 {
				t.Errorf("Parse(Write(w)) has diagnostics %v:\n%s", r.Diagnostics, out)
			}
			if got := m.Wire(); !reflect.DeepEqual(got, tt.w) {
				t.Errorf("Parse(Write(w)).Wire() = %+v\nwant %+v", got, tt.w)
			}
		})
	}
}

func TestWriteAddsTheFramingABodyNeeds(t *testing.T) {
	tests := []struct {
		name string
		w    Wire
		want string
	}{
		{"a body without framing gets Content-Length",
			Wire{Method: "POST", Target: "/", Fields: []Header{{"Host", "a"}}, Body: []byte("abc")},
			"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc"},
		{"a chunked body without Transfer-Encoding gets one",
			Wire{Method: "POST", Target: "/", Fields: []Header{{"Host", "a"}}, Body: []byte("abc"), Chunked: true},
			"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"},
		{"an empty body adds nothing",
			Wire{Kind: Response, Status: 404, Reason: "Not Found"},
			"HTTP/1.1 404 Not Found\r\n\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(Write(tt.w)); got != tt.want {
				t.Errorf("Write = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestWriteOfParseIsIdempotent(t *testing.T) {
	inputs := []string{
		"GET / HTTP/1.1\nHost: a\n  folded\nX:  spaced  \n\n",
		"POST /x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nT: v\r\n\r\n",
		"HTTP/1.1 200\r\nContent-Length: 3\r\n\r\nabc",
	}
	for _, in := range inputs {
		once := writeParsed(t, []byte(in))
		twice := writeParsed(t, once)
		if !bytes.Equal(once, twice) {
			t.Errorf("Write(Parse(x)) is not idempotent for %q:\nonce  %q\ntwice %q", in, once, twice)
		}
	}
}

func writeParsed(t *testing.T, in []byte) []byte {
	t.Helper()
	kind := Request
	if bytes.HasPrefix(in, []byte("HTTP/")) {
		kind = Response
	}
	r := Parse(in, Options{Kind: kind, Mode: Lenient})
	if len(r.Messages) == 0 {
		t.Fatalf("no message in %q", in)
	}
	return Write(r.Messages[0].Wire())
}
