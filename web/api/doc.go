// Package api is gradplay's JS API (window.gradplay) in pure Go: one
// function per entry, taking its arguments and returning its result as
// plain values (see Value), so that every entry's arguments, errors and
// result shapes are tested natively. The WebAssembly adapter registers
// Funcs under their names and converts js.Value to and from plain values
// with one generic converter; it decides nothing else.
//
// Errors are *state.ArgError for malformed arguments, or the errors of
// core and web/state; Failure turns any of them into the message and the
// properties of the Error thrown in JavaScript (code, offset, end, line,
// column, snippet, ...; see state.ErrorInfo and state's Code constants).
package api
