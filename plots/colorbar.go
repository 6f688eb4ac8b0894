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
type ColorBar struct {
	Map   *colorMap
	Label string
	Holes bool
}

// Draw draws the bar into rect of c.
func (b *ColorBar) Draw(c draw.Canvas, rect vg.Rectangle) {
	m := b.Map
	img := image.NewRGBA(image.Rect(0, 0, 1, len(m.lut)))
	for i, col := range m.lut {
		img.SetRGBA(0, len(m.lut)-1-i, col)
	}
	c.DrawImage(rect, img)
	c.SetLineStyle(draw.LineStyle{Color: frameColor, Width: 0.5})
	c.Stroke(rect.Path())

	h := rect.Max.Y - rect.Min.Y
	tsty := textStyle(8.5, draw.XLeft, draw.YCenter)
	labelW := vg.Length(0)
	for _, t := range (plot.DefaultTicks{}).Ticks(m.min, m.max) {
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
			c.FillText(tsty, vg.Point{X: rect.Max.X + 6, Y: y}, lbl)
			labelW = max(labelW, tsty.Width(lbl))
		}
		c.StrokeLine2(draw.LineStyle{Color: frameColor, Width: 0.5}, rect.Max.X, y, rect.Max.X+tl, y)
	}
	lsty := textStyle(10, draw.XCenter, draw.YTop)
	lsty.Rotation = math.Pi / 2
	c.FillText(lsty, vg.Point{X: rect.Max.X + 10 + labelW, Y: rect.Min.Y + h/2}, b.Label)
	if b.Holes {
		sw := vg.Rectangle{Min: vg.Point{X: rect.Min.X, Y: rect.Min.Y - 14}, Max: vg.Point{X: rect.Max.X, Y: rect.Min.Y - 4}}
		c.SetColor(m.nan)
		c.Fill(sw.Path())
		c.Stroke(sw.Path())
		c.FillText(tsty, vg.Point{X: rect.Max.X + 4, Y: rect.Min.Y - 9}, "NaN")
	}
}
