package plots

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// The pieces shared by the log-log accuracy plots (StepPlot,
// ConvergencePlot): rendering, log ticks, the error floor, power-law guides
// and a legend that flows in rows above the axes.

// DefaultFloor is the default error floor of the log-log plots: an error
// below it, 0 included, is drawn at the floor, and the axis label says so.
const DefaultFloor = 1e-18

var (
	// DefaultGuideStyle is the style of the power-law guides: grey, dashed.
	DefaultGuideStyle = draw.LineStyle{Color: color.Gray{0x70}, Width: 1, Dashes: []vg.Length{4, 3}}
	guideTextColor    = color.Gray{0x50}
)

const legendSz = vg.Length(9)

// canvasDrawer is a plot that draws itself on a canvas.
type canvasDrawer interface{ drawOn(c draw.Canvas) }

// renderRGBA draws d at w×h CSS pixels and device pixel ratio scale (0
// means 1) on a white image.
func renderRGBA(d canvasDrawer, w, h int, scale float64) *image.RGBA {
	wp, hp, dpi := device(w, h, scale)
	vc, img := newImageCanvas(wp, hp, dpi, nil)
	d.drawOn(draw.New(vc))
	return img
}

// renderPNG is renderRGBA encoded as PNG.
func renderPNG(d canvasDrawer, w, h int, scale float64) ([]byte, error) {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	err := enc.Encode(&buf, renderRGBA(d, w, h, scale))
	return buf.Bytes(), err
}

// renderSVG draws d as SVG of w×h CSS pixels, text as text.
func renderSVG(d canvasDrawer, w, h int) ([]byte, error) {
	return writeSVG(w, h, color.White, false, d.drawOn)
}

// logLogPlot returns empty log-log axes with the figure's fonts, without
// axis labels: drawLogLog writes them.
func logLogPlot() *plot.Plot {
	p := measuredText(plot.New())
	p.BackgroundColor = nil
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Tick.Label.Font = font.From(sans, 9)
		a.Scale = plot.LogScale{}
		a.Tick.Marker = logTicks{}
	}
	p.Add(plotter.NewGrid())
	return p
}

// drawLogLog draws p on c with the axis labels centred on its data area.
// gonum/plot (v0.17) would reserve room for them around the middle of the
// axis's data range, which on a log axis lies near its end, and so shrink
// the plot.
func drawLogLog(c draw.Canvas, p *plot.Plot, xlabel, ylabel string) {
	ts := textStyle(10, draw.XCenter, draw.YBottom)
	lh := ts.Height(xlabel) + 2
	inner := c
	inner.Min.X += lh
	inner.Min.Y += lh
	p.Draw(inner)
	d := p.DataCanvas(inner).Rectangle
	c.FillText(ts, vg.Point{X: (d.Min.X + d.Max.X) / 2, Y: c.Min.Y}, xlabel)
	ts.Rotation, ts.YAlign = math.Pi/2, draw.YTop
	c.FillText(ts, vg.Point{X: c.Min.X, Y: (d.Min.Y + d.Max.Y) / 2}, ylabel)
}

// logTicks marks a log axis: decades labelled ("1e-8", "0.01"), thinned
// to at most 6 labels; on an axis spanning less than two decades, the 1, 2
// and 5 of each decade (or every digit) as well.
type logTicks struct{}

func (t logTicks) Ticks(lo, hi float64) []plot.Tick {
	var in []plot.Tick
	for _, tk := range t.all(lo, hi) {
		if tk.Value >= lo*(1-1e-9) && tk.Value <= hi*(1+1e-9) {
			in = append(in, tk)
		}
	}
	return in
}

// all returns the ticks of the decades around [lo, hi].
func (logTicks) all(lo, hi float64) []plot.Tick {
	if !(lo > 0) || !(hi > lo) {
		return nil
	}
	k0, k1 := int(math.Floor(math.Log10(lo))), int(math.Ceil(math.Log10(hi)))
	in := func(v float64) bool { return v >= lo*(1-1e-9) && v <= hi*(1+1e-9) }
	decades := 0
	for k := k0; k <= k1; k++ {
		if in(math.Pow10(k)) {
			decades++
		}
	}
	var ticks []plot.Tick
	if decades >= 2 {
		step := (decades + 5) / 6
		for k := k0; k <= k1; k++ {
			v := math.Pow10(k)
			switch {
			case k%step == 0:
				ticks = append(ticks, plot.Tick{Value: v, Label: tickLabel(v)})
			case step <= 4:
				ticks = append(ticks, plot.Tick{Value: v})
			}
			for d := 2; step == 1 && d < 10; d++ {
				ticks = append(ticks, plot.Tick{Value: float64(d) * v})
			}
		}
		return ticks
	}
	labelled := map[int]bool{1: true, 2: true, 5: true}
	n := 0
	for k := k0; k <= k1; k++ {
		for _, d := range []int{1, 2, 5} {
			if in(float64(d) * math.Pow10(k)) {
				n++
			}
		}
	}
	if n < 2 {
		labelled = map[int]bool{1: true, 2: true, 3: true, 4: true, 5: true, 6: true, 7: true, 8: true, 9: true}
	}
	for k := k0; k <= k1; k++ {
		for d := 1; d < 10; d++ {
			v := float64(d) * math.Pow10(k)
			t := plot.Tick{Value: v}
			if labelled[d] {
				t.Label = tickLabel(v)
			}
			ticks = append(ticks, t)
		}
	}
	return ticks
}

