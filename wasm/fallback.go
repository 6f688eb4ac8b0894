//go:build js && wasm

package main

import (
	"syscall/js"
	"time"

	"github.com/gradplay/gradplay/web/state"
)

// runFallback draws the figure into a 2-D canvas when WebGL2 is missing:
// a static rendering, re-drawn when the state or the window size changes.
// It never returns, so the JS API stays alive.
func runFallback(a *app, reason string) {
	doc := js.Global().Get("document")
	// Hide ebiten's canvas (it has no context) and add ours.
	canvases := doc.Call("getElementsByTagName", "canvas")
	for i := range canvases.Length() {
		canvases.Index(i).Get("style").Set("display", "none")
	}
	canvas := doc.Call("createElement", "canvas")
	canvas.Set("id", "fallback")
	canvas.Get("style").Set("width", "100%")
	canvas.Get("style").Set("height", "100%")
	canvas.Get("style").Set("display", "block")
	doc.Get("body").Call("appendChild", canvas)
	emit("fallback", reason)

	gen, w, h, scale, frame := 0, 0, 0, 0.0, 0
	var sc *state.Scene
	step := func() {
		defer guard("the fallback rendering", func() { sc = nil })
		dirty := false
		if st, g, ok := a.take(gen); ok {
			gen = g
			s, err := state.BuildFrom(sc, st)
			emitStatus(err)
			if err == nil {
				sc, dirty = s, true
				a.setScene(s)
			}
		}
		body := doc.Get("body")
		nw, nh := body.Get("clientWidth").Int(), body.Get("clientHeight").Int()
		ns := js.Global().Get("devicePixelRatio").Float()
		if nw != w || nh != h || ns != scale {
			w, h, scale, dirty = nw, nh, ns, true
		}
		if !dirty || sc == nil || w <= 0 || h <= 0 {
			return
		}
		img := sc.Figure.RGBA(w, h, scale)
		b := img.Bounds()
		canvas.Set("width", b.Dx())
		canvas.Set("height", b.Dy())
		data := js.Global().Get("Uint8ClampedArray").New(len(img.Pix))
		js.CopyBytesToJS(data, img.Pix)
		id := js.Global().Get("ImageData").New(data, b.Dx(), b.Dy())
		canvas.Call("getContext", "2d").Call("putImageData", id, 0, 0)
		frame++
		emit("frame", frame)
	}
	for range time.Tick(100 * time.Millisecond) {
		step()
	}
}
