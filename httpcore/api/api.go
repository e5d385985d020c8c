// Package api is the playground's JavaScript-facing surface, written in plain Go.
//
// Each exported playground function (parse, methods, simulate, ...) is
// registered here by name and takes its arguments as JSON values and returns
// a value that encodes to JSON. Arguments are read and results written
// without encoding/json (see args.go and json.go), so that the browser module
// links no reflection; the bytes are the ones encoding/json would write. The browser bridge (wasm/browser) and the
// tests call the same functions through Call, so everything a documentation
// author can call from JavaScript is tested on the host first.
//
// Errors are data: a function never panics across the bridge; bad arguments
// come back as {"error": {...}} objects, not exceptions.
//
// Spans in results are UTF-16 code unit offsets into the text passed in (so
// JavaScript's text.slice(span.start, span.end) is the span's text); the core
// works in byte offsets and Offsets converts.
package api

import "sort"

// Func is one playground function. args holds its JavaScript arguments, each
// encoded as JSON ("null" for undefined or missing). The result is one of
// the result types json.go writes.
type Func func(args [][]byte) (any, error)

var registry = map[string]Func{}

// Register makes f callable as httpPlayground[name]. It is called from init
// functions, one file per family of functions.
func Register(name string, f Func) {
	if _, dup := registry[name]; dup {
		panic("api: function registered twice: " + name)
	}
	registry[name] = f
}

// Names lists the registered functions in sorted order.
func Names() []string {
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Error is the value returned in place of a result when a call cannot be
// answered (unknown function, arguments of the wrong shape).
type Error struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

type errorResult struct {
	Error Error `json:"error"`
}

// Call runs the named function and returns its result encoded as JSON.
// It never panics: a failure of any kind is returned as {"error": {...}}.
func Call(name string, args [][]byte) (out []byte) {
	defer func() {
		if r := recover(); r != nil {
			out = encodeError("internal", "internal error in "+name+": "+panicText(r))
		}
	}()
	f, ok := registry[name]
	if !ok {
		return encodeError("unknown-function", "no playground function is named "+name)
	}
	res, err := f(args)
	if err != nil {
		return encodeError("bad-arguments", err.Error())
	}
	b, ok := appendResult(nil, res)
	if !ok {
		return encodeError("internal", "cannot encode the result of "+name)
	}
	return b
}

func encodeError(code, msg string) []byte {
	b, _ := appendResult(nil, errorResult{Error{Code: code, Message: msg}})
	return b
}

// panicText says what a recovered panic was.
func panicText(r any) string {
	switch r := r.(type) {
	case string:
		return r
	case error:
		return r.Error()
	}
	return "a panic"
}
