//go:build js && wasm

package main

import (
	"image/color"
	"math"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"github.com/gradplay/gradplay/plots"
	"github.com/gradplay/gradplay/web/state"
)

// game draws the current scene. All its fields belong to the game loop's
// goroutine; the JS API reaches it only through app.
type game struct {
	app   *app
	gen   int          // the app generation of scene
	scene *state.Scene // nil until the first state builds
	lay   *layers      // scene at size (w, h, scale), nil when stale
	w, h  int          // the canvas size in CSS pixels
	scale float64      // device pixels per CSS pixel
	still int          // ticks since the size last changed

	hover, pin node // the hovered and the pinned grid node
	dirty      bool // the screen must be redrawn
	frame      int  // frames drawn

	// The pin's read-out with its point methods, computed once per pin and
	// scene rather than at every hover move.
	pinRead  *state.Readout
	pinFor   node
	pinScene *state.Scene
}

// node is a grid node of the plotted slice.
type node struct {
	i, j int
	ok   bool
}

func newGame(a *app) *game {
	return &game{app: a}
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

// Update takes a new state, re-renders the layers when the scene or the
// size changed (once the size has been still for a few ticks), and
// follows the mouse and the keys.
func (g *game) Update() error {
	defer guard("the game's update", g.drop)
	if st, gen, ok := g.app.take(g.gen); ok {
		g.gen = gen
		g.rebuild(st)
	}
	g.still++
	if g.scene != nil && g.w > 0 && g.h > 0 && (g.lay == nil || g.still == 8 && g.layStale()) {
		g.render()
	}
	g.input()
	return nil
}

// drop forgets the scene and its layers after a panic: nothing is drawn
// until the next state.
func (g *game) drop() {
	if g.lay != nil {
		g.lay.dispose()
		g.lay = nil
	}
	g.scene = nil
	g.app.setScene(nil)
}

// rebuild evaluates a new state into a scene.
func (g *game) rebuild(st state.State) {
	t0 := now()
	sc, err := state.BuildFrom(g.scene, st)
	g.app.setTiming("scene", now()-t0)
	if err != nil {
		emitStatus(err)
		return
	}
	emitStatus(nil)
	g.scene = sc
	g.app.setScene(sc)
	g.hover = node{}
	g.pin = node{}
	if p := sc.State.Pin; len(p) == 2 {
		g.pin = node{p[0], p[1], true}
	} else if len(st.Pin) == 2 {
		// The scene dropped a pin outside its grid: so must the state and
		// the page's link.
		g.app.setPin(nil)
		emit("pin", nil)
	}
	if g.lay != nil {
		g.lay.dispose()
		g.lay = nil
	}
	g.publish()
}

// layStale reports whether the layers were rendered at another size.
func (g *game) layStale() bool {
	b := g.lay.static.Bounds()
	return b.Dx() != int(math.Round(float64(g.w)*g.scale)) || b.Dy() != int(math.Round(float64(g.h)*g.scale))
}

// render draws the scene's layers at the current size.
func (g *game) render() {
	if g.lay != nil {
		g.lay.dispose()
	}
	fg := g.scene.Figure
	t0 := now()
	if s := fg.Split(g.w, g.h, g.scale); s != nil {
		t1 := now()
		g.lay = newLayers(s, nil)
		g.app.setTiming("split", t1-t0)
		g.app.setTiming("upload", now()-t1)
		g.app.setArea(&s.Map, g.scale)
	} else {
		// A line plot: one image, with the mapping of its panels for the
		// hover and pin marks drawn over it.
		img := fg.RGBA(g.w, g.h, g.scale)
		m, ok := fg.Mapping(g.w, g.h, g.scale)
		t1 := now()
		g.lay = newLayers(nil, img)
		g.app.setTiming("split", t1-t0)
		g.app.setTiming("upload", now()-t1)
		if ok {
			g.lay.line = &m
			g.app.setArea(&m, g.scale)
		} else {
			g.app.setArea(nil, g.scale)
		}
	}
	g.dirty = true
}

// input follows the mouse (hover) and handles clicks and keys (pin).
// On a line plot (one variable) the nodes lie along x: j is always 0.
func (g *game) input() {
	if g.lay == nil {
		return
	}
	pin := g.pin
	nx, ny := g.scene.Field.Shape[g.scene.XVar], 1
	if s := g.lay.split; s != nil {
		nx, ny = len(s.CellX)-1, len(s.CellY)-1
	}
	if m := g.lay.mapping(); m != nil {
		x, y := ebiten.CursorPosition()
		var h node
		if !g.app.isOut() {
			h.i, h.j, h.ok = m.Nearest(float64(x), float64(y))
		}
		if h != g.hover {
			g.hover = h
			g.dirty = true
			g.publish()
		}
		for _, c := range g.app.takeClicks() {
			var n node
			n.i, n.j, n.ok = m.Nearest(c[0]*g.scale, c[1]*g.scale)
			switch {
			case !n.ok:
			case pin == n:
				pin = node{}
			default:
				pin = n
			}
		}
	} else {
		g.app.takeClicks()
	}
	move := func(di, dj int) {
		if !pin.ok {
			pin = node{nx / 2, ny / 2, true}
			return
		}
		pin.i, pin.j = max(0, min(nx-1, pin.i+di)), max(0, min(ny-1, pin.j+dj))
	}
	for _, k := range g.app.takeKeys() {
		switch k {
		case "ArrowLeft":
			move(-1, 0)
		case "ArrowRight":
			move(1, 0)
		case "ArrowUp":
			move(0, 1)
		case "ArrowDown":
			move(0, -1)
		case "Escape":
			pin = node{}
		}
	}
	if pin != g.pin {
		g.pin = pin
		g.dirty = true
		if pin.ok {
			g.app.setPin([]int{pin.i, pin.j})
		} else {
			g.app.setPin(nil)
		}
		g.publish()
		emit("pin", nil)
	}
}

// publish sends the readouts of the hovered and pinned nodes to the page.
func (g *game) publish() {
	read := func(n node, pinned bool) *state.Readout {
		if !n.ok || g.scene == nil {
			return nil
		}
		r, ok := g.scene.Readout(n.i, n.j)
		if !ok {
			return nil
		}
		r.Pinned = pinned
		if pinned {
			g.scene.Methods(&r)
		}
		return &r
	}
	if g.pin != g.pinFor || g.scene != g.pinScene || g.pinRead == nil {
		g.pinRead, g.pinFor, g.pinScene = read(g.pin, true), g.pin, g.scene
	}
	hover, pin := read(g.hover, false), g.pinRead
	// gradplay.readout(): the hovered node, else the pinned one.
	cur := hover
	if cur == nil && pin != nil {
		c := *pin
		c.Pinned = !g.hover.ok
		cur = &c
	}
	g.app.setReadout(cur)
	toJS := func(r *state.Readout) any {
		if r == nil {
			return nil
		}
		return readoutJS(r)
	}
	emit("readout", map[string]any{"hover": toJS(hover), "pin": toJS(pin)})
}

var (
	hoverColor = color.RGBA{0x11, 0x11, 0x11, 0xb0}
	pinColor   = color.RGBA{0xe0, 0x1e, 0x5a, 0xff}
)

// Draw redraws the screen only when something changed.
func (g *game) Draw(screen *ebiten.Image) {
	if !g.dirty || g.lay == nil {
		return
	}
	defer guard("drawing the frame", g.drop)
	g.dirty = false
	t0 := now()
	defer func() { g.app.setTiming("draw", now()-t0) }()
	g.lay.draw(screen) // opaque: covers the whole screen
	switch {
	case g.lay.split != nil:
		g.mark(screen, g.hover, hoverColor, false)
		g.mark(screen, g.pin, pinColor, true)
	case g.lay.line != nil:
		g.markLine(screen, g.hover, hoverColor, false)
		g.markLine(screen, g.pin, pinColor, true)
	}
	g.frame++
	emit("frame", g.frame)
}

// mark draws the crosshair and ring of a node.
func (g *game) mark(dst *ebiten.Image, n node, c color.RGBA, pinned bool) {
	if !n.ok {
		return
	}
	nd, ok := g.scene.Figure.Node(n.i, n.j)
	if !ok {
		return
	}
	m := &g.lay.split.Map
	px, py := m.ToPixel(nd.X, nd.Y)
	s := float32(g.scale)
	x, y := float32(px), float32(py)
	r := m.Plot
	if !pinned {
		vector.StrokeLine(dst, float32(r.X0), y, float32(r.X1), y, s, c, true)
		vector.StrokeLine(dst, x, float32(r.Y0), x, float32(r.Y1), s, c, true)
	}
	vector.StrokeCircle(dst, x, y, 6*s, 2*s, c, true)
	if pinned {
		vector.DrawFilledCircle(dst, x, y, 2.5*s, c, true)
	}
}

// markLine draws the marks of node n of a line plot: for the hover a
// vertical line through each panel, and rings on the curve of f and on the
// grid derivative's point (filled in for the pin).
func (g *game) markLine(dst *ebiten.Image, n node, c color.RGBA, pinned bool) {
	if !n.ok {
		return
	}
	r, ok := g.scene.Readout(n.i, 0)
	if !ok {
		return
	}
	v := g.scene.Vars[g.scene.XVar]
	s := float32(g.scale)
	ring := func(m *plots.Mapping, y float64) {
		if !pinned {
			px, _ := m.ToPixel(r.Point[v], 0)
			x := float32(px)
			vector.StrokeLine(dst, x, float32(m.Plot.Y0), x, float32(m.Plot.Y1), s, c, true)
		}
		if math.IsNaN(y) || math.IsInf(y, 0) {
			return
		}
		px, py := m.ToPixel(r.Point[v], y)
		x, y32 := float32(px), float32(py)
		vector.StrokeCircle(dst, x, y32, 6*s, 2*s, c, true)
		if pinned {
			vector.DrawFilledCircle(dst, x, y32, 2.5*s, c, true)
		}
	}
	m := g.lay.line
	ring(m, r.F)
	if m.Deriv != nil {
		ring(m.Deriv, r.Grad[v])
	}
}

var performance = js.Global().Get("performance")

// now returns performance.now() in milliseconds.
func now() float64 { return performance.Call("now").Float() }
