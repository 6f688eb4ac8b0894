package plots

import (
	"fmt"
	"image"
	"math"

	"gonum.org/v1/plot/vg/draw"
)

// Convergence is the data of a ConvergencePlot: the largest error of
// numpy.gradient on grids refined level by level (gradplay's
// core/field.Study).
type Convergence struct {
	// H holds the largest spacing of each level's grid, over all axes.
	H []float64
	// Interior and Edge are each level's largest error at the nodes on no
	// edge (central differences) and on an edge (one-sided ones); NaN
	// where there are none.
	Interior, Edge []float64
	// Order is the observed order of accuracy from the last two levels.
	Order struct{ Interior, Edge float64 }
}

// ConvergencePlot is the grid refinement plot: a log-log plot of the
// largest interior and edge errors against h, with guides of slopes h and
// h² and the observed orders in the legend ("interior: order 2.00").
// Errors below Floor (0 included) are drawn at Floor, as the legend says
// when it happens. Create it with NewConvergencePlot, change the style
// fields at will, then draw it at any size.
type ConvergencePlot struct {
	Data *Convergence
	// Title is written above the plot; NewConvergencePlot sets
	// "numpy.gradient: largest error against the spacing h". Empty means
	// none.
	Title string
	// Floor is the smallest error drawn (default DefaultFloor).
	Floor float64

	// The curves' line and point styles.
	Interior, Edge           draw.LineStyle
	InteriorGlyph, EdgeGlyph draw.GlyphStyle
	// Guide is the style of the slope guides (default DefaultGuideStyle).
	Guide draw.LineStyle
}

// NewConvergencePlot returns the plot of d with the default style: the
// interior in the line plot's blue with dots, the edges in its red with
// triangles, as the figure marks one-sided differences.
func NewConvergencePlot(d *Convergence) *ConvergencePlot {
	return &ConvergencePlot{
		Data:          d,
		Title:         "numpy.gradient: largest error against the spacing h",
		Floor:         DefaultFloor,
		Interior:      draw.LineStyle{Color: pointColor, Width: 1.5},
		Edge:          draw.LineStyle{Color: edgeColor, Width: 1.5},
		InteriorGlyph: draw.GlyphStyle{Color: pointColor, Radius: 3, Shape: draw.CircleGlyph{}},
		EdgeGlyph:     draw.GlyphStyle{Color: edgeColor, Radius: 3.6, Shape: draw.TriangleGlyph{}},
		Guide:         DefaultGuideStyle,
	}
}

// RGBA renders the plot at w×h CSS pixels and device pixel ratio scale (0
// means 1), as Figure.RGBA.
func (cp *ConvergencePlot) RGBA(w, h int, scale float64) *image.RGBA {
	return renderRGBA(cp, w, h, scale)
}

// PNG renders the plot as RGBA does and encodes it as PNG.
func (cp *ConvergencePlot) PNG(w, h int, scale float64) ([]byte, error) {
	return renderPNG(cp, w, h, scale)
}

// SVG renders the plot as SVG of w×h CSS pixels, text as text.
func (cp *ConvergencePlot) SVG(w, h int) ([]byte, error) { return renderSVG(cp, w, h) }

// orderText writes an observed order with two decimals ("order 2.00"),
// "exact" when the finest level's error is below the floor, or "order
// n/a" when there is no order (one level, or a NaN error).
func orderText(o float64, exact bool) string {
	switch {
	case exact:
		return "exact"
	case !isFinite(o):
		return "order n/a"
	}
	return fmt.Sprintf("order %.2f", o)
}

func (cp *ConvergencePlot) drawOn(c draw.Canvas) {
	d, floor := cp.Data, floorOr(cp.Floor)
	p := logLogPlot()
	var es []legendEntry
	var all [][]float64
	var marks []plotterPoint
	raised := false
	type curve struct {
		name  string
		errs  []float64
		order float64
		line  *draw.LineStyle
		glyph draw.GlyphStyle
	}
	curves := []curve{
		{"interior", d.Interior, d.Order.Interior, &cp.Interior, cp.InteriorGlyph},
		{"edge", d.Edge, d.Order.Edge, &cp.Edge, cp.EdgeGlyph},
	}
	last := make([]int, len(curves)) // 1 + the finest level with a finite error, or 0
	for i := range curves {
		cv := &curves[i]
		if len(cv.errs) != len(d.H) {
			cv.errs = nil
			continue
		}
		var r bool
		cv.errs, r = floored(cv.errs, floor)
		raised = raised || r
		all = append(all, cv.errs)
		addLine(p, d.H, cv.errs, *cv.line, "")
		for k, e := range cv.errs {
			if isFinite(e) {
				marks = append(marks, plotterPoint{x: d.H[k], y: e, glyph: cv.glyph})
				last[i] = k + 1
			}
		}
		if last[i] > 0 {
			exact := cv.errs[last[i]-1] <= floor
			es = append(es, legendEntry{text: cv.name + ": " + orderText(cv.order, exact), line: cv.line, glyph: &cv.glyph})
		}
	}
	lo, hi := finiteSpan(math.Inf(1), math.Inf(-1), d.H)
	if !(hi >= lo) {
		lo, hi = 0.1, 1
	}
	p.X.Min, p.X.Max = lo/1.6, hi*1.6
	lo, hi = finiteSpan(math.Inf(1), math.Inf(-1), all...)
	if !(hi >= lo) {
		lo, hi = floor, 1
	}
	p.Y.Min, p.Y.Max = logRange(lo, hi, 4)
	// The guides pass a little below the finest point of the curve they
	// belong to: h² the interior's (central differences), h the edge's
	// (one-sided ones, numpy's default edge_order=1); the other curve's
	// when their own has no points at all (a grid of 2 points has no
	// interior), none when it is exact.
	anchor := func(prefer, other int) (h, e float64, ok bool) {
		i := prefer
		if last[i] == 0 {
			i = other
		}
		if k := last[i]; k > 0 && curves[i].errs[k-1] > floor {
			return d.H[k-1], curves[i].errs[k-1], true
		}
		return 0, 0, false
	}
	added := false
	for _, g := range []struct {
		p             float64
		prefer, other int
		label         string
	}{{2, 0, 1, "h²"}, {1, 1, 0, "h"}} {
		if h, e, ok := anchor(g.prefer, g.other); ok {
			p.Add(guide{c: e / convGuideDrop / math.Pow(h, g.p), p: g.p, x0: p.X.Min, x1: p.X.Max, label: g.label, labelEnd: true, style: cp.Guide})
			added = true
		}
	}
	if added {
		es = append(es, legendEntry{text: "slopes", line: &cp.Guide})
	}
	if raised {
		es = append(es, floorEntry(floor))
	}
	p.Add(points(marks))
	titleAt, rows, legendAt, axes := axesArea(c, cp.Title, es)
	if cp.Title != "" {
		c.FillText(textStyle(titleSz, draw.XCenter, draw.YTop), titleAt, cp.Title)
	}
	drawLegend(c, rows, legendAt)
	drawLogLog(axes, p, "h (largest spacing)", "largest |error|")
}

// convGuideDrop is the factor by which the convergence plot's guides pass
// below the points they are anchored at.
const convGuideDrop = 2.5
