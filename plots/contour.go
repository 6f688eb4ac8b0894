package plots

import (
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Contours draws the contour lines of a function sampled on a rectilinear
// grid. Unlike plotter.Contour, the lines are traced once, by NewContours,
// and kept in data coordinates: drawing at any size only maps their
// vertices and strokes all of them as one path.
type Contours struct {
	// XY holds the vertices of all lines, x and y interleaved.
	XY []float64
	// Lines are the polylines, in order of level.
	Lines []ContourLine
	// LineStyle is the style of every line.
	LineStyle draw.LineStyle

	xmin, xmax, ymin, ymax float64
}

// ContourLine is one contour polyline of a Contours: its vertices are
// XY[2*Start : 2*End]. A closed line returns to its first vertex, which is
// not repeated.
type ContourLine struct {
	Level      float64
	Start, End int
	Closed     bool
}

// NewContours traces the contour lines of z at the given levels, with the
// default line style. The value of node (i, j), at coordinates (x[i], y[j]),
// is z[i*len(y)+j]; x and y increase. Cells with a non-finite corner have
// no lines, so lines stop at the edge of holes. Non-finite levels are
// skipped.
func NewContours(x, y, z, levels []float64) *Contours {
	c := &Contours{LineStyle: draw.LineStyle{Color: contourColor, Width: 0.6}}
	if len(x) == 0 || len(y) == 0 {
		return c
	}
	c.xmin, c.xmax, c.ymin, c.ymax = x[0], x[len(x)-1], y[0], y[len(y)-1]
	if len(x) < 2 || len(y) < 2 {
		return c
	}
	m := newMarcher(x, y, z, c)
	defer m.release()
	for _, lev := range levels {
		if math.IsNaN(lev) || math.IsInf(lev, 0) {
			continue
		}
		m.level = lev
		m.classify()
		m.trace()
	}
	return c
}

// Plot implements plot.Plotter.
func (c *Contours) Plot(cv draw.Canvas, plt *plot.Plot) {
	if len(c.Lines) == 0 || c.LineStyle.Width <= 0 {
		return
	}
	trX, trY := transforms(plt, &cv)
	path := make(vg.Path, 0, len(c.XY)/2+len(c.Lines))
	for _, l := range c.Lines {
		for k := l.Start; k < l.End; k++ {
			p := vg.Point{X: trX(c.XY[2*k]), Y: trY(c.XY[2*k+1])}
			if k == l.Start {
				path.Move(p)
			} else {
				path.Line(p)
			}
		}
		if l.Closed {
			path.Close()
		}
	}
	cv.SetLineStyle(c.LineStyle)
	cv.Stroke(path)
}

// DataRange implements plot.DataRanger: the extent of the grid.
func (c *Contours) DataRange() (xmin, xmax, ymin, ymax float64) {
	return c.xmin, c.xmax, c.ymin, c.ymax
}
