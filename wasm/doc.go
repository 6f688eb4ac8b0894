//go:build js && wasm

// Command wasm is gradplay.wasm: the thin adapter between the browser and
// gradplay's Go packages. It registers the JS API on window.gradplay
// (through web/static/loader.js, which turns returned errors into thrown
// ones) and runs the ebiten game that draws the figure.
//
// All state and logic live in web/state, tested natively; this package only
// converts values at the boundary, recovers panics there, and moves work
// to the game loop. Every JS entry returns at once: setState stores the new
// state and the game loop picks it up on its next tick.
//
// Without WebGL2 the game cannot run; the adapter then draws the figure
// into a 2-D canvas instead and keeps the Go program alive, so that the JS
// API keeps working.
package main
