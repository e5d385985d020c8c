package httpcore

import (
	"bufio"
	"bytes"
	"io"
	"net/http"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

// benchCorpus is the realistic corpus both parsers read: a browser GET with
// a dozen fields, a form POST and a chunked upload.
var benchCorpus = [][]byte{
	[]byte("GET /docs/Web/HTTP/Guides/Session HTTP/1.1\r\n" +
		"Host: developer.mozilla.org\r\n" +
		"User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0\r\n" +
		"Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n" +
		"Accept-Language: zh-TW,zh;q=0.8,en-US;q=0.5,en;q=0.3\r\n" +
		"Accept-Encoding: gzip, deflate, br, zstd\r\n" +
		"Referer: https://developer.mozilla.org/zh-TW/docs/Web/HTTP\r\n" +
		"Connection: keep-alive\r\n" +
		"Cookie: preferredlocale=zh-TW; ou812=1; theme=dark\r\n" +
		"Upgrade-Insecure-Requests: 1\r\n" +
		"Sec-Fetch-Dest: document\r\n" +
		"Sec-Fetch-Mode: navigate\r\n" +
		"Sec-Fetch-Site: same-origin\r\n" +
		"If-None-Match: \"2e77ad1dc6ab0b53a2996dfd4653c1c3\"\r\n" +
		"Priority: u=0, i\r\n\r\n"),
	[]byte("POST /contact_form.php HTTP/1.1\r\n" +
		"Host: developer.mozilla.org\r\n" +
		"User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0\r\n" +
		"Accept: text/html,application/xhtml+xml\r\n" +
		"Content-Type: application/x-www-form-urlencoded\r\n" +
		"Content-Length: 63\r\n" +
		"Origin: https://developer.mozilla.org\r\n" +
		"Connection: keep-alive\r\n\r\n" +
		"name=Joe%20User&request=Send%20me%20one%20of%20your%20catalogue"),
	[]byte("PUT /uploads/report.csv HTTP/1.1\r\n" +
		"Host: files.example.com\r\n" +
		"User-Agent: curl/8.10.1\r\n" +
		"Accept: */*\r\n" +
		"Content-Type: text/csv\r\n" +
		"Transfer-Encoding: chunked\r\n" +
		"Expect: 100-continue\r\n\r\n" +
		"1a\r\ndate,visitors,page_views\r\n\r\n" +
		"31;part=2\r\n2024-01-01,1204,3391\n2024-01-02,1320,3502\n2024-01\r\n" +
		"12\r\n-03,1101,2980\nend\n\r\n" +
		"0\r\n\r\n"),
}

func corpusBytes() int64 {
	n := 0
	for _, b := range benchCorpus {
		n += len(b)
	}
	return int64(n)
}

func TestBenchmarkCorpusIsClean(t *testing.T) {
	for _, in := range benchCorpus {
		r := Parse(in, Options{})
		if len(r.Messages) != 1 || !r.Messages[0].Complete || len(r.Diagnostics) != 0 {
			t.Errorf("corpus request %q: %d messages, diagnostics %v; want one clean message", in[:20], len(r.Messages), codes(r))
		}
	}
}

// parseCorpus parses the corpus once, as BenchmarkParseRequest does.
func parseCorpus(b *testing.B) {
	for _, in := range benchCorpus {
		r := Parse(in, Options{})
		if len(r.Messages) != 1 || !r.Messages[0].Complete {
			b.Fatal("no complete message")
		}
	}
}

// netHTTPCorpus reads the corpus once with net/http, as
// BenchmarkNetHTTPReadRequest does: the reader is reused, as a server
// reuses one per connection, and the body is read to its end.
func netHTTPCorpus(b *testing.B, rd *bytes.Reader, br *bufio.Reader) {
	for _, in := range benchCorpus {
		rd.Reset(in)
		br.Reset(rd)
		req, err := http.ReadRequest(br)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := io.Copy(io.Discard, req.Body); err != nil {
			b.Fatal(err)
		}
	}
}

// perMessage reports the time and allocations per message of the corpus.
func perMessage(b *testing.B, allocs uint64) {
	msgs := float64(b.N * len(benchCorpus))
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/msgs, "ns/msg")
	b.ReportMetric(float64(allocs)/msgs, "allocs/msg")
}

func mallocs() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

// BenchmarkParseRequest parses the corpus: spans, diagnostics, decoded
// body and completeness, everything Parse returns. Its x-nethttp metric
// is how many times faster than net/http's ReadRequest it is, both timed
// in turns in the same run so that a busy machine slows both alike.
func BenchmarkParseRequest(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(corpusBytes())
	before := mallocs()
	for b.Loop() {
		parseCorpus(b)
	}
	perMessage(b, mallocs()-before)
	b.ReportMetric(ratioToNetHTTP(b), "x-nethttp")
}

