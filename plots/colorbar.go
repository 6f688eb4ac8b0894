package plots

import (
	"fmt"
	"image"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// ColorBar draws the key of a colour map as a vertical bar with ticks and
// a label on its right, and, if holes is set, a swatch for the NaN colour
// below it. Unlike plotter.ColorBar it is drawn into a fixed rectangle
// next to the axes, so that it lines up with the plot area.
//
// A constant map (all values equal, see newColorMap) has a single tick, at
// the value, and its label says "(constant)".
type ColorBar struct {
	Map   *colorMap
	Label string
	Holes bool
	// Theme colours the frame, ticks and texts.
	Theme Theme

	// raster, when it has an image, is the raster under the canvas: the
	// bar's colours are painted into it.
	raster pixels
}

// barText is one text of a colour bar, where and how it is drawn.
type barText struct {
	sty draw.TextStyle
	at  vg.Point
	txt string
}

// barTick is a tick mark of a colour bar: its height on the bar and length.
type barTick struct {
	y, len vg.Length
}

// texts returns the bar's texts for rect: the tick labels, bottom to top,
// then the NaN label if Holes is set, and last the rotated label; and the
// tick marks.
func (b *ColorBar) texts(rect vg.Rectangle) (ts []barText, ticks []barTick) {
	m := b.Map
	h := rect.Max.Y - rect.Min.Y
	tsty := textStyle(8.5, draw.XLeft, draw.YCenter)
	labelW := vg.Length(0)
	label := b.Label
	tks := safeTicks{}.Ticks(m.min, m.max)
	if m.constant {
		tks = []plot.Tick{{Value: m.value, Label: fmtVal(m.value)}}
		label += " (constant)"
	}
	for _, t := range tks {
		if t.Value < m.min || t.Value > m.max {
			continue
		}
		y := rect.Min.Y + h*vg.Length((t.Value-m.min)/(m.max-m.min))
		tl := vg.Length(2)
		if t.Label != "" {
			tl = 4
			lbl := t.Label
			if m.log {
				lbl = fmt.Sprintf("1e%g", t.Value)
			}
			ts = append(ts, barText{tsty, vg.Point{X: rect.Max.X + 6, Y: y}, lbl})
			labelW = max(labelW, tsty.Width(lbl))
		}
		ticks = append(ticks, barTick{y, tl})
	}
	if b.Holes {
		ts = append(ts, barText{tsty, vg.Point{X: rect.Max.X + 4, Y: rect.Min.Y - 9}, "NaN"})
	}
	lsty := textStyle(10, draw.XCenter, draw.YTop)
	lsty.Rotation = math.Pi / 2
	ts = append(ts, barText{lsty, vg.Point{X: rect.Max.X + 10 + labelW, Y: rect.Min.Y + h/2}, label})
	return ts, ticks
}

// Draw draws the bar into rect of c.
func (b *ColorBar) Draw(c draw.Canvas, rect vg.Rectangle) {
	m := b.Map
	th := b.Theme.resolved()
	img := image.NewRGBA(image.Rect(0, 0, 1, len(m.lut)))
	for i, col := range m.lut {
		img.SetRGBA(0, len(m.lut)-1-i, col)
	}
	if b.raster.img != nil {
		// Each pixel in the colour of the palette entry under its centre,
		// as the canvas's nearest-neighbour scaling draws the image
		// (x/image/draw's general transform: a tenth of the page's render).
		x0, y1 := b.raster.at(rect.Min)
		x1, y0 := b.raster.at(rect.Max)
		cy := make([]float64, len(m.lut)+1)
		for k := range cy {
			cy[k] = y0 + (y1-y0)*float64(k)/float64(len(m.lut))
		}
		paintCells(b.raster.img, img, []float64{x0, x1}, cy)
	} else {
		c.DrawImage(rect, img)
	}
	c.SetLineStyle(draw.LineStyle{Color: th.Frame, Width: 0.5})
	c.Stroke(rect.Path())
	ts, ticks := b.texts(rect)
	for _, t := range ticks {
		c.StrokeLine2(draw.LineStyle{Color: th.Frame, Width: 0.5}, rect.Max.X, t.y, rect.Max.X+t.len, t.y)
	}
	if b.Holes {
		sw := vg.Rectangle{Min: vg.Point{X: rect.Min.X, Y: rect.Min.Y - 14}, Max: vg.Point{X: rect.Max.X, Y: rect.Min.Y - 4}}
		c.SetColor(m.nan)
		c.Fill(sw.Path())
		c.Stroke(sw.Path())
	}
	for _, t := range ts {
		t.sty.Color = th.Foreground
		c.FillText(t.sty, t.at, t.txt)
	}
}

// fmtVal formats a value for a sentence or a single tick: integers below a
// million in full ("10000", not "1e+04"), others as fmtNum.
func fmtVal(v float64) string {
	if v == 0 {
		return "0" // and not "-0"
	}
	if v == math.Trunc(v) && math.Abs(v) < 1e6 {
		return fmt.Sprintf("%.0f", v)
	}
	return fmtNum(v)
}
