package plots

import (
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// lineData is a field of one variable.
type lineData struct {
	name     string
	x, f     []float64
	g, exact []float64 // numeric and exact derivative; either may be nil
}

func newLineData(f *Field) *lineData {
	d := &lineData{name: f.Vars[0], x: f.Coords[0], f: f.F}
	if f.Grad != nil {
		d.g = f.Grad[0]
	}
	if f.Exact != nil {
		d.exact = f.Exact[0]
	}
	return d
}

var (
	lineColor  = color.RGBA{0x1f, 0x4e, 0x8c, 0xff}
	exactColor = color.RGBA{0x99, 0x99, 0x99, 0xff}
	pointColor = color.RGBA{0x1f, 0x4e, 0x8c, 0xff}
	edgeColor  = color.RGBA{0xd6, 0x27, 0x28, 0xff}
	// lightLineColor replaces lineColor on a dark background.
	lightLineColor = color.RGBA{0x7f, 0xb0, 0xff, 0xff}
)

// runs splits the points (x[i], y[i]) into runs of finite values.
func runs(x, y []float64) []plotter.XYs {
	var out []plotter.XYs
	var cur plotter.XYs
	for i := range x {
		if math.IsNaN(y[i]) || math.IsInf(y[i], 0) {
			if len(cur) > 0 {
				out = append(out, cur)
			}
			cur = nil
			continue
		}
		cur = append(cur, plotter.XY{X: x[i], Y: y[i]})
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// addLine adds the finite runs of y against x to p as lines; the first is
// named in the legend.
func addLine(p *plot.Plot, x, y []float64, sty draw.LineStyle, name string) {
	for k, r := range runs(x, y) {
		l, err := plotter.NewLine(r)
		if err != nil {
			continue
		}
		l.LineStyle = sty
		p.Add(l)
		if k == 0 && name != "" {
			p.Legend.Add(name, l)
		}
	}
}

// addPoints adds the finite points (x[i], y[i]) with i in idx to p.
func addPoints(p *plot.Plot, x, y []float64, idx []int, gs draw.GlyphStyle, name string) {
	var pts plotter.XYs
	for _, i := range idx {
		if !math.IsNaN(y[i]) && !math.IsInf(y[i], 0) {
			pts = append(pts, plotter.XY{X: x[i], Y: y[i]})
		}
	}
	if len(pts) == 0 {
		return
	}
	s, err := plotter.NewScatter(pts)
	if err != nil {
		return
	}
	s.GlyphStyle = gs
	p.Add(s)
	p.Legend.Add(name, s)
}

// linePanel returns a styled empty panel.
func linePanel(xlabel, ylabel string, th Theme) *plot.Plot {
	p := measuredText(plot.New())
	p.BackgroundColor = nil
	p.X.Label.Text, p.Y.Label.Text = xlabel, ylabel
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Font = font.From(sans, 11)
		a.Tick.Label.Font = font.From(sans, 9)
		a.Tick.Marker = safeTicks{}
		themeAxis(a, th)
	}
	p.Legend.TextStyle.Font = font.From(sans, 9)
	p.Legend.TextStyle.Color = th.Foreground
	p.Legend.Top = true
	p.Legend.Left = true
	p.Legend.XOffs, p.Legend.YOffs = 4, -4
	g := plotter.NewGrid()
	if th.Background != Light.Background {
		g.Vertical.Color = mix(th.Foreground, th.Background, 0.25)
		g.Horizontal.Color = g.Vertical.Color
	}
	p.Add(g)
	return p
}

// drawLine draws the figure of a function of one variable: f on top, and
// below it the derivative from the grid (points; one-sided edge points
// marked) against the exact derivative (a line).
func (fg *Figure) drawLine(c draw.Canvas) {
	title, top, bot, ctop, cbot := fg.linePanels(c)
	if !fg.opt.Layers.NoTitle {
		ts := textStyle(titleSz, draw.XCenter, draw.YTop)
		ts.Color = fg.theme().Foreground
		c.FillText(ts, title, fg.title)
	}
	top.Draw(ctop)
	if bot != nil {
		bot.Draw(cbot)
	}
}

// linePanels lays out the line plot on c: the title's anchor, and the
// panels with the canvases they are drawn on: f on top and the derivative
// below (bot is nil when the figure has neither a numeric nor an exact
// derivative). It draws nothing, so c's Canvas may be nil.
func (fg *Figure) linePanels(c draw.Canvas) (title vg.Point, top, bot *plot.Plot, ctop, cbot draw.Canvas) {
	d := fg.line
	r := c.Rectangle
	r.Min.X += pad
	r.Min.Y += pad
	r.Max.X -= pad
	r.Max.Y -= pad
	title = vg.Point{X: (r.Min.X + r.Max.X) / 2, Y: r.Max.Y}
	if !fg.opt.Layers.NoTitle {
		r.Max.Y -= titleSz + 6
	}
	th := fg.theme()
	lc, pc, ec := lineColor, pointColor, exactColor
	if Luminance(th.Background) < 0.2 { // the light blue and grey of a dark page
		lc, pc, ec = lightLineColor, lightLineColor, color.RGBA{0xa0, 0xa6, 0xb0, 0xff}
	}
	top = linePanel("", "f", th)
	addLine(top, d.x, d.f, draw.LineStyle{Color: lc, Width: 1.5}, "")
	if d.g == nil && d.exact == nil {
		top.X.Label.Text = d.name
		return title, top, nil, draw.Canvas{Canvas: c.Canvas, Rectangle: r}, draw.Canvas{}
	}
	bot = linePanel(d.name, "df/d"+d.name, th)
	if d.exact != nil {
		addLine(bot, d.x, d.exact, draw.LineStyle{Color: ec, Width: 1.5}, "exact")
	}
	if d.g != nil {
		n := len(d.x)
		var in, edge []int
		for i := range n {
			if i == 0 || i == n-1 {
				edge = append(edge, i)
			} else {
				in = append(in, i)
			}
		}
		addPoints(bot, d.x, d.g, in, draw.GlyphStyle{Color: pc, Radius: 2.2, Shape: draw.CircleGlyph{}}, "grid (central)")
		addPoints(bot, d.x, d.g, edge, draw.GlyphStyle{Color: edgeColor, Radius: 3.2, Shape: draw.TriangleGlyph{}}, "grid (one-sided edge)")
	}
	tiles := [][]*plot.Plot{{top}, {bot}}
	canvases := plot.Align(tiles, draw.Tiles{Rows: 2, Cols: 1, PadY: 8}, draw.Canvas{Canvas: c.Canvas, Rectangle: r})
	return title, top, bot, canvases[0][0], canvases[1][0]
}

// lineMapping returns the mapping of the line plot rendered at w×h CSS
// pixels and device pixel ratio scale: the upper panel's, with the lower
// panel's as Deriv.
func (fg *Figure) lineMapping(w, h int, scale float64) Mapping {
	wp, hp, dpi := device(w, h, scale)
	ppp := float64(dpi) / 72
	c := draw.Canvas{Rectangle: vg.Rectangle{Max: vg.Point{X: vg.Length(float64(wp) / ppp), Y: vg.Length(float64(hp) / ppp)}}}
	_, top, bot, ctop, cbot := fg.linePanels(c)
	m := panelMapping(top, ctop, ppp, float64(hp), fg.line.x)
	if bot != nil {
		d := panelMapping(bot, cbot, ppp, float64(hp), fg.line.x)
		m.Deriv = &d
	}
	return m
}

// panelMapping returns the mapping of the data area of panel p drawn on c,
// for an image hp pixels high at ppp pixels per point; x holds the nodes.
func panelMapping(p *plot.Plot, c draw.Canvas, ppp, hp float64, x []float64) Mapping {
	r := p.DataCanvas(c).Rectangle // also fixes p's axis ranges, as Draw does
	return Mapping{
		Plot: Rect{float64(r.Min.X) * ppp, hp - float64(r.Max.Y)*ppp, float64(r.Max.X) * ppp, hp - float64(r.Min.Y)*ppp},
		XMin: p.X.Min, XMax: p.X.Max, YMin: p.Y.Min, YMax: p.Y.Max,
		x: x, line: true, slop: 5 * ppp,
	}
}
