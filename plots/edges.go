package plots

import (
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Edges marks the cells where numpy.gradient used one-sided (edge)
// differences: the first and last column (for the horizontal component) and
// the first and last row (for the vertical one). They are veiled and
// bounded by a dashed line.
type Edges struct {
	// XEdges and YEdges are the cell boundaries of the grid.
	XEdges, YEdges []float64
	// Veil is the fill colour of edge cells.
	Veil color.Color
	// Line is the style of their inner boundary.
	Line draw.LineStyle

	// raster, when it has an image, is the raster under the canvas: the
	// veil and the line are painted into it.
	raster pixels
}

// newEdges returns an edge overlay in the style of theme th (resolved).
func newEdges(xe, ye []float64, th Theme) *Edges {
	return &Edges{XEdges: xe, YEdges: ye, Veil: th.Veil,
		Line: draw.LineStyle{Color: th.VeilLine, Width: 0.6, Dashes: []vg.Length{2, 2}},
	}
}

// Plot implements plot.Plotter.
func (e *Edges) Plot(c draw.Canvas, plt *plot.Plot) {
	trX, trY := transforms(plt, &c)
	nx, ny := len(e.XEdges)-1, len(e.YEdges)-1
	x0, x1 := trX(e.XEdges[0]), trX(e.XEdges[nx])
	y0, y1 := trY(e.YEdges[0]), trY(e.YEdges[ny])
	xa, xb := trX(e.XEdges[1]), trX(e.XEdges[nx-1])
	ya, yb := trY(e.YEdges[1]), trY(e.YEdges[ny-1])
	if nx < 2 {
		xa, xb = x1, x0
	}
	if ny < 2 {
		ya, yb = y1, y0
	}
	if e.raster.img != nil {
		e.paint(e.raster, vg.Rectangle{Min: vg.Point{X: x0, Y: y0}, Max: vg.Point{X: x1, Y: y1}},
			vg.Rectangle{Min: vg.Point{X: xa, Y: ya}, Max: vg.Point{X: xb, Y: yb}})
		return
	}
	// The ring between the outer rectangle and the inner one, in four pieces.
	var veil vg.Path
	for _, r := range []vg.Rectangle{
		{Min: vg.Point{X: x0, Y: y0}, Max: vg.Point{X: xa, Y: y1}},
		{Min: vg.Point{X: xb, Y: y0}, Max: vg.Point{X: x1, Y: y1}},
		{Min: vg.Point{X: xa, Y: y0}, Max: vg.Point{X: xb, Y: ya}},
		{Min: vg.Point{X: xa, Y: yb}, Max: vg.Point{X: xb, Y: y1}},
	} {
		if r.Max.X > r.Min.X && r.Max.Y > r.Min.Y {
			veil = append(veil, r.Path()...)
		}
	}
	c.SetColor(e.Veil)
	c.Fill(veil)
	if xb > xa && yb > ya {
		c.SetLineStyle(e.Line)
		c.Stroke(vg.Rectangle{Min: vg.Point{X: xa, Y: ya}, Max: vg.Point{X: xb, Y: yb}}.Path())
	}
}

// DataRange implements plot.DataRanger.
func (e *Edges) DataRange() (xmin, xmax, ymin, ymax float64) {
	return e.XEdges[0], e.XEdges[len(e.XEdges)-1], e.YEdges[0], e.YEdges[len(e.YEdges)-1]
}
