// Package session is the page's behaviour, in pure Go: it holds the state
// the page shows and the scene built from it, and decides what the pointer,
// a click and the keys do (hover a node, pin it, move the pin, unpin it),
// which read-outs the page shows, and which marks are drawn over the
// figure. It answers with events as plain values (status, readout, pin)
// that the WebAssembly adapter hands to the page.
//
// The adapter (package wasm) drives one Session from three places: the JS
// API (SetState, State, Readout, Area, ...), the renderer (the ebiten game,
// or the 2-D fallback without WebGL2) through Update and Render, and the
// page's input listeners through Hover, Click, Key and Marks. A Session is
// safe for use from all of them.
//
// Coordinates: Render and Marks work in device pixels of the rendered
// figure; Hover and Click take CSS pixels of the page (as pointer events
// give them) and Area returns CSS pixels.
package session
