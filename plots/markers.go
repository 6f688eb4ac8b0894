package plots

import (
	"image/color"
	"math"

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
}

// Default marker style.
var (
	DefaultMarkerColor = color.RGBA{0x10, 0x10, 0x10, 0xff}
	DefaultMarkerHalo  = color.NRGBA{0xff, 0xff, 0xff, 0xb0}
)

// newMarkers returns the markers of q's W in the default style.
func newMarkers(q *Quiver) *Markers {
	return &Markers{Quiver: q, Color: DefaultMarkerColor, Halo: DefaultMarkerHalo,
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
	trX, trY := plt.Transforms(&c)
	m.draw(c, m.markers(trX, trY))
}

// DataRange implements plot.DataRanger.
func (m *Markers) DataRange() (xmin, xmax, ymin, ymax float64) { return m.Quiver.DataRange() }

// draw strokes the symbols: all circles and crosses as one path (over
// their halo), then fills the dots.
func (m *Markers) draw(c draw.Canvas, ms []marker) {
	if len(ms) == 0 {
		return
	}
	var lines, dots vg.Path
	for _, mk := range ms {
		r := mk.d / 2
		lines.Move(vg.Point{X: mk.at.X + r, Y: mk.at.Y})
		lines.Arc(mk.at, r, 0, 2*math.Pi)
		lines.Close()
		if mk.out {
			dr := max(r*0.28, m.Width)
			dots.Move(vg.Point{X: mk.at.X + dr, Y: mk.at.Y})
			dots.Arc(mk.at, dr, 0, 2*math.Pi)
			dots.Close()
			continue
		}
		e := r * vg.Length(math.Sqrt2/2)
		lines.Move(vg.Point{X: mk.at.X - e, Y: mk.at.Y - e})
		lines.Line(vg.Point{X: mk.at.X + e, Y: mk.at.Y + e})
		lines.Move(vg.Point{X: mk.at.X - e, Y: mk.at.Y + e})
		lines.Line(vg.Point{X: mk.at.X + e, Y: mk.at.Y - e})
	}
	if m.Halo != nil {
		c.SetLineStyle(draw.LineStyle{Color: m.Halo, Width: 2.2 * m.Width})
		c.Stroke(lines)
		c.SetColor(m.Halo)
		c.Fill(dots) // widened by the stroke below
		c.Stroke(dots)
	}
	c.SetLineStyle(draw.LineStyle{Color: m.Color, Width: m.Width})
	c.Stroke(lines)
	c.SetColor(m.Color)
	c.Fill(dots)
}
