//go:build js && wasm

// Command wasm is gradplay.wasm: the thin adapter between the browser and
// gradplay's Go packages, in the manner of ivy's mobile/. It registers every
// entry of web/api on window.gradplay (through web/static/loader.js, which
// turns returned errors into thrown ones), converting js.Value to and from
// plain values with one converter (toGo, toJS: Float64Array for []float64,
// NaN kept), and it runs the ebiten game that uploads and draws the frames
// of a web/session Session. The marks over the figure (the hover's
// crosshair, the rings) are drawn by the page (web/static/marks.js) from
// the "marks" events the adapter emits, so a hover draws no WebGL frame.
//
// What a click, a key or the pointer does, which read-out is shown, which
// marks are drawn, and every rule of the page live in web/session,
// web/state and web/api, tested natively; this package only converts
// values, draws, listens to input and recovers panics at the boundary.
// Every JS entry returns at once: setState stores the new state, which is
// built at the game loop's next tick (the page's first one by the preview,
// before the game starts).
//
// The first frame is drawn before ebiten starts (preview.go): rendered as
// ebiten will draw it, and drawn with the CPU into a 2-D canvas over
// ebiten's, which ebiten's first frame replaces; ebiten's start (its WebGL
// state, its shaders, its code compiled at first call) then comes after
// the figure is on screen.
//
// Without WebGL2 the game cannot run; the adapter then draws the session's
// figure into a 2-D canvas instead and keeps the Go program alive, so that
// the JS API keeps working.
package main
