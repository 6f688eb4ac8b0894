//go:build js && wasm

package main

import (
	"image"
	"syscall/js"
	"time"

	"github.com/gradplay/gradplay/web/session"
)

// frameEvent is the "frame" event: the number of frames drawn.
func frameEvent(n int) session.Event { return session.Event{Name: "frame", Data: n} }

// runFallback draws the session's scene into a 2-D canvas when WebGL2 is
// missing: a static rendering, re-drawn when the state or the window size
// changes. frames is the count of frames drawn before (the preview's),
// which the fallback's continue; pre, the preview's canvas if any, stays
// until the fallback's first frame. It never returns, so the JS API stays
// alive.
func runFallback(s *session.Session, reason string, frames int, pre js.Value) {
	s.Unmap() // the fallback maps no pointer
	doc := js.Global().Get("document")
	// Hide ebiten's canvas (it has no context) and add ours.
	canvases := doc.Call("getElementsByTagName", "canvas")
	for i := range canvases.Length() {
		if c := canvases.Index(i); !c.Equal(pre) {
			c.Get("style").Set("display", "none")
		}
	}
	canvas := doc.Call("createElement", "canvas")
	canvas.Set("id", "fallback")
	for k, v := range map[string]string{"width": "100%", "height": "100%", "display": "block"} {
		canvas.Get("style").Set(k, v)
	}
	doc.Get("body").Call("appendChild", canvas)
	emit(session.Event{Name: "fallback", Data: reason})

	w, h, scale, frame := 0, 0, 0.0, frames
	step := func() {
		defer guard("the fallback rendering", nil)
		dirty, evs := s.Update()
		emit(evs...)
		body := doc.Get("body")
		nw, nh := body.Get("clientWidth").Int(), body.Get("clientHeight").Int()
		ns := js.Global().Get("devicePixelRatio").Float()
		if nw != w || nh != h || ns != scale {
			w, h, scale, dirty = nw, nh, ns, true
		}
		if !dirty {
			return
		}
		img := s.RenderImage(w, h, scale)
		if img == nil {
			return
		}
		putPixels(canvas, img)
		if pre.Truthy() {
			pre.Call("remove")
			pre = js.Undefined()
		}
		frame++
		endBoot()
		emit(frameEvent(frame))
	}
	for range time.Tick(100 * time.Millisecond) {
		step()
	}
}

// putPixels sizes the 2-D canvas c to img and draws img into it. (A copy
// into JS: a view of the module's memory would be detached if Go grew the
// memory before putImageData read it.)
func putPixels(c js.Value, img *image.RGBA) {
	b := img.Bounds()
	c.Set("width", b.Dx())
	c.Set("height", b.Dy())
	data := js.Global().Get("Uint8ClampedArray").New(len(img.Pix))
	js.CopyBytesToJS(data, img.Pix)
	id := js.Global().Get("ImageData").New(data, b.Dx(), b.Dy())
	c.Call("getContext", "2d").Call("putImageData", id, 0, 0)
}
