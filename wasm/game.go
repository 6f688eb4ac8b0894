//go:build js && wasm

package main

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gradplay/gradplay/web/session"
)

// game draws the session's frames with ebiten. All its fields belong to
// the game loop's goroutine, but for the input listeners' out and dirty
// (the browser runs both on one thread).
type game struct {
	s     *session.Session
	lay   *layers // the frame at size (w, h, scale), nil when stale
	w, h  int     // the canvas size in CSS pixels
	scale float64 // device pixels per CSS pixel
	still int     // ticks since the size last changed
	out   bool    // the pointer has left the page
	dirty bool    // the screen must be redrawn
	frame int     // frames drawn
	// updated is set at the first Update.
	updated bool
	// shown is the layers last drawn: drawn again until new ones are
	// rendered (a state that cannot be drawn leaves the last frame).
	shown   *layers
	fresh   bool // the next DrawFinalScreen draws news: count and emit it
	sprites sprites
	markOp  ebiten.DrawImageOptions
}

func newGame(s *session.Session) *game { return &game{s: s} }

// changed emits a session's events; any event means a redraw.
func (g *game) changed(evs []session.Event) {
	if len(evs) > 0 {
		g.dirty = true
		emit(evs...)
	}
}

// LayoutF makes the screen as large as the canvas in device pixels, so the
// figure is crisp at any devicePixelRatio.
func (g *game) LayoutF(outsideWidth, outsideHeight float64) (float64, float64) {
	s := ebiten.Monitor().DeviceScaleFactor()
	w, h := int(math.Round(outsideWidth)), int(math.Round(outsideHeight))
	if w != g.w || h != g.h || s != g.scale {
		// Draw the old layers on the resized screen until the new size
		// has been still for a few ticks and is rendered.
		g.w, g.h, g.scale, g.still, g.dirty = w, h, s, 0, true
	}
	return math.Round(outsideWidth * s), math.Round(outsideHeight * s)
}

// Layout is required by ebiten.Game; LayoutF is used instead.
func (g *game) Layout(outsideWidth, outsideHeight int) (int, int) {
	w, h := g.LayoutF(float64(outsideWidth), float64(outsideHeight))
	return int(w), int(h)
}

// Update takes a new state, renders the frame again when the scene or the
// size changed (once the size has been still for a few ticks), and
// follows the pointer.
func (g *game) Update() error {
	defer guard("the game's update", g.drop)
	if !g.updated {
		// ebiten's first tick: its WebGL context is up.
		g.updated = true
		g.s.SetTiming("boot_webgl", now()-mainAt)
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
	if g.lay != nil {
		x, y := ebiten.CursorPosition()
		g.changed(g.s.Hover(float64(x), float64(y), g.out))
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

// dispose drops the layers; they are freed once no longer shown.
func (g *game) dispose() {
	if g.lay != nil && g.lay != g.shown {
		g.lay.dispose()
	}
	g.lay = nil
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

var (
	hoverColor = color.RGBA{0x11, 0x11, 0x11, 0xb0}
	pinColor   = color.RGBA{0xe0, 0x1e, 0x5a, 0xff}
	// neighbourColor rings the nodes numpy's stencils read: orange on
	// every palette, with the rings' white halo.
	neighbourColor = color.RGBA{0xff, 0x8c, 0x00, 0xff}
)

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
// full-screen pass, and this saves one per frame. It draws the layers and
// the session's marks, or, until new layers are rendered, the last ones
// shown without marks (the marks belong to the new frame); a frame with
// news is counted and emitted.
func (g *game) DrawFinalScreen(screen ebiten.FinalScreen, _ *ebiten.Image, geoM ebiten.GeoM) {
	defer guard("drawing the frame", g.drop)
	t0 := now()
	if g.lay != nil && g.shown != g.lay {
		if g.shown != nil {
			g.shown.dispose()
		}
		g.shown = g.lay
	}
	if g.shown != nil {
		g.shown.draw(screen, geoM)
	}
	if g.lay != nil {
		g.drawMarks(screen, geoM)
	}
	if !g.fresh {
		return
	}
	g.fresh = false
	g.s.SetTiming("draw", now()-t0)
	g.frame++
	if g.frame == 1 {
		g.s.SetTiming("boot_first_frame", now())
		shown()
		endBoot()
	}
	emit(frameEvent(g.frame))
}

// drawMarks draws the session's marks: lines (horizontal or vertical:
// crisp rectangles) and rings (antialiased sprites).
func (g *game) drawMarks(screen ebiten.FinalScreen, geoM ebiten.GeoM) {
	op := &g.markOp
	for _, mk := range g.s.Marks() {
		c := hoverColor
		switch {
		case mk.Pinned:
			c = pinColor
		case mk.Neighbours:
			c = neighbourColor
		}
		for _, l := range mk.Lines {
			x0, y0, x1, y1 := min(l[0], l[2]), min(l[1], l[3]), max(l[0], l[2]), max(l[1], l[3])
			if x0 == x1 {
				x0, x1 = x0-mk.Line/2, x1+mk.Line/2
			}
			if y0 == y1 {
				y0, y1 = y0-mk.Line/2, y1+mk.Line/2
			}
			op.GeoM.Reset()
			op.GeoM.Scale(x1-x0, y1-y0)
			op.GeoM.Translate(x0, y0)
			op.GeoM.Concat(geoM)
			op.ColorScale.Reset()
			op.ColorScale.ScaleWithColor(c)
			screen.DrawImage(white, op)
		}
		for _, r := range mk.Rings {
			g.sprites.ring(screen, geoM, r[0], r[1], mk.Radius, mk.Width, mk.Dot, c)
		}
	}
}
