//go:build js && wasm

// Command browser is the playground's WebAssembly module for the browser.
//
// It is a thin bridge: it exposes every function registered in package
// httpcore/api as a method of one global object, globalThis.httpPlayground.
// Arguments are plain JavaScript values (converted with JSON.stringify), and
// results are plain objects (built with JSON.parse), never Go pointers.
// Errors are data: a bad call returns {error: {code, message}}.
//
// The API is documented in wasm/README.md.
package main

import (
	"syscall/js"

	"github.com/httpplayground/playground/httpcore/api"
)

// version is set by the build (-ldflags -X main.version=...).
var version = "dev"

func main() {
	jsonObj := js.Global().Get("JSON")
	obj := js.Global().Get("Object").New()
	for _, name := range api.Names() {
		obj.Set(name, js.FuncOf(func(this js.Value, args []js.Value) any {
			raw := make([][]byte, len(args))
			for i, a := range args {
				if a.IsUndefined() || a.IsNull() {
					raw[i] = []byte("null")
					continue
				}
				raw[i] = []byte(jsonObj.Call("stringify", a).String())
			}
			return jsonObj.Call("parse", string(api.Call(name, raw)))
		}))
	}
	obj.Set("version", version)
	obj.Set("functions", js.ValueOf(anySlice(api.Names())))
	js.Global().Set("httpPlayground", obj)
	if ready := js.Global().Get("onHttpPlaygroundReady"); ready.Type() == js.TypeFunction {
		ready.Invoke(obj)
	}
	select {}
}

func anySlice(s []string) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}
