package plots

import (
	"fmt"
	"math"
	"sync"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Figure is a field prepared for drawing with a set of Options: the 2-D
// slice is cut out, colour maps, contour levels and arrow scale are fixed.
// A Figure is immutable and may be drawn at any size any number of times.
type Figure struct {
	opt   Options
	sl    *slice2 // nil for a field of one variable
	line  *lineData
	title string
	// subCands are the subtitles in order of preference, from the full one
	// to shorter forms, the last one "" (see setSub); nil for none.
	subCands  []string
	edgeOrder int       // of the one-sided differences: 1 or 2
	flat      bool      // the in-plane gradient vanishes on the slice (see setSub)
	fs        summary   // of the slice's f
	heat      []float64 // heatmap values (f, or log10 of an error)
	hlabel    string
	hmap      *colorMap
	holes     bool // heat has non-finite cells
	levels    []float64
	// lines, alt and parts are shared with the figure's WithTheme copies.
	lines  *lazyLines
	alt    *lazyAlt
	parts  *partials // the small multiples, built on first use
	quiver *Quiver
	amap   *colorMap // arrow colours, nil if uniform
	alabel string
	xe, ye []float64 // cell edges
}

// lazyLines are a figure's contour lines, traced on first use.
type lazyLines struct {
	once sync.Once
	c    *Contours // contour lines of f, nil if none
}

// lazyAlt is a figure's alt text, written on first use.
type lazyAlt struct {
	once sync.Once
	text string
}

var sans = font.Font{Typeface: "Liberation", Variant: "Sans"}

// New prepares the figure of f with options o (nil means the defaults).
// It returns an error if f is inconsistent (lengths that disagree with the
// shape); NaN and ±Inf values are data and drawn as holes.
func New(f *Field, o *Options) (*Figure, error) {
	shape, err := f.shape()
	if err != nil {
		return nil, err
	}
	fg := &Figure{title: f.Expr, edgeOrder: 1, lines: &lazyLines{}, alt: &lazyAlt{}, parts: &partials{}}
	if f.EdgeOrder == 2 {
		fg.edgeOrder = 2
	}
	if o != nil {
		fg.opt = *o
	}
	if len(shape) == 1 {
		fg.line = newLineData(f)
		return fg, nil
	}
	xv, yv := fg.opt.XVar, fg.opt.YVar
	if xv == yv {
		xv, yv = 0, 1
	}
	if xv < 0 || yv < 0 || xv >= len(shape) || yv >= len(shape) {
		return nil, fmt.Errorf("plots: axis variables %d, %d out of range for %d variables", xv, yv, len(shape))
	}
	sl := extract(f, shape, xv, yv, fg.opt.Fixed, fg.opt.Error == ErrorNorm)
	fg.sl = sl
	fg.fs = summarize(sl.f)
	fg.xe, fg.ye = cellEdges(sl.x), cellEdges(sl.y)
	fg.setHeat()
	fg.setLevels()
	if sl.gx != nil && sl.gy != nil {
		fg.setQuiver()
	}
	fg.setSub()
	return fg, nil
}

// setHeat chooses the heatmap values and colour map.
func (fg *Figure) setHeat() {
	sl := fg.sl
	fg.heat, fg.hlabel = sl.f, "f"
	var e []float64
	switch fg.opt.Error {
	case ErrorNorm:
		e, fg.hlabel = sl.errN, "log₁₀ |grad f − exact|"
	case ErrorX:
		e, fg.hlabel = absDiff(sl.gx, sl.ex), "log₁₀ |∂f/∂"+sl.xName+" error|"
	case ErrorY:
		e, fg.hlabel = absDiff(sl.gy, sl.ey), "log₁₀ |∂f/∂"+sl.yName+" error|"
	}
	if fg.opt.Error != NoError {
		if e == nil {
			e = make([]float64, len(sl.f))
			for i := range e {
				e[i] = math.NaN()
			}
			fg.hlabel = "error (no exact gradient)"
		}
		fg.heat = make([]float64, len(e))
		for i, v := range e {
			fg.heat[i] = math.Log10(v) // 0 → -Inf: below the range
		}
	}
	hs := fg.fs
	if fg.opt.Error != NoError {
		hs = summarize(fg.heat)
	}
	fg.hmap = colorMapOf(fg.opt.Palette, hs)
	fg.hmap.log = fg.opt.Error != NoError
	for k := 0; hs.nonFinite && k < len(fg.heat); k++ {
		if v := fg.heat[k]; math.IsNaN(v) || math.IsInf(v, 1) || (math.IsInf(v, -1) && !fg.hmap.log) {
			fg.holes = true
			break
		}
	}
}

func absDiff(a, b []float64) []float64 {
	if a == nil || b == nil {
		return nil
	}
	d := make([]float64, len(a))
	for i := range a {
		d[i] = math.Abs(a[i] - b[i])
	}
	return d
}

// setLevels chooses the contour levels of f.
func (fg *Figure) setLevels() {
	if fg.opt.Levels != nil {
		fg.levels = fg.opt.Levels
		return
	}
	n := fg.opt.Contours
	if n == 0 {
		n = 10
	}
	lo, hi, ok := fg.fs.lo, fg.fs.hi, fg.fs.ok
	if n < 0 || !ok || lo == hi {
		return
	}
	for k := range n {
		fg.levels = append(fg.levels, lo+(hi-lo)*(float64(k)+0.5)/float64(n))
	}
}

// contours returns the contour lines of f, traced on first use (the fast
// layers do not need them) and kept for every later drawing; nil if there
// are none.
func (fg *Figure) contours() *Contours {
	fg.lines.once.Do(func() {
		if len(fg.levels) > 0 && !fg.opt.Layers.NoContours {
			fg.lines.c = NewContours(fg.sl.x, fg.sl.y, fg.sl.f, fg.levels)
		}
	})
	return fg.lines.c
}

// setQuiver builds the quiver and its colouring.
func (fg *Figure) setQuiver() {
	sl := fg.sl
	var w []float64 // out-of-plane markers, unless colours show it
	if !fg.opt.ColorByOutOfPlane {
		w = sl.gz
	}
	q := newQuiver(sl.x, sl.y, sl.gx, sl.gy, w, &fg.opt)
	switch {
	case fg.opt.ColorByOutOfPlane && sl.gz != nil:
		q.C = sl.gz
		fg.amap = newColorMap(Diverging, sl.gz)
		fg.alabel = "∂f/∂" + sl.zName
	case fg.opt.Mode == Normalized:
		q.C = make([]float64, len(sl.gx))
		for i := range q.C {
			q.C[i] = math.Hypot(sl.gx[i], sl.gy[i])
		}
		fg.amap = newColorMap(blackBody, q.C)
		fg.alabel = "|grad f|"
	}
	q.CMap = fg.amap
	fg.quiver = q
}

// textStyle returns a text style in the figure's font.
func textStyle(size vg.Length, xa draw.XAlignment, ya draw.YAlignment) draw.TextStyle {
	return draw.TextStyle{
		Color:   textColor,
		Font:    font.From(sans, size),
		Handler: textHandler,
		XAlign:  xa,
		YAlign:  ya,
	}
}

// themeAxis colours an axis: its line and ticks in th.Frame, its labels
// in th.Foreground.
func themeAxis(a *plot.Axis, th Theme) {
	a.LineStyle.Color = th.Frame
	a.Tick.LineStyle.Color = th.Frame
	a.Label.TextStyle.Color = th.Foreground
	a.Tick.Label.Color = th.Foreground
}

// newPlot returns the axes of the figure in the colours of th, without
// plotters.
func (fg *Figure) newPlot(th Theme) *plot.Plot {
	p := measuredText(plot.New())
	p.BackgroundColor = nil
	p.X.Label.Text, p.Y.Label.Text = fg.sl.xName, fg.sl.yName
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Font = font.From(sans, 11)
		a.Tick.Label.Font = font.From(sans, 9)
		a.Tick.Marker = safeTicks{}
		a.Padding = 0
		themeAxis(a, th)
	}
	p.X.Min, p.X.Max = fg.xe[0], fg.xe[len(fg.xe)-1]
	p.Y.Min, p.Y.Max = fg.ye[0], fg.ye[len(fg.ye)-1]
	return p
}
