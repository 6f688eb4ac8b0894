package plots

import (
	"image"
	"image/color"
	"math"
	"slices"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// StepSweep is the data of a StepPlot: the absolute error of the finite
// differences of one partial derivative at one point against the step h
// (gradplay's core/field.Sweep, with the default steps at the point).
type StepSweep struct {
	Var string    // the variable, for the labels
	H   []float64 // the steps, ascending, all > 0
	// The absolute errors at each step of H: forward difference
	// (scipy.optimize.approx_fprime's), central difference, Richardson
	// extrapolation and complex step. NaN and ±Inf are gaps; nil slices
	// are not drawn.
	Forward, Central, Richardson, Complex []float64
	// Best holds the step of each curve's optimum (0: none), marked on
	// the curve.
	Best struct{ Forward, Central, Richardson float64 }
	// Defaults are the default steps at the point (0: not marked), drawn
	// as dotted vertical lines: approx_fprime's 2**-26 for Forward,
	// cbrt(2**-52)·max(1, |x|) for Central.
	Defaults struct{ Forward, Central float64 }
}

// The default colours of the accuracy plots' curves (Tableau 10).
var (
	forwardColor    = color.RGBA{0xff, 0x7f, 0x0e, 0xff}
	centralColor    = color.RGBA{0x1f, 0x77, 0xb4, 0xff}
	richardsonColor = color.RGBA{0x2c, 0xa0, 0x2c, 0xff}
	complexColor    = color.RGBA{0x94, 0x67, 0xbd, 0xff}
)

// StepPlot is the step-size "V curve": a log-log plot of |error| against
// h, with guides for the truncation slopes h (forward) and h² (central)
// and the rounding slope 1/h, the default steps as dotted verticals, and
// each curve's optimum as a marker. Errors below Floor (0 included) are
// drawn at Floor, as the y axis's label says when it happens. Create it
// with NewStepPlot, change the style fields at will, then draw it at any
// size.
type StepPlot struct {
	Sweep *StepSweep
	// Title is written above the plot; NewStepPlot sets
	// "|error| of ∂f/∂x against the step h". Empty means none.
	Title string
	// Floor is the smallest error drawn (default DefaultFloor).
	Floor float64

	// The curves' styles. Central is wider than Complex, which is drawn
	// over it: their truncation errors are the same, h²|f'''|/6.
	Forward, Central, Richardson, Complex draw.LineStyle
	// Guide is the style of the slope guides (default DefaultGuideStyle).
	Guide draw.LineStyle
	// Default is the style of the default steps' verticals (grey, dotted).
	Default draw.LineStyle
	// Best is the glyph of the optima, in the colour of their curve
	// (Best.Color is ignored).
	Best draw.GlyphStyle
}

// NewStepPlot returns the plot of s with the default style.
func NewStepPlot(s *StepSweep) *StepPlot {
	line := func(c color.Color) draw.LineStyle { return draw.LineStyle{Color: c, Width: 1.5} }
	return &StepPlot{
		Sweep:      s,
		Title:      "|error| of ∂f/∂" + s.Var + " against the step h",
		Floor:      DefaultFloor,
		Forward:    line(forwardColor),
		Central:    draw.LineStyle{Color: centralColor, Width: 2.2},
		Richardson: line(richardsonColor),
		Complex:    draw.LineStyle{Color: complexColor, Width: 1.1},
		Guide:      DefaultGuideStyle,
		Default:    draw.LineStyle{Color: color.Gray{0x60}, Width: 1, Dashes: []vg.Length{1, 2.5}},
		Best:       draw.GlyphStyle{Radius: 3.5, Shape: draw.CircleGlyph{}},
	}
}

// RGBA renders the plot at w×h CSS pixels and device pixel ratio scale (0
// means 1), as Figure.RGBA.
func (sp *StepPlot) RGBA(w, h int, scale float64) *image.RGBA { return renderRGBA(sp, w, h, scale) }

// PNG renders the plot as RGBA does and encodes it as PNG.
func (sp *StepPlot) PNG(w, h int, scale float64) ([]byte, error) { return renderPNG(sp, w, h, scale) }

// SVG renders the plot as SVG of w×h CSS pixels, text as text.
func (sp *StepPlot) SVG(w, h int) ([]byte, error) { return renderSVG(sp, w, h) }

// stepCurve is one curve of a StepPlot with its optimum.
type stepCurve struct {
	name  string
	errs  []float64 // floored
	style draw.LineStyle
	best  float64
}

func (sp *StepPlot) curves(floor float64) (cs []stepCurve, raised bool) {
	s := sp.Sweep
	for _, c := range []stepCurve{
		{"forward (approx_fprime)", s.Forward, sp.Forward, s.Best.Forward},
		{"Richardson", s.Richardson, sp.Richardson, s.Best.Richardson},
		{"central", s.Central, sp.Central, s.Best.Central},
		{"complex step", s.Complex, sp.Complex, 0},
	} {
		if len(c.errs) != len(s.H) || !slices.ContainsFunc(c.errs, isFinite) {
			continue
		}
		var r bool
		c.errs, r = floored(c.errs, floor)
		raised = raised || r
		cs = append(cs, c)
	}
	return cs, raised
}

func isFinite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

func (sp *StepPlot) drawOn(c draw.Canvas) {
	s, floor := sp.Sweep, floorOr(sp.Floor)
	cs, raised := sp.curves(floor)
	p := logLogPlot()
	var es []legendEntry
	best := sp.Best
	for i := range cs {
		addLine(p, s.H, cs[i].errs, cs[i].style, "")
		es = append(es, legendEntry{text: cs[i].name, line: &cs[i].style})
	}
	var marks []plotterPoint
	for _, cv := range cs {
		if k := slices.Index(s.H, cv.best); cv.best > 0 && k >= 0 && isFinite(cv.errs[k]) {
			g := sp.Best
			g.Color = cv.style.Color
			marks = append(marks, plotterPoint{x: cv.best, y: cv.errs[k], glyph: g})
		}
	}
	if len(marks) > 0 {
		best.Color = textColor
		es = append(es, legendEntry{text: "optimum", glyph: &best})
	}
	gs := sp.guides(cs, floor)
	if len(gs) > 0 {
		es = append(es, legendEntry{text: "slopes", line: &sp.Guide})
	}
	if raised {
		es = append(es, floorEntry(floor))
	}
	if len(s.H) > 0 {
		p.X.Min, p.X.Max = s.H[0], s.H[len(s.H)-1]
	}
	lo, hi := finiteSpan(math.Inf(1), math.Inf(-1), curveErrs(cs)...)
	if !(hi >= lo) {
		lo, hi = floor, 1
	}
	p.Y.Min, p.Y.Max = logRange(lo, hi, 3)
	for _, g := range gs {
		p.Add(g)
	}
	p.Add(defaultSteps{sp.Default, s.Defaults.Forward, "approx_fprime 2**-26", s.Defaults.Central,
		"central " + shortE(s.Defaults.Central, 2)})
	p.Add(points(marks))

	titleAt, rows, legendAt, axes := axesArea(c, sp.Title, es)
	if sp.Title != "" {
		c.FillText(textStyle(titleSz, draw.XCenter, draw.YTop), titleAt, sp.Title)
	}
	drawLegend(c, rows, legendAt)
	if !(p.X.Max > p.X.Min) {
		return
	}
	drawLogLog(axes, p, "step h", "|error|")
}

func curveErrs(cs []stepCurve) [][]float64 {
	var out [][]float64
	for _, c := range cs {
		out = append(out, c.errs)
	}
	return out
}

// guides returns the slope guides: h along the forward curve's truncation
// branch (the steps above 30 times its optimum), h² along the central
// curve's, 1/h along the forward curve's rounding branch (the steps below
// its optimum over 30). Each is fitted through the median of err/h**p over
// its branch, so one lucky sample does not move it, then lifted by
// guideLift so that it runs beside the curve rather than hiding under it.
func (sp *StepPlot) guides(cs []stepCurve, floor float64) []guide {
	s := sp.Sweep
	byName := map[string]stepCurve{}
	for _, c := range cs {
		byName[c.name] = c
	}
	var gs []guide
	add := func(name string, p float64, right bool, label string) {
		c, ok := byName[name]
		if !ok || c.best <= 0 {
			return
		}
		var q []float64
		for k, h := range s.H {
			e := c.errs[k]
			onBranch := right && h > 30*c.best || !right && h < c.best/30
			if onBranch && isFinite(e) && e > floor {
				q = append(q, e/math.Pow(h, p))
			}
		}
		if len(q) < 3 {
			return
		}
		slices.Sort(q)
		g := guide{c: guideLift * q[len(q)/2], p: p, label: label, style: sp.Guide}
		if right {
			g.x0, g.x1 = c.best, s.H[len(s.H)-1]
		} else {
			g.x0, g.x1 = c.best, s.H[0]
		}
		gs = append(gs, g)
	}
	add("forward (approx_fprime)", 1, true, "h")
	add("central", 2, true, "h²")
	add("forward (approx_fprime)", -1, false, "1/h")
	return gs
}

// guideLift is the factor by which the step plot's guides lie above the
// branches they follow: one decade.
const guideLift = 10

// defaultSteps draws the default steps as labelled verticals.
type defaultSteps struct {
	style        draw.LineStyle
	fwd          float64
	fwdLabel     string
	central      float64
	centralLabel string
}

// Plot implements plot.Plotter.
func (d defaultSteps) Plot(c draw.Canvas, p *plot.Plot) {
	trX, _ := transforms(p, &c)
	// The smaller step's label to the left of its line, the other's to
	// the right: the two lines are 2.6 decades apart, too close for
	// centred labels.
	for i, m := range []struct {
		h     float64
		label string
	}{{d.fwd, d.fwdLabel}, {d.central, d.centralLabel}} {
		if !(m.h > p.X.Min && m.h < p.X.Max) {
			continue
		}
		x := trX(m.h)
		c.StrokeLines(d.style, []vg.Point{{X: x, Y: c.Min.Y}, {X: x, Y: c.Max.Y}})
		ts := textStyle(legendSz-0.5, draw.XRight, draw.YTop)
		ts.Color = guideTextColor
		at := vg.Point{X: x - 3, Y: c.Max.Y - 3}
		if i == 1 {
			ts.XAlign, at.X = draw.XLeft, x+3
		}
		c.FillText(ts, at, m.label)
	}
}
