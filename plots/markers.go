package plots

import (
	"image/color"
	"math"
	"slices"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Markers draws the out-of-plane gradient component of a quiver (its W) at
// the arrows' nodes in the physicists' convention: ⊙, a circle with a dot,
// for a positive component (out of the page, towards the reader), ⊗, a
// circle with a cross, for a negative one (into the page). The symbols are
// vector shapes, not glyphs (Liberation Sans has neither).
//
// A marker's diameter is the length the quiver gives an arrow of the same
// magnitude (Quiver.DataLength, along the axis with fewer points per data
// unit), so that an out-of-plane component as large as an in-plane one
// looks as large; Fit mode fits the largest marker to an arrow cell, as it
// does the longest arrow. The diameter is at least MinDiameter and at most
// MaxCell of the arrow cell; a component that would be drawn smaller than
// Hide (a zero, numerically) has no marker. In Normalized mode, where
// arrows have one length, markers have one size (half the arrow length)
// and show the sign only.
type Markers struct {
	Quiver *Quiver
	// Color is the colour of the symbols; Halo, drawn under them twice as
	// wide, keeps them readable over dark and light cells alike (nil for
	// none).
	Color, Halo color.Color
	// Width is the line width of the circles and crosses.
	Width vg.Length
	// MinDiameter, Hide and MaxCell bound the sizes, as above.
	MinDiameter, Hide vg.Length
	MaxCell           float64

	// raster, when it has an image, is the raster under the canvas: the
	// symbols are painted straight into it (paintMarkers) rather than
	// filled as paths.
	raster pixels
}

// Default marker style (Light's).
var (
	DefaultMarkerColor = Light.Marker
	DefaultMarkerHalo  = Light.MarkerHalo
)

// newMarkers returns the markers of q's W in the style of theme th
// (resolved).
func newMarkers(q *Quiver, th Theme) *Markers {
	return &Markers{Quiver: q, Color: th.Marker, Halo: th.MarkerHalo,
		Width: 0.9, MinDiameter: 5.5, Hide: 0.75, MaxCell: 0.95}
}

// marker is one symbol: centre, diameter and sign (out of the page if
// positive).
type marker struct {
	at  vg.Point
	d   vg.Length
	out bool
}

// markers returns the symbols to draw for the axes transforms trX, trY.
func (m *Markers) markers(trX, trY func(float64) vg.Length) []marker {
	q := m.Quiver
	if q.W == nil {
		return nil
	}
	ny := len(q.Y)
	// Points per data unit along each axis, and the arrow cell in points.
	kx := math.Abs(float64(trX(q.X[0]+1) - trX(q.X[0])))
	ky := math.Abs(float64(trY(q.Y[0]+1) - trY(q.Y[0])))
	cell := math.Min(q.cell(q.X, q.EveryX)*kx, q.cell(q.Y, q.EveryY)*ky)
	k := math.Min(kx, ky)
	var out []marker
	q.each(func(i, j int) {
		w := q.W[i*ny+j]
		if w == 0 || math.IsNaN(w) || math.IsInf(w, 0) {
			return
		}
		var d float64
		if q.Mode == Normalized {
			d = 0.85 * cell / 2
		} else {
			d = q.DataLength(math.Abs(w)) * k
		}
		if d < float64(m.Hide) {
			return
		}
		d = math.Min(math.Max(d, float64(m.MinDiameter)), m.MaxCell*cell)
		out = append(out, marker{vg.Point{X: trX(q.X[i]), Y: trY(q.Y[j])}, vg.Length(d), w > 0})
	})
	return out
}

// Plot implements plot.Plotter.
func (m *Markers) Plot(c draw.Canvas, plt *plot.Plot) {
	trX, trY := transforms(plt, &c)
	if m.raster.img != nil {
		m.paintMarkers(m.raster, m.markers(trX, trY))
		return
	}
	m.draw(c, m.markers(trX, trY))
}

// DataRange implements plot.DataRanger.
func (m *Markers) DataRange() (xmin, xmax, ymin, ymax float64) { return m.Quiver.DataRange() }

// markerBatch is how many symbols one fill holds: the rasterizer's cells
// and the path grow with a fill, so a field of symbols filled as one path
// cost megabytes per render; batches reuse one path and the same cells.
const markerBatch = 48

// draw fills the symbols: their halos, then the symbols, in batches of
// paths of polygons (an annulus per circle, a rectangle per bar of a cross,
// a polygon per dot), which the rasterizer fills much faster than it
// strokes arcs. Like drawArrows it adds them right to left.
func (m *Markers) draw(c draw.Canvas, ms []marker) {
	if len(ms) == 0 {
		return
	}
	var p vg.Path
	fill := func(col color.Color, w vg.Length) {
		c.SetColor(col)
		for hi := len(ms); hi > 0; hi -= markerBatch {
			p = m.path(p[:0], ms[max(0, hi-markerBatch):hi], w)
			c.Fill(p)
		}
	}
	if m.Halo != nil {
		fill(m.Halo, 2.2*m.Width)
	}
	fill(m.Color, m.Width)
}

// path appends the symbols' outlines, drawn with lines of width w, to p.
func (m *Markers) path(p vg.Path, ms []marker, w vg.Length) vg.Path {
	segments := func(r vg.Length) int { return max(12, min(48, int(r))) } // of a circle
	size := 0
	for _, mk := range ms {
		size += 3*segments(mk.d/2) + 12
	}
	p = slices.Grow(p, size)
	for k := len(ms) - 1; k >= 0; k-- {
		mk := ms[k]
		r := mk.d / 2
		n := segments(r)
		circle(&p, mk.at, r+w/2, n, false)
		circle(&p, mk.at, max(r-w/2, 0), n, true)
		if mk.out {
			dr := max(r*0.28, m.Width) + (w-m.Width)/2
			circle(&p, mk.at, dr, max(8, n/2), false)
			continue
		}
		e := (r - w/4) * vg.Length(math.Sqrt2/2)
		bar(&p, vg.Point{X: mk.at.X - e, Y: mk.at.Y - e}, vg.Point{X: mk.at.X + e, Y: mk.at.Y + e}, w)
		bar(&p, vg.Point{X: mk.at.X + e, Y: mk.at.Y - e}, vg.Point{X: mk.at.X - e, Y: mk.at.Y + e}, w)
	}
	return p
}

// circle adds a regular n-gon of radius r about at, anticlockwise (for the
// non-zero rule) or, if cw, clockwise, which cuts it out of an enclosing
// anticlockwise one.
func circle(p *vg.Path, at vg.Point, r vg.Length, n int, cw bool) {
	if r <= 0 {
		return
	}
	for i := range n {
		t := 2 * math.Pi * float64(i) / float64(n)
		if cw {
			t = -t
		}
		s, c := math.Sincos(t)
		q := vg.Point{X: at.X + r*vg.Length(c), Y: at.Y + r*vg.Length(s)}
		if i == 0 {
			p.Move(q)
		} else {
			p.Line(q)
		}
	}
	p.Close()
}

// bar adds the rectangle of width w along a to b, anticlockwise.
func bar(p *vg.Path, a, b vg.Point, w vg.Length) {
	d := b.Sub(a)
	l := vg.Length(math.Hypot(float64(d.X), float64(d.Y)))
	if l == 0 {
		return
	}
	n := vg.Point{X: -d.Y / l * w / 2, Y: d.X / l * w / 2}
	p.Move(a.Sub(n))
	p.Line(b.Sub(n))
	p.Line(b.Add(n))
	p.Line(a.Add(n))
	p.Close()
}