// ratioToNetHTTP times ours and net/http's parser in alternating rounds
// and returns the median of net/http's time over ours.
func ratioToNetHTTP(b *testing.B) float64 {
	const rounds, reps = 15, 1000
	rd := bytes.NewReader(nil)
	br := bufio.NewReader(rd)
	ratios := make([]float64, rounds)
	for i := range ratios {
		start := time.Now()
		for range reps {
			parseCorpus(b)
		}
		ours := time.Since(start)
		start = time.Now()
		for range reps {
			netHTTPCorpus(b, rd, br)
		}
		ratios[i] = float64(time.Since(start)) / float64(ours)
	}
	slices.Sort(ratios)
	return ratios[rounds/2]
}

func BenchmarkNetHTTPReadRequest(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(corpusBytes())
	rd := bytes.NewReader(nil)
	br := bufio.NewReader(rd)
	before := mallocs()
	for b.Loop() {
		netHTTPCorpus(b, rd, br)
	}
	perMessage(b, mallocs()-before)
}

// BenchmarkNetHTTPReadRequestNewReader gives net/http a new bufio.Reader
// for each request, as a new connection would.
func BenchmarkNetHTTPReadRequestNewReader(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(corpusBytes())
	rd := bytes.NewReader(nil)
	for b.Loop() {
		for _, in := range benchCorpus {
			rd.Reset(in)
			req, err := http.ReadRequest(bufio.NewReader(rd))
			if err != nil {
				b.Fatal(err)
			}
			if _, err := io.Copy(io.Discard, req.Body); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(benchCorpus)), "ns/msg")
}

// BenchmarkParseStream reads the corpus as one pipelined stream, as on a
// kept-alive connection.
func BenchmarkParseStream(b *testing.B) {
	stream := bytes.Join(benchCorpus, nil)
	b.ReportAllocs()
	b.SetBytes(int64(len(stream)))
	for b.Loop() {
		if r := Parse(stream, Options{}); len(r.Messages) != len(benchCorpus) {
			b.Fatalf("%d messages", len(r.Messages))
		}
	}
}

// BenchmarkParseScaling shows that time grows linearly with the input: the
// ns/B metric stays flat from 1 KiB to 1 MiB and on pathological inputs.
func BenchmarkParseScaling(b *testing.B) {
	stream := func(size int) []byte {
		var buf bytes.Buffer
		for buf.Len() < size {
			buf.Write(benchCorpus[buf.Len()/64%len(benchCorpus)])
		}
		return buf.Bytes()
	}
	cases := []struct {
		name string
		in   []byte
		opts Options
	}{
		{"1KiB stream", stream(1 << 10), Options{}},
		{"64KiB stream", stream(64 << 10), Options{}},
		{"1MiB stream", stream(1 << 20), Options{}},
		{"1000 pipelined small requests", pipelined(1000), Options{}},
		{"30000 pipelined small requests", pipelined(30000), Options{}},
		{"100 pipelined chunked uploads", pipelinedChunked(100), Options{}},
		{"3000 pipelined chunked uploads", pipelinedChunked(3000), Options{}},
		{"1000 lines with two diagnostics each", faultyLines(1000), unlimited},
		{"30000 lines with two diagnostics each", faultyLines(30000), unlimited},
		{"6000 tiny header lines", tinyLines(6000), unlimited},
		{"100000 tiny header lines", tinyLines(100000), unlimited},
		{"one 64KiB field line", longField(64 << 10), unlimited},
		{"one 1MiB field line", longField(1 << 20), unlimited},
		{"one 64KiB request line", longTarget(64 << 10), unlimited},
		{"one 1MiB request line", longTarget(1 << 20), unlimited},
		{"64KiB chunked body in 1-byte chunks", tinyChunks(64 << 10), unlimited},
		{"1MiB chunked body in 1-byte chunks", tinyChunks(1 << 20), unlimited},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.in)))
			for b.Loop() {
				Parse(c.in, c.opts)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(c.in)), "ns/B")
		})
	}
}

var unlimited = Options{Limits: Limits{MaxTarget: 1 << 30, MaxFieldLine: 1 << 30, MaxHeaderBytes: 1 << 30, MaxFields: 1 << 30, MaxBody: 1 << 40}}

func tinyLines(n int) []byte {
	return []byte("GET / HTTP/1.1\r\nHost: a\r\n" + strings.Repeat("a: b\r\n", n) + "\r\n")
}

func longField(n int) []byte {
	return []byte("GET / HTTP/1.1\r\nHost: a\r\nX: " + strings.Repeat("v", n) + "\r\n\r\n")
}

func longTarget(n int) []byte {
	return []byte("GET /" + strings.Repeat("p", n) + " HTTP/1.1\r\nHost: a\r\n\r\n")
}

func tinyChunks(n int) []byte {
	return []byte("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n" + strings.Repeat("1\r\nx\r\n", n/6) + "0\r\n\r\n")
}

func pipelined(n int) []byte {
	return []byte(strings.Repeat("GET /a HTTP/1.1\r\nHost: a\r\n\r\n", n))
}

func pipelinedChunked(n int) []byte {
	return bytes.Repeat(benchCorpus[2], n)
}

// faultyLines are field lines each with a misspelled name and a control
// character in the value, so the parser reports two diagnostics per line.
func faultyLines(n int) []byte {
	return []byte("GET / HTTP/1.1\r\nHost: a\r\n" + strings.Repeat("Hots: a\x01\r\n", n) + "\r\n")
}
