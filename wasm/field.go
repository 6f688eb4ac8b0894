//go:build js && wasm

package main

import "syscall/js"

// registerField registers the entries that need the expression engine.
func registerField(goAPI js.Value, a *app) {}
