//go:build js && wasm

package main

import (
	"fmt"
	"image"
	"math"
	"runtime/debug"
	"strconv"
	"syscall/js"
	"time"

	"github.com/gradplay/gradplay/web/session"
	"github.com/gradplay/gradplay/web/state"
)

// previewWait is the longest the start waits for the page's first state
// before it starts ebiten without a preview (a host page that drives the
// view may send it late, or never).
const previewWait = 1000 // ms

// preview draws the first frame before ebiten starts, into a 2-D canvas
// over ebiten's: starting ebiten (its WebGL state, its shaders, its code
// compiled by the browser at first call) took 70-140 ms of the first
// plot's path, and the figure needs none of it. It waits for the page's
// first state (the page sets it as soon as the API is up), builds it,
// renders the frame that ebiten will draw (the same layers, uploaded when
// ebiten starts), and draws its image and its arrows' triangles with the
// CPU (plots.Mesh.Draw: the GPU's pixels, to within rounding). The frame
// is counted and the pointer maps on it, as on any frame; ebiten's first
// frame takes over (handOff). Without a first state in previewWait, or when
// the state cannot be shown, ebiten starts without a preview.
func (g *game) preview() {
	defer func() {
		// A preview that fails is only logged: ebiten draws the frame
		// next, and an internal error's status would dim it.
		if r := recover(); r != nil {
			println("gradplay: the preview panicked:", fmt.Sprint(r), "\n", string(debug.Stack()))
			g.drop()
		}
	}()
	body := js.Global().Get("document").Get("body")
	deadline := now() + previewWait
	for {
		time.Sleep(time.Millisecond) // the page's turn: its first setState
		t0 := now()
		changed, evs := g.s.Update()
		emit(evs...)
		if has(evs, "state") {
			g.s.SetTiming("boot_wait", t0-mainAt)
		}
		if changed {
			break
		}
		if failed(evs) || now() > deadline {
			return
		}
	}
	// ebiten's size for the screen (outsideSize, LayoutF): the body's.
	w := int(math.Round(body.Get("clientWidth").Float()))
	h := int(math.Round(body.Get("clientHeight").Float()))
	scale := js.Global().Get("devicePixelRatio").Float()
	if w <= 0 || h <= 0 || !(scale > 0) {
		return
	}
	fr := g.s.Render(w, h, scale)
	if fr == nil {
		return
	}
	t0 := now()
	g.lay = newLayers(fr)
	g.s.SetTiming("upload", now()-t0)
	t0 = now()
	// ebiten has copied the image (before RunGame, WritePixels copies at
	// once): the arrows go straight into it.
	img := fr.Image
	fr.Arrows.Draw(img)
	g.pre = putImage(img, w, h)
	g.s.SetTiming("draw", now()-t0)
	g.w, g.h, g.scale = w, h, scale
	g.shown, g.dirty = g.lay, true // ebiten's first frame draws it
	g.s.SetTiming("boot_first_frame", now())
	endBoot()
	g.newFrame()
	g.countFrame()
	// The browser's turn to paint it: ebiten's start would hold the page
	// until its own first frame.
	nextFrame()
	g.s.SetTiming("boot_painted", now())
	time.Sleep(time.Millisecond)
}

// nextFrame returns at the next animation frame, or after frameWait
// without one (a hidden tab, a throttled frame: ebiten starts anyway).
func nextFrame() {
	done := make(chan struct{}, 1)
	var f js.Func
	f = js.FuncOf(func(js.Value, []js.Value) any {
		f.Release()
		done <- struct{}{}
		return nil
	})
	js.Global().Call("requestAnimationFrame", f)
	select {
	case <-done:
	case <-time.After(frameWait):
	}
}

// frameWait is the longest nextFrame waits.
const frameWait = 200 * time.Millisecond

// has reports whether evs hold an event of the name.
func has(evs []session.Event, name string) bool {
	for _, ev := range evs {
		if ev.Name == name {
			return true
		}
	}
	return false
}

// failed reports whether a build's events say that it failed (a status
// with an error; a good build's status holds a nil *state.Info).
func failed(evs []session.Event) bool {
	for _, ev := range evs {
		if in, ok := ev.Data.(*state.Info); ev.Name == "status" && ok && in != nil {
			return true
		}
	}
	return false
}

// putImage shows img in a new 2-D canvas of w×h CSS pixels over ebiten's
// (at the body's top left, as ebiten's fills the body), under the marks.
func putImage(img *image.RGBA, w, h int) js.Value {
	doc := js.Global().Get("document")
	c := doc.Call("createElement", "canvas")
	c.Set("id", "preview")
	st := c.Get("style")
	for k, v := range map[string]string{"position": "fixed", "left": "0", "top": "0",
		"width": strconv.Itoa(w) + "px", "height": strconv.Itoa(h) + "px", "pointer-events": "none"} {
		st.Call("setProperty", k, v)
	}
	putPixels(c, img)
	ebitenCanvas.Get("parentNode").Call("insertBefore", c, ebitenCanvas.Get("nextSibling"))
	return c
}

// handOff removes the preview at ebiten's first frame, which the page
// shows in the same composite.
func (g *game) handOff() {
	g.pre.Call("remove")
	g.pre = js.Undefined()
}
