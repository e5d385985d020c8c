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
//	for i := range r.Messages {            // several messages = a pipelined stream
//		m := &r.Messages[i]
//		m.Method(), m.Target(), m.Version()   // request line parts as text
//		m.Status(), m.Reason()                // status line parts (responses)
//		m.Start.Method, m.Start.Target, ...   // the same parts as Spans (absent: !Valid())
//		m.Form, m.Path, m.Query               // request-target form and components
//		m.Fields[i].Name/.Colon/.Value/.Line/.End   // Spans; m.Name(f), m.Value(f)
//		m.Field("Host"), m.Values("Via"), m.Lookup("Expect")
//		m.EmptyLine, m.BodySpan, m.Chunks, m.Trailers
//		m.Framing, m.Length, m.Body()         // how the body is delimited; decoded body
//		m.Complete, m.Waiting, m.Need, m.WaitingText(lang)   // incomplete is a state
//		m.Close                               // the connection closes after it
//		m.Diagnostics                         // this message's own diagnostics
//	}
//	r.Diagnostics  // all of them, message by message
//	d.Code, d.Severity (Error/Warning/Note), d.Span, d.Message (English),
//	d.Text(lang) ("en", "zh-Hans", "zh-Hant"), d.Status (400, 411, 413, 414,
//	417, 431, 501, 505...; 502 for a bad response), d.Spec ("RFC 9112 §2.2"),
//	d.Fix/d.HasFix (suggested replacement for d.Span)
//	r.Fix()        // the input with every suggested fix applied
//	httpcore.Codes(), httpcore.CodeInfo(code, lang)   // the catalogue
//
//	w := m.Wire()          // plain data: Method, Target, Status, Reason, Version, Fields, Body, Chunked, Trailers
//	b := httpcore.Write(w) // canonical bytes; Parse(Write(w)) gives w back
//
// For responses set Options.Method (or Methods, one per final response in a
// stream) to the method of the request answered: a response to HEAD has no
// body. Options.Limits bounds target, line, header and body sizes (zero
// fields mean DefaultLimits).
//
// Spans are half-open byte offsets into the input; Parse copies no text.
// Golden cases in testdata/*.md show the parser's output for over 250
// inputs, every seed example among them; go test -update rewrites them.
package httpcore
