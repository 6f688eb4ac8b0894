//go:build js && wasm

package main

import (
	"image"
	"math"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gradplay/gradplay/web/session"
)

// game draws the session's frames with ebiten, and hands the pointer, the
// clicks and the keys to the session (pointer.go). All its fields belong
// to the browser's one thread: the game loop and the input listeners run
// on it in turn.
type game struct {
	s     *session.Session
	lay   *layers // the frame at size (w, h, scale), nil when stale
	w, h  int     // the canvas size in CSS pixels
	scale float64 // device pixels per CSS pixel
	still int     // ticks since the size last changed
	dirty bool    // the screen must be redrawn
	frame int     // frames drawn
	// updated is set at the first Update.
	updated bool
	// shown is the layers last drawn: drawn again until new ones are
	// rendered (a state that cannot be drawn leaves the last frame).
	shown *layers
	fresh bool // the next DrawFinalScreen draws news: count and emit it
	ptr   pointer
	// pre is the first frame's 2-D canvas (preview) until ebiten draws;
	// starting is when ebiten was started.
	pre      js.Value
	starting float64
}

func newGame(s *session.Session) *game { return &game{s: s} }

// LayoutF makes the screen as large as the canvas in device pixels, so the
// figure is crisp at any devicePixelRatio.
func (g *game) LayoutF(outsideWidth, outsideHeight float64) (float64, float64) {
	s := ebiten.Monitor().DeviceScaleFactor()
	w, h := int(math.Round(outsideWidth)), int(math.Round(outsideHeight))
	if w != g.w || h != g.h || s != g.scale {
		// Draw the old layers on the resized screen until the new size
		// has been still for a few ticks and is rendered (the marks of a
		// frame at another device pixel ratio would be off: they go).
		if s != g.scale {
			g.hideMarks()
		}
		g.w, g.h, g.scale, g.still, g.dirty = w, h, s, 0, true
	}
	return math.Round(outsideWidth * s), math.Round(outsideHeight * s)
}

// Layout is required by ebiten.Game; LayoutF is used instead.
func (g *game) Layout(outsideWidth, outsideHeight int) (int, int) {
	w, h := g.LayoutF(float64(outsideWidth), float64(outsideHeight))
	return int(w), int(h)
}

// Update takes a new state and renders the frame again when the scene or
// the size changed (once the size has been still for a few ticks).
func (g *game) Update() error {
	defer guard("the game's update", g.drop)
	if !g.updated {
		// ebiten's first tick: its WebGL context is up.
		g.updated = true
		g.s.SetTiming("boot_webgl", now()-g.starting)
	}
	changed, evs := g.s.Update()
	emit(evs...)
	if changed {
		g.dispose()
	}
	g.still++
	if g.w > 0 && g.h > 0 && (g.lay == nil || g.still == 8 && g.layStale()) {
		g.render()
	}
	return nil
}

// drop forgets the frame after a panic: the next tick renders it again
// (and no frame is counted until one is drawn).
func (g *game) drop() {
	g.fresh = false
	g.dispose()
	if g.shown != nil {
		g.shown.dispose()
		g.shown = nil
	}
}

// dispose drops the layers; they are freed once no longer shown. The
// marks go with them: they belong to the next frame.
func (g *game) dispose() {
	if g.lay != nil && g.lay != g.shown {
		g.lay.dispose()
	}
	g.lay = nil
	g.hideMarks()
}

// layStale reports whether the layers were rendered at another size.
func (g *game) layStale() bool {
	b := g.lay.static.Bounds()
	return b.Dx() != int(math.Round(float64(g.w)*g.scale)) || b.Dy() != int(math.Round(float64(g.h)*g.scale))
}

// render renders the session's scene at the current size and uploads it.
func (g *game) render() {
	fr := g.s.Render(g.w, g.h, g.scale)
	if fr == nil {
		return
	}
	g.dispose()
	t0 := now()
	g.lay = newLayers(fr)
	g.s.SetTiming("upload", now()-t0)
	g.dirty = true
}

// Draw only tells ebiten whether to present a frame: it marks the
// offscreen modified (one transparent texel written) when something
// changed, and DrawFinalScreen draws the frame. ebiten presents a frame
// only after its offscreen was modified (and for a few frames more).
func (g *game) Draw(offscreen *ebiten.Image) {
	if !g.dirty || (g.lay == nil && g.shown == nil) {
		return
	}
	g.dirty, g.fresh = false, true
	offscreen.SubImage(image.Rect(0, 0, 1, 1)).(*ebiten.Image).WritePixels(transparent[:])
}

// transparent is one transparent texel.
var transparent [4]byte

// DrawFinalScreen draws the frame straight onto the screen ebiten
// presents (which ebiten has just cleared), instead of ebiten's copying
// its offscreen there: software WebGL spends milliseconds on every
// full-screen pass, and this saves one per frame. It draws the layers, or,
// until new layers are rendered, the last ones shown; the marks are drawn
// by the page over the canvas (pointer.go), and come with new layers. A
// frame with news is counted and emitted; the first one ebiten draws
// takes the preview's place (preview.go), and is news only if new layers
// came since.
func (g *game) DrawFinalScreen(screen ebiten.FinalScreen, _ *ebiten.Image, geoM ebiten.GeoM) {
	defer guard("drawing the frame", g.drop)
	t0 := now()
	news := false
	if g.lay != nil && g.shown != g.lay {
		if g.shown != nil {
			g.shown.dispose()
		}
		g.shown, news = g.lay, true
		g.newFrame()
	}
	if g.shown != nil {
		g.shown.draw(screen, geoM)
	}
	if !g.fresh {
		return
	}
	g.fresh = false
	if g.pre.Truthy() {
		// ebiten's first frame takes over from the preview's: the same
		// frame, no news, unless new layers came meanwhile.
		g.s.SetTiming("boot_handoff", now()-g.starting)
		g.handOff()
		shown()
		if !news {
			return
		}
	}
	g.s.SetTiming("draw", now()-t0)
	if g.frame == 0 {
		g.s.SetTiming("boot_first_frame", now())
		shown()
		endBoot()
	}
	g.countFrame()
}

// countFrame counts a frame drawn with news, of the canvas or of the marks
// over it, and emits it.
func (g *game) countFrame() {
	g.frame++
	emit(frameEvent(g.frame))
}