// tickLabel writes v plainly from 1e-4 to 1e4 ("0.05", "20") and otherwise
// as Python would, without the exponent's sign and zero padding ("1e-16",
// "2e5").
func tickLabel(v float64) string {
	if v >= 1e-4 && v < 1e5 {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return shortE(v, -1)
}

// shortE formats v in e notation with prec digits after the point (-1:
// as few as needed), the exponent as "e-6" or "e5".
func shortE(v float64, prec int) string {
	s := strconv.FormatFloat(v, 'e', prec, 64)
	m, e, _ := strings.Cut(s, "e")
	neg := strings.HasPrefix(e, "-")
	e = strings.TrimLeft(e, "+-0")
	if e == "" {
		return m
	}
	if neg {
		e = "-" + e
	}
	return m + "e" + e
}

// floored returns the errors with every value below floor (0 included)
// raised to floor, NaN and ±Inf kept (runs skips them), and whether any
// was raised.
func floored(errs []float64, floor float64) ([]float64, bool) {
	out := make([]float64, len(errs))
	raised := false
	for i, v := range errs {
		if v < floor {
			v, raised = floor, true
		}
		out[i] = v
	}
	return out, raised
}

// finiteSpan widens [lo, hi] to cover the finite positive values of vs.
func finiteSpan(lo, hi float64, vs ...[]float64) (float64, float64) {
	for _, s := range vs {
		for _, v := range s {
			if v > 0 && !math.IsInf(v, 1) {
				lo, hi = math.Min(lo, v), math.Max(hi, v)
			}
		}
	}
	return lo, hi
}

// logRange returns the axis range [lo/pad, hi·pad], widened upwards to
// span at least three decades.
func logRange(lo, hi, pad float64) (float64, float64) {
	lo, hi = lo/pad, hi*pad
	return lo, math.Max(hi, lo*1e3)
}

// guide is the power law y = c·x**p drawn from x0 to x1 (clipped to the
// axes), with its label beside its middle, above the line; or, with
// labelEnd, near its right end, below the line.
type guide struct {
	c, p, x0, x1 float64
	label        string
	labelEnd     bool
	style        draw.LineStyle
}

// Plot implements plot.Plotter.
func (g guide) Plot(c draw.Canvas, p *plot.Plot) {
	if !(g.c > 0) || math.IsInf(g.c, 0) || !(g.x0 > 0) || !(g.x1 > 0) || g.p == 0 {
		return
	}
	// Clip in data space: the log scale cannot map values <= 0.
	x0, x1 := math.Max(math.Min(g.x0, g.x1), p.X.Min), math.Min(math.Max(g.x0, g.x1), p.X.Max)
	y := func(x float64) float64 { return g.c * math.Pow(x, g.p) }
	xAt := func(yv float64) float64 { return math.Pow(yv/g.c, 1/g.p) }
	if g.p > 0 {
		x0, x1 = math.Max(x0, xAt(p.Y.Min)), math.Min(x1, xAt(p.Y.Max))
	} else {
		x0, x1 = math.Max(x0, xAt(p.Y.Max)), math.Min(x1, xAt(p.Y.Min))
	}
	if !(x1 > x0) {
		return
	}
	trX, trY := transforms(p, &c)
	c.StrokeLines(g.style, []vg.Point{{X: trX(x0), Y: trY(y(x0))}, {X: trX(x1), Y: trY(y(x1))}})
	if g.label == "" {
		return
	}
	ts := textStyle(legendSz, draw.XRight, draw.YBottom)
	ts.Color = guideTextColor
	if g.labelEnd {
		xl := x0 * math.Pow(x1/x0, 0.97)
		ts.YAlign = draw.YTop
		c.FillText(ts, vg.Point{X: trX(xl) - 3, Y: trY(y(xl)) - 3}, g.label)
		return
	}
	xm := math.Sqrt(x0 * x1)
	mid := vg.Point{X: trX(xm), Y: trY(y(xm))}
	at := vg.Point{X: mid.X - 2, Y: mid.Y + 2}
	if g.p < 0 {
		ts.XAlign, at.X = draw.XLeft, mid.X+2
	}
	c.FillText(ts, at, g.label)
}

// legendEntry is one entry of a flowed legend: a line sample, a glyph, both
// or neither, and its text.
type legendEntry struct {
	text  string
	line  *draw.LineStyle
	glyph *draw.GlyphStyle
}

// sampleWidth is the width of e's sample and the space after it.
func (e legendEntry) sampleWidth() vg.Length {
	if e.line == nil && e.glyph == nil {
		return 0
	}
	return legendSample + 4
}

// floorEntry is the legend's note on the error floor.
func floorEntry(floor float64) legendEntry {
	f := shortE(floor, -1)
	return legendEntry{text: "errors below " + f + " drawn at " + f}
}

const (
	legendSample = vg.Length(18) // the width of a line sample
	legendGap    = vg.Length(12) // between entries
)

// legendRows splits the entries into rows that fit in width.
func legendRows(es []legendEntry, width vg.Length) [][]legendEntry {
	ts := textStyle(legendSz, draw.XLeft, draw.YCenter)
	var rows [][]legendEntry
	var row []legendEntry
	used := vg.Length(0)
	for _, e := range es {
		w := e.sampleWidth() + ts.Width(e.text)
		if len(row) > 0 && used+legendGap+w > width {
			rows, row, used = append(rows, row), nil, 0
		}
		if len(row) > 0 {
			used += legendGap
		}
		row, used = append(row, e), used+w
	}
	if len(row) > 0 {
		rows = append(rows, row)
	}
	return rows
}

// legendRowHeight is the height of one legend row.
const legendRowHeight = legendSz + 5

// drawLegend draws the rows from the top left corner at, left-aligned.
func drawLegend(c draw.Canvas, rows [][]legendEntry, at vg.Point) {
	ts := textStyle(legendSz, draw.XLeft, draw.YCenter)
	y := at.Y - legendRowHeight/2
	for _, row := range rows {
		x := at.X
		for _, e := range row {
			mid := vg.Point{X: x + legendSample/2, Y: y}
			if e.line != nil {
				c.StrokeLines(*e.line, []vg.Point{{X: x, Y: y}, {X: x + legendSample, Y: y}})
			}
			if e.glyph != nil {
				c.DrawGlyph(*e.glyph, mid)
			}
			x += e.sampleWidth()
			c.FillText(ts, vg.Point{X: x, Y: y}, e.text)
			x += ts.Width(e.text) + legendGap
		}
		y -= legendRowHeight
	}
}

// axesArea lays out a titled plot on c: the title's anchor (top centre),
// the legend rows and their anchor (top left), and the rectangle left for
// the axes.
func axesArea(c draw.Canvas, title string, es []legendEntry) (titleAt vg.Point, rows [][]legendEntry, legendAt vg.Point, axes draw.Canvas) {
	r := c.Rectangle
	r.Min.X += pad
	r.Min.Y += pad
	r.Max.X -= pad
	r.Max.Y -= pad
	titleAt = vg.Point{X: (r.Min.X + r.Max.X) / 2, Y: r.Max.Y}
	if title != "" {
		r.Max.Y -= titleSz + 5
	}
	rows = legendRows(es, r.Max.X-r.Min.X)
	legendAt = vg.Point{X: r.Min.X, Y: r.Max.Y}
	r.Max.Y -= vg.Length(len(rows))*legendRowHeight + 4
	return titleAt, rows, legendAt, draw.Canvas{Canvas: c.Canvas, Rectangle: r}
}

// plotterPoint is one marked point of points.
type plotterPoint struct {
	x, y  float64
	glyph draw.GlyphStyle
}

// points draws glyphs at data points, each on a white disc a little larger
// so that it stands out from the line under it.
type points []plotterPoint

// Plot implements plot.Plotter.
func (ps points) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := transforms(p, &c)
	for _, pt := range ps {
		if !(pt.x >= p.X.Min && pt.x <= p.X.Max && pt.y >= p.Y.Min && pt.y <= p.Y.Max) {
			continue
		}
		at := vg.Point{X: trX(pt.x), Y: trY(pt.y)}
		halo := draw.GlyphStyle{Color: color.White, Radius: pt.glyph.Radius + 1.2, Shape: draw.CircleGlyph{}}
		c.DrawGlyph(halo, at)
		c.DrawGlyph(pt.glyph, at)
	}
}

// floorOr returns f, or DefaultFloor when f is not positive.
func floorOr(f float64) float64 {
	if f > 0 {
		return f
	}
	return DefaultFloor
}
