// Package api is the playground's JavaScript-facing surface, written in plain Go.
//
// Each exported playground function (parse, methods, simulate, ...) is
// registered here by name and takes its arguments as JSON values and returns
// a value that encodes to JSON. The browser bridge (wasm/browser) and the
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

import (
	"encoding/json"
	"fmt"
	"sort"
)

// Func is one playground function. args holds its JavaScript arguments, each
// encoded as JSON ("null" for undefined or missing).
type Func func(args []json.RawMessage) (any, error)

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
func Call(name string, args []json.RawMessage) (out []byte) {
	defer func() {
		if r := recover(); r != nil {
			out = encodeError("internal", fmt.Sprintf("internal error in %s: %v", name, r))
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
	b, err := json.Marshal(res)
	if err != nil {
		return encodeError("internal", "cannot encode the result of "+name+": "+err.Error())
	}
	return b
}

func encodeError(code, msg string) []byte {
	b, _ := json.Marshal(errorResult{Error{Code: code, Message: msg}})
	return b
}

// Arg decodes argument i into v. A missing, null or undefined argument leaves
// v unchanged, so callers set defaults before calling Arg.
func Arg(args []json.RawMessage, i int, name string, v any) error {
	if i >= len(args) || len(args[i]) == 0 || string(args[i]) == "null" {
		return nil
	}
	if err := json.Unmarshal(args[i], v); err != nil {
		return fmt.Errorf("argument %d (%s): %v", i+1, name, err)
	}
	return nil
}
