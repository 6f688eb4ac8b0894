package plots

import (
	"image"
	"image/color"
	"math"
	"sort"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Rect is a rectangle in pixels, with y growing downwards as in images.
type Rect struct{ X0, Y0, X1, Y1 float64 }

// Mapping converts between image pixels (of the image produced for the
// same w, h and scale) and data coordinates of the plot area.
//
// For a line plot (a function of one variable) Plot is the data area of
// the upper panel, f against x: X maps x and Y maps f. Deriv maps the
// lower panel, the derivative against x, when the figure shows one.
type Mapping struct {
	// Plot is the plot area in pixels.
	Plot Rect
	// XMin, XMax, YMin, YMax is the data range spanned by Plot.
	XMin, XMax, YMin, YMax float64
	// Deriv is the mapping of a line plot's lower panel (x against the
	// derivative); nil for a 2-D figure or a line plot without a derivative.
	Deriv *Mapping
	x, y  []float64
	line  bool    // a line plot: nodes along x only
	slop  float64 // a line plot's margin around the panels for Nearest, in pixels
}

// ToData returns the data coordinates of pixel (px, py).
func (m *Mapping) ToData(px, py float64) (x, y float64) {
	x = m.XMin + (px-m.Plot.X0)/(m.Plot.X1-m.Plot.X0)*(m.XMax-m.XMin)
	y = m.YMin + (m.Plot.Y1-py)/(m.Plot.Y1-m.Plot.Y0)*(m.YMax-m.YMin)
	return x, y
}

// ToPixel returns the pixel of data point (x, y).
func (m *Mapping) ToPixel(x, y float64) (px, py float64) {
	px = m.Plot.X0 + (x-m.XMin)/(m.XMax-m.XMin)*(m.Plot.X1-m.Plot.X0)
	py = m.Plot.Y1 - (y-m.YMin)/(m.YMax-m.YMin)*(m.Plot.Y1-m.Plot.Y0)
	return px, py
}

// Nearest returns the indices of the grid node nearest to pixel (px, py)
// along the horizontal and vertical variables; ok is false outside the plot
// area.
//
// For a line plot the nodes lie along x only and j is 0: the pixel may be
// anywhere in the column of the panels, from the top of Plot to the bottom
// of Deriv.Plot (the gap between the panels included), or up to 5 points
// outside it (the end nodes lie on the panels' edges), and its x is read
// on the panel it is closer to.
func (m *Mapping) Nearest(px, py float64) (i, j int, ok bool) {
	if m.line {
		p, bottom := m, m.Plot.Y1
		if d := m.Deriv; d != nil {
			bottom = d.Plot.Y1
			if py > (m.Plot.Y1+d.Plot.Y0)/2 {
				p = d
			}
		}
		e := m.slop
		if px < p.Plot.X0-e || px > p.Plot.X1+e || py < m.Plot.Y0-e || py > bottom+e {
			return 0, 0, false
		}
		x, _ := p.ToData(px, py)
		return nearest(m.x, x), 0, true
	}
	if px < m.Plot.X0 || px > m.Plot.X1 || py < m.Plot.Y0 || py > m.Plot.Y1 {
		return 0, 0, false
	}
	x, y := m.ToData(px, py)
	return nearest(m.x, x), nearest(m.y, y), true
}

// nearest returns the index of the value in increasing c closest to v.
func nearest(c []float64, v float64) int {
	k := sort.SearchFloat64s(c, v)
	switch {
	case k == 0:
		return 0
	case k == len(c):
		return len(c) - 1
	case v-c[k-1] <= c[k]-v:
		return k - 1
	}
	return k
}

// Arrows is quiver geometry in pixels, flat for transfer to JavaScript.
//
// The geometry is not clipped: arrows of nodes near the border of the plot
// area may reach beyond it, over the axes. The consumer must clip them to
// the plot area (Split.Map.Plot), as RGBA, PNG and SVG do, for example with
// a scissor rectangle or a canvas clip path.
type Arrows struct {
	// Shafts holds x0, y0, x1, y1 per arrow: tail to the base of the head.
	Shafts []float32
	// Heads holds the head triangles: tip, left and right corners (6 per arrow).
	Heads []float32
	// Colors holds R, G, B, A per arrow (not premultiplied).
	Colors []uint8
	// Width is the shaft width in pixels.
	Width float32
	// HaloShafts, HaloHeads and HaloColors are, in the same form, the
	// outlines drawn under the arrows that have one (see Options.Halo),
	// in order, with HaloWidth their shafts' width; nil for none.
	HaloShafts, HaloHeads []float32
	HaloColors            []uint8
	HaloWidth             float32
}

// Split is the figure split for interactive use (SplitArrows): a static
// layer with the arrows to draw over it, clipped to Map.Plot (see Arrows);
// or only the fast layers (Fast): the heatmap as an image of one pixel per
// node, to be stretched over the cells, and the arrows.
type Split struct {
	// Static holds the heatmap, axes, ticks, labels, colour bars,
	// contours, edge overlay, title and key, opaque. It is nil from Fast.
	Static *image.RGBA
	// Heat has one pixel per grid node (nx×ny); row 0 is the largest y.
	// It is nil when the heatmap is switched off, and from SplitArrows.
	Heat *image.RGBA
	// CellX holds the nx+1 column boundaries of Heat in pixels, left to
	// right; CellY the ny+1 row boundaries, top to bottom. Column i of Heat
	// covers CellX[i]..CellX[i+1].
	CellX, CellY []float64
	// Uniform reports whether the cells are evenly spaced, so that Heat may
	// simply be stretched over Map.Plot with nearest-neighbour sampling.
	Uniform bool
	// Arrows is the quiver, empty when there is none. It is not clipped:
	// draw it clipped to Map.Plot (Arrows.MeshIn clips its mesh).
	Arrows Arrows
	// Map converts between pixels and data.
	Map Mapping
}

// Fast returns the fast layers of the figure at w×h CSS pixels and device
// pixel ratio scale, without rendering the static layer. For a field of one
// variable it returns nil.
func (fg *Figure) Fast(w, h int, scale float64) *Split {
	if fg.line != nil {
		return nil
	}
	wp, hp, dpi := device(w, h, scale)
	ppp := float64(dpi) / 72
	c := draw.Canvas{Rectangle: vg.Rectangle{Max: vg.Point{X: vg.Length(float64(wp) / ppp), Y: vg.Length(float64(hp) / ppp)}}}
	l := fg.layout(c)
	return fg.fast(l, ppp, float64(hp), true)
}

// cellPixels returns the cell boundaries in pixels for layout l, ppp pixels
// per point and an image hp pixels high: x left to right, y top to bottom.
func (fg *Figure) cellPixels(l *layout, ppp, hp float64) (cx, cy []float64) {
	trX, trY := l.transforms()
	cx = make([]float64, len(fg.xe))
	for k, e := range fg.xe {
		cx[k] = float64(trX(e)) * ppp
	}
	cy = make([]float64, len(fg.ye))
	for k := range fg.ye {
		cy[k] = hp - float64(trY(fg.ye[len(fg.ye)-1-k]))*ppp
	}
	return cx, cy
}

// fast computes the fast layers for layout l, the heat image if heat.
func (fg *Figure) fast(l *layout, ppp, hp float64, heat bool) *Split {
	px := pixels{ppp: ppp, hp: hp}
	s := &Split{Uniform: isUniform(fg.xe) && isUniform(fg.ye)}
	trX, trY := l.transforms()
	s.CellX, s.CellY = fg.cellPixels(l, ppp, hp)
	s.Map = Mapping{Plot: Rect{s.CellX[0], s.CellY[0], s.CellX[len(s.CellX)-1], s.CellY[len(s.CellY)-1]},
		XMin: fg.xe[0], XMax: fg.xe[len(fg.xe)-1], YMin: fg.ye[0], YMax: fg.ye[len(fg.ye)-1],
		x: fg.sl.x, y: fg.sl.y}
	if heat && fg.heatShown() {
		s.Heat = (&Heatmap{XEdges: fg.xe, YEdges: fg.ye, Values: fg.heat, Map: fg.hmap.in(l.th)}).cellImage()
	}
	if fg.quiver != nil && !fg.opt.Layers.NoArrows {
		q := fg.quiver.in(l.th, &fg.opt)
		buf := q.pooledArrows(trX, trY)
		as := *buf
		a := Arrows{Width: float32(float64(q.Width) * ppp)}
		a.Shafts, a.Heads, a.Colors = flatArrows(as, px, false)
		a.HaloShafts, a.HaloHeads, a.HaloColors = flatArrows(as, px, true)
		if a.HaloColors != nil {
			a.HaloWidth = float32(float64(q.Width+2*haloWidth) * ppp)
		}
		putArrows(buf)
		s.Arrows = a
	}
	return s
}

// flatArrows returns the shafts, heads and colours (see Arrows) of the
// arrows as, or of their halos if halos (arrows without one are skipped),
// in px's pixels. All three are nil when there are none. (Points are
// mapped inline, not through a function per point: in WebAssembly calls
// are dear, and a fast render flattens every arrow twice.)
func flatArrows(as []arrow, px pixels, halos bool) (shafts, heads []float32, colors []uint8) {
	for i := range as {
		ar, col := &as[i], as[i].Color
		if halos {
			if as[i].Halo == nil {
				continue
			}
			h := as[i].halo(haloWidth)
			ar, col = &h, as[i].Halo
		}
		if col == nil {
			continue
		}
		if colors == nil { // room for this arrow and all after it
			left := len(as) - i
			shafts, heads, colors = make([]float32, 0, 4*left), make([]float32, 0, 6*left), make([]uint8, 0, 4*left)
		}
		shafts = appendPx(appendPx(shafts, px, ar.Tail), px, ar.Base)
		heads = appendPx(appendPx(appendPx(heads, px, ar.Tip), px, ar.Left), px, ar.Right)
		colors = appendStraight(colors, col)
	}
	return shafts, heads, colors
}

// appendPx appends the pixel coordinates of p in px to dst.
func appendPx(dst []float32, px pixels, p vg.Point) []float32 {
	x, y := px.at(p)
	return append(dst, float32(x), float32(y))
}

// appendStraight appends col's straight (not premultiplied) 8-bit red,
// green, blue and alpha to dst.
func appendStraight(dst []uint8, col color.Color) []uint8 {
	if c, ok := col.(color.RGBA); ok && c.A == 0xff { // the common case, as below
		return append(dst, c.R, c.G, c.B, 0xff)
	}
	r, g, b, al := col.RGBA()
	if al != 0 {
		r, g, b = r*0xffff/al, g*0xffff/al, b*0xffff/al
	}
	return append(dst, uint8(r>>8), uint8(g>>8), uint8(b>>8), uint8(al>>8))
}

// SplitArrows returns the figure split for a GPU that draws the arrows
// only: Static is the whole figure but its arrows, opaque, with the
// heatmap painted into its plot area under the static layers (as RGBA
// paints it), and Heat is nil. A frame is then one image and the arrows:
// in software WebGL every full-screen layer drawn costs its tens of
// milliseconds. For a field of one variable it returns nil.
func (fg *Figure) SplitArrows(w, h int, scale float64) *Split {
	if fg.line != nil {
		return nil
	}
	wp, hp, dpi := device(w, h, scale)
	ppp := float64(dpi) / 72
	vc, img := newImageCanvas(wp, hp, dpi, fg.theme().Background)
	c := draw.New(vc)
	l := fg.layout(c)
	s := fg.fast(l, ppp, float64(hp), false)
	fg.draw2D(c, l, staticPart|heatPart, ppp, img)
	s.Static = img
	return s
}

// Mapping returns the pixel ↔ data mapping of the figure rendered at w×h
// CSS pixels and device pixel ratio scale (by RGBA, SplitArrows or Fast). For a
// line plot it maps the upper panel, with the lower one as Deriv (see
// Mapping). Every figure has a mapping, so ok is always true (it was false
// for line plots before they had one).
func (fg *Figure) Mapping(w, h int, scale float64) (m Mapping, ok bool) {
	if fg.line != nil {
		return fg.lineMapping(w, h, scale), true
	}
	s := fg.Fast(w, h, scale)
	if s == nil {
		return Mapping{}, false
	}
	return s.Map, true
}

// Node describes one grid node of the slice, for hover read-outs.
type Node struct {
	I, J       int     // indices along the horizontal and vertical variables
	X, Y       float64 // coordinates
	F          float64 // value of f
	GX, GY     float64 // numeric in-plane gradient (NaN if unknown)
	EX, EY     float64 // exact in-plane gradient (NaN if unknown)
	OneSidedX  bool    // GX used a one-sided (edge) formula
	OneSidedY  bool    // GY used a one-sided (edge) formula
	XVar, YVar string  // names of the horizontal and vertical variables
}

// Node returns the node (i, j) of the slice; ok is false if it is out of
// range or the figure is a line plot.
func (fg *Figure) Node(i, j int) (n Node, ok bool) {
	sl := fg.sl
	if sl == nil || i < 0 || j < 0 || i >= sl.nx || j >= sl.ny {
		return n, false
	}
	k := i*sl.ny + j
	at := func(v []float64) float64 {
		if v == nil {
			return math.NaN()
		}
		return v[k]
	}
	return Node{I: i, J: j, X: sl.x[i], Y: sl.y[j], F: sl.f[k],
		GX: at(sl.gx), GY: at(sl.gy), EX: at(sl.ex), EY: at(sl.ey),
		OneSidedX: i == 0 || i == sl.nx-1, OneSidedY: j == 0 || j == sl.ny-1,
		XVar: sl.xName, YVar: sl.yName}, true
}
