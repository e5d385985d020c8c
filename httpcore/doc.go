// Package httpcore reads and writes HTTP/1.x messages without doing any I/O.
//
// It is the playground's core: Parse takes the bytes a learner typed and returns
// data (messages whose every part carries the byte span it came from, and
// diagnostics that say what is wrong, where, and which RFC section says so).
// Write turns a message back into canonical wire form. Nothing here reads a
// socket, a file or a clock, so the same code runs on a server, in a Cloudflare
// Worker and in the browser (compiled to WebAssembly).
//
// Sub-packages: knowledge (methods, status codes and header fields, explained
// in three languages), server (the simulated origin server and sessions) and
// api (the JSON-shaped functions the JavaScript bridges expose).
//
// # API at a glance
//
//	r := httpcore.Parse(input, httpcore.Options{Kind: httpcore.Request, Mode: httpcore.Strict})
//	for _, m := range r.Messages {   // several messages = a pipelined stream
//		m.Method(), m.Target(), m.Version()   // request line parts as text
//		m.Status(), m.Reason()                // status line parts (responses)
//		m.Start.Method, m.Start.Target ...    // the same parts as Spans
//		m.Fields[i].Name / .Colon / .Value / .Line / .End   // Spans; m.Name(f), m.Value(f)
//		m.Field("Host"), m.Values("Via"), m.Lookup("Expect")
//		m.EmptyLine, m.BodySpan, m.Chunks, m.Trailers        // Spans
//		m.Body()                              // decoded body (chunks joined)
//		m.Complete, m.Waiting, m.Need, m.WaitingText(lang)   // incomplete is a state
//		m.Diagnostics                         // this message's own diagnostics
//	}
//	r.Diagnostics          // all of them, in message order
//	d.Code, d.Severity (Error/Warning/Note), d.Span, d.Message (English),
//	d.Text(lang) ("en", "zh-Hans", "zh-Hant"), d.Status (400, 411, 414, 431,
//	501, 505...; 502 for a bad response), d.Spec ("RFC 9112 §2.2")
//	httpcore.Codes()       // every diagnostic code
//
//	w := m.Wire()          // plain data: Method, Target, Status, Reason, Version, Fields, Body, Chunked, Trailers
//	b := httpcore.Write(w) // canonical bytes; Parse(Write(w)) gives w back
//
// For responses set Options.Method (or Methods, one per response in a
// stream) to the method of the request answered: a response to HEAD has no
// body. Options.Limits bounds target, line and header sizes (zero = defaults).
//
// Spans are half-open byte offsets into the input; Parse copies no text.
package httpcore
