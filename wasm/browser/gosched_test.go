//go:build js && wasm

package main

import "runtime"

func runtimeGosched() { runtime.Gosched() }
