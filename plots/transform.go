package plots

import (
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// transforms returns p.Transforms(c): the functions from data to c's
// coordinates. For linear axes they are gonum/plot's arithmetic, written
// out: its functions copy the whole plot.Axis for every coordinate (Norm
// has a value receiver), a tenth of a fast render in WebAssembly, where
// the figure maps every arrow and cell edge through them. Other scales
// keep gonum/plot's functions.
func transforms(p *plot.Plot, c *draw.Canvas) (x, y func(float64) vg.Length) {
	_, linX := p.X.Scale.(plot.LinearScale)
	_, linY := p.Y.Scale.(plot.LinearScale)
	if !linX || !linY {
		return p.Transforms(c)
	}
	ax, ay := &p.X, &p.Y
	x = func(x float64) vg.Length { return c.X((x - ax.Min) / (ax.Max - ax.Min)) }
	y = func(y float64) vg.Length { return c.Y((y - ay.Min) / (ay.Max - ay.Min)) }
	return x, y
}
