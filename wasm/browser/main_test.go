//go:build js && wasm

package main

import (
	"syscall/js"
	"testing"

	"github.com/httpplayground/playground/httpcore/api"
)

// These tests run under Node (GOOS=js GOARCH=wasm go test), through the real
// syscall/js bridge, as JavaScript will call it.

func TestMain(m *testing.M) {
	go main()
	for js.Global().Get("httpPlayground").IsUndefined() {
		runtimeGosched()
	}
	m.Run()
}

func call(name string, args ...any) js.Value {
	return js.Global().Get("httpPlayground").Call(name, args...)
}

func TestEveryRegisteredFunctionIsExposed(t *testing.T) {
	obj := js.Global().Get("httpPlayground")
	for _, name := range api.Names() {
		if got := obj.Get(name).Type(); got != js.TypeFunction {
			t.Errorf("httpPlayground.%s is a %s, want a function", name, got)
		}
	}
	if len(api.Names()) == 0 {
		t.Fatal("no function is registered; the bridge would expose nothing")
	}
}

func TestParseReturnsPlainObjects(t *testing.T) {
	text := "GET / HTTP/1.1\r\nHost: example.com\r\n\r\n"
	res := call("parse", text, map[string]any{"kind": "request"})
	if res.Get("error").Truthy() {
		t.Fatalf("parse returned an error object: %s", js.Global().Get("JSON").Call("stringify", res).String())
	}
	msgs := res.Get("messages")
	if !js.Global().Get("Array").Call("isArray", msgs).Bool() || msgs.Length() != 1 {
		t.Fatalf("messages = %v, want an array of one message", msgs)
	}
	if !js.Global().Get("Array").Call("isArray", res.Get("diagnostics")).Bool() {
		t.Errorf("diagnostics is not an array")
	}
	// The result is a plain object: it survives a JSON round trip unchanged.
	s1 := js.Global().Get("JSON").Call("stringify", res).String()
	s2 := js.Global().Get("JSON").Call("stringify", js.Global().Get("JSON").Call("parse", s1)).String()
	if s1 != s2 {
		t.Errorf("result is not plain JSON data")
	}
}

func TestBadArgumentsComeBackAsData(t *testing.T) {
	tests := []struct {
		name string
		fn   string
		args []any
		code string
	}{
		{"a number where text is expected", "parse", []any{42}, "bad-arguments"},
		{"options of the wrong shape", "parse", []any{"GET / HTTP/1.1\r\n\r\n", "strict"}, "bad-arguments"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := call(tt.fn, tt.args...)
			if got := res.Get("error").Get("code"); got.IsUndefined() || got.String() != tt.code {
				t.Errorf("%s(%v) error code = %v, want %q", tt.fn, tt.args, got, tt.code)
			}
		})
	}
}
