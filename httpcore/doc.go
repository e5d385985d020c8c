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
package httpcore
