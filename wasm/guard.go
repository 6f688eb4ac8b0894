//go:build js && wasm

package main

import (
	"fmt"
	"runtime/debug"

	"github.com/gradplay/gradplay/web/api"
	"github.com/gradplay/gradplay/web/session"
	"github.com/gradplay/gradplay/web/state"
)

// guard, deferred, recovers a panic of the game loop, the fallback renderer,
// an event listener or a JS API call: a panic that escapes kills the Go
// runtime and the whole JS API with it. The panic is logged, reported to the
// page as an internal error, and drop (if not nil) forgets what was being
// worked on, so that the next frame does not fail the same way.
func guard(where string, drop func()) {
	r := recover()
	if r == nil {
		return
	}
	report(where, r)
	if drop != nil {
		drop()
	}
}

// guardCall, deferred by a JS API call, is guard for it: a panic is
// reported, and the call returns the internal error (set in *ret) rather
// than nothing, which the page would take for a stopped program. (The
// error is made only then: made in advance, a JS Error for every call
// cost a third of a millisecond.)
func guardCall(name string, ret *any) {
	r := recover()
	if r == nil {
		return
	}
	report("gradplay."+name, r)
	*ret = map[string]any{"error": jsError(api.Failure(errInternal(name)))}
}

// report logs a recovered panic and reports it to the page as an internal
// error.
func report(where string, r any) {
	println("gradplay:", where, "panicked:", fmt.Sprint(r), "\n", string(debug.Stack()))
	in := state.ErrorInfo(&state.ArgError{Code: state.CodeInternal, Msg: fmt.Sprintf("internal error in %s: %v", where, r)}, "")
	emit(session.Event{Name: "status", Data: &in})
}
