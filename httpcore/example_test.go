package httpcore_test

import (
	"fmt"

	"github.com/httpplayground/playground/httpcore"
)

// The first seed's request, with its baby-talk method and version: every
// part is located and each mistake comes with a fix.
func ExampleParse() {
	in := []byte("g-get / h-http/1.1\r\nhost: developer.mozilla.org\r\n\r\n")
	r := httpcore.Parse(in, httpcore.Options{})
	m := &r.Messages[0]
	fmt.Printf("method %q at %v, target %q, version %q\n", m.Method(), m.Start.Method, m.Target(), m.Version())
	fmt.Printf("Host is %q\n", m.Field("Host"))
	for _, d := range m.Diagnostics {
		fmt.Printf("%s %s %v (%d, %s) fix %q\n", d.Severity, d.Code, d.Span, d.Status, d.Spec, d.Fix)
	}
	fmt.Printf("fixed: %q\n", r.Fix())
	// Output:
	// method "g-get" at {0 5}, target "/", version "h-http/1.1"
	// Host is "developer.mozilla.org"
	// error method-typo {0 5} (501, RFC 9110 §9.1) fix "GET"
	// error version-malformed {8 18} (400, RFC 9112 §2.3) fix "HTTP/1.1"
	// fixed: "GET / HTTP/1.1\r\nhost: developer.mozilla.org\r\n\r\n"
}

// A response is framed by the request it answers: with HEAD, Content-Length
// describes a body that is not sent.
func ExampleParse_response() {
	in := []byte("HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n")
	r := httpcore.Parse(in, httpcore.Options{Kind: httpcore.Response, Method: "HEAD"})
	m := &r.Messages[0]
	fmt.Println(m.Status(), m.Reason(), m.Framing, m.Complete, len(m.Body()))
	// Output:
	// 200 OK none true 0
}

// An incomplete message says what it is waiting for, in three languages.
func ExampleMessage_WaitingText() {
	r := httpcore.Parse([]byte("POST /form HTTP/1.1\r\nHost: a\r\nContent-Length: 60\r\n\r\nab"), httpcore.Options{})
	m := &r.Messages[0]
	for _, lang := range httpcore.Languages {
		fmt.Println(m.WaitingText(lang))
	}
	// Output:
	// waiting for 58 more body bytes promised by Content-Length
	// 等待 Content-Length 承诺的另外 58 字节正文
	// 等待 Content-Length 承諾的另外 58 位元組正文
}

// Write gives a message in canonical form; parsing it gives the Wire back.
func ExampleWrite() {
	w := httpcore.Wire{Kind: httpcore.Response, Status: 404, Reason: "Not Found",
		Fields: []httpcore.Header{{Name: "Content-Type", Value: "text/plain"}}, Body: []byte("nope")}
	fmt.Printf("%q\n", httpcore.Write(w))
	// Output:
	// "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 4\r\n\r\nnope"
}
