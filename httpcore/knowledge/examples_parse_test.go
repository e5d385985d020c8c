package knowledge_test

import (
	"strconv"
	"testing"

	"github.com/httpplayground/playground/httpcore"
	"github.com/httpplayground/playground/httpcore/knowledge"
)

// The examples a learner is shown must themselves be correct HTTP/1.1: each
// method's example request and each status's example status line is run
// through the playground's own parser, in strict mode.

func TestEveryMethodExampleParsesCleanly(t *testing.T) {
	for _, m := range knowledge.Methods() {
		if m.Name == "PRI" {
			continue // the HTTP/2 preface is meant to fail as HTTP/1.1
		}
		t.Run(m.Name, func(t *testing.T) {
			res := httpcore.Parse([]byte(m.Example), httpcore.Options{Kind: httpcore.Request})
			if len(res.Messages) != 1 {
				t.Fatalf("parsed %d messages, want 1: %q", len(res.Messages), m.Example)
			}
			msg := &res.Messages[0]
			want := m.Name
			if m.Name == "*" {
				want = "OPTIONS"
			}
			if got := msg.Method(); got != want {
				t.Errorf("method = %q, want %q", got, want)
			}
			for _, d := range res.Diagnostics {
				if d.Severity != httpcore.Note {
					t.Errorf("%s in %q", d, m.Example)
				}
			}
		})
	}
}

func TestEveryStatusExampleParsesCleanly(t *testing.T) {
	for _, s := range knowledge.Statuses() {
		t.Run(strconv.Itoa(s.Code), func(t *testing.T) {
			// No body, said the way RFC 9110 §8.6 allows: 1xx, 204 and 304
			// responses never have one and must not carry Content-Length.
			in := s.Example + "\r\n"
			if s.Code >= 200 && s.Code != 204 && s.Code != 304 {
				in += "Content-Length: 0\r\n"
			}
			in += "\r\n"
			res := httpcore.Parse([]byte(in), httpcore.Options{Kind: httpcore.Response})
			if len(res.Messages) == 0 {
				t.Fatalf("parsed no message from %q", in)
			}
			if got := res.Messages[0].Status(); got != s.Code {
				t.Errorf("status = %d, want %d", got, s.Code)
			}
			for _, d := range res.Diagnostics {
				if d.Severity == httpcore.Error {
					t.Errorf("%s in %q", d, in)
				}
			}
		})
	}
}
