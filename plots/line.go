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
func linePanel(xlabel, ylabel string) *plot.Plot {
	p := plot.New()
	p.BackgroundColor = nil
	p.X.Label.Text, p.Y.Label.Text = xlabel, ylabel
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Font = font.From(sans, 11)
		a.Tick.Label.Font = font.From(sans, 9)
	}
	p.Legend.TextStyle.Font = font.From(sans, 9)
	p.Legend.Top = true
	p.Legend.Left = true
	p.Legend.XOffs, p.Legend.YOffs = 4, -4
	p.Add(plotter.NewGrid())
	return p
}

// drawLine draws the figure of a function of one variable: f on top, and
// below it the derivative from the grid (points; one-sided edge points
// marked) against the exact derivative (a line).
func (fg *Figure) drawLine(c draw.Canvas) {
	d := fg.line
	r := c.Rectangle
	r.Min.X += pad
	r.Min.Y += pad
	r.Max.X -= pad
	r.Max.Y -= pad
	if !fg.opt.Layers.NoTitle {
		c.FillText(textStyle(titleSz, draw.XCenter, draw.YTop), vg.Point{X: (r.Min.X + r.Max.X) / 2, Y: r.Max.Y}, fg.title)
		r.Max.Y -= titleSz + 6
	}
	top := linePanel("", "f")
	addLine(top, d.x, d.f, draw.LineStyle{Color: lineColor, Width: 1.5}, "")
	if d.g == nil && d.exact == nil {
		top.X.Label.Text = d.name
		top.Draw(draw.Canvas{Canvas: c.Canvas, Rectangle: r})
		return
	}
	bot := linePanel(d.name, "df/d"+d.name)
	if d.exact != nil {
		addLine(bot, d.x, d.exact, draw.LineStyle{Color: exactColor, Width: 1.5}, "exact")
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
		addPoints(bot, d.x, d.g, in, draw.GlyphStyle{Color: pointColor, Radius: 2.2, Shape: draw.CircleGlyph{}}, "grid (central)")
		addPoints(bot, d.x, d.g, edge, draw.GlyphStyle{Color: edgeColor, Radius: 3.2, Shape: draw.TriangleGlyph{}}, "grid (one-sided edge)")
	}
	tiles := [][]*plot.Plot{{top}, {bot}}
	canvases := plot.Align(tiles, draw.Tiles{Rows: 2, Cols: 1, PadY: 8}, draw.Canvas{Canvas: c.Canvas, Rectangle: r})
	top.Draw(canvases[0][0])
	bot.Draw(canvases[1][0])
}
