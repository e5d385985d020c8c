package server

import (
	"testing"

	"github.com/httpplayground/playground/httpcore"
)

// FuzzSimulate plays arbitrary input. Properties: no panic; every answer
// parses cleanly under the strict response parser; spans of the trace and
// the timeline stay inside the input. Seeded with every golden input.
func FuzzSimulate(f *testing.F) {
	for _, gf := range goldenFiles() {
		for _, c := range gf.cases {
			f.Add([]byte(c.input))
		}
	}
	f.Fuzz(func(t *testing.T, input []byte) {
		sess := New(nil, goldenClock).Simulate(input)
		whole := httpcore.Span{Start: 0, End: len(input)}
		for _, ex := range sess.Exchanges {
			for _, d := range ex.Parsed.Diagnostics {
				if d.Severity == httpcore.Error {
					t.Fatalf("the answer to %q does not parse cleanly: %s\n%q", input, d, ex.Raw)
				}
			}
			for _, s := range ex.Trace {
				if !s.Span.In(whole) {
					t.Fatalf("step %s looks at %v outside the %d-byte input", s.ID, s.Span, len(input))
				}
			}
		}
		for _, e := range sess.Timeline {
			if !e.Span.In(whole) {
				t.Fatalf("%s event at %v outside the %d-byte input", e.Kind, e.Span, len(input))
			}
		}
	})
}

func BenchmarkSimulateThreeRequests(b *testing.B) {
	input := []byte(get("/index.html") + get("/index.css", "Accept-Encoding: gzip") + get("/image/logo.png"))
	srv := New(nil, goldenClock)
	b.SetBytes(int64(len(input)))
	b.ReportAllocs()
	for b.Loop() {
		srv.Simulate(input)
	}
}

func BenchmarkPageLoadWithReload(b *testing.B) {
	srv := New(nil, goldenClock)
	b.ReportAllocs()
	for b.Loop() {
		srv.PageLoad(PageLoadOptions{Reload: true})
	}
}

// FuzzScenario plays a request against an arbitrary scenario: a scenario a
// teacher wrote may be odd, but it never makes the server panic, and what
// it answers parses cleanly.
func FuzzScenario(f *testing.F) {
	f.Add(string(DefaultSiteJSON()), get("/api/items"))
	f.Add(`{"resources":[{"path":"/c","accepts":["text/plain"],"collection":{"items":[{"id":"1"}]}}]}`, send("PUT", "/c/1", "text/plain", "x"))
	f.Add(`{"allowTrace":true,"resources":[{"path":"/","variants":[{"language":"fr","body":"x"}],"compress":true,"repeat":300}]}`, get("/", "Accept-Encoding: gzip", "Range: bytes=1-2"))
	f.Add(`{"resources":[{"path":"/a","redirect":{"status":303,"location":"/b"},"auth":{"realm":"r","users":{"u":"p"}}}]}`, get("/a", "Authorization: Basic dTpw"))
	f.Fuzz(func(t *testing.T, scenario, input string) {
		site, err := ParseSite([]byte(scenario))
		if err != nil {
			return
		}
		sess := New(site, goldenClock).Simulate([]byte(input))
		for _, ex := range sess.Exchanges {
			if ex.Request.HTTP09 {
				continue
			}
			for _, d := range ex.Parsed.Diagnostics {
				if d.Severity == httpcore.Error {
					t.Fatalf("the answer does not parse cleanly: %s\n%q", d, ex.Raw)
				}
			}
		}
		New(site, goldenClock).PageLoad(PageLoadOptions{Reload: true})
	})
}
