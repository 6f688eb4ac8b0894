package plots

import (
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

var (
	textColor    = color.RGBA{0x20, 0x20, 0x20, 0xff}
	contourColor = color.RGBA{0xf4, 0xf4, 0xf4, 0xff}
	frameColor   = color.RGBA{0x30, 0x30, 0x30, 0xff}
)

const (
	pad      = vg.Length(6)
	titleSz  = vg.Length(12)
	subSz    = vg.Length(9.5)
	barWidth = vg.Length(11)
	barCol   = vg.Length(64) // width of a colour-bar column
)

// layout is the arrangement of a 2-D figure on a canvas, in points.
type layout struct {
	all   vg.Rectangle   // the whole canvas
	title vg.Point       // centre baseline of the title
	sub   vg.Point       // centre baseline of the subtitle
	key   vg.Point       // right end of the arrow key's baseline
	main  draw.Canvas    // canvas of the axes
	data  vg.Rectangle   // the plot area
	bars  []vg.Rectangle // colour bars: heat first, then arrows
	plot  *plot.Plot     // axes with ranges and labels, no plotters
}

// layout arranges the figure on c.
func (fg *Figure) layout(c draw.Canvas) *layout {
	l := &layout{all: c.Rectangle, plot: fg.newPlot()}
	r := c.Rectangle
	r.Min.X += pad
	r.Min.Y += pad
	r.Max.X -= pad
	r.Max.Y -= pad
	top := r.Max.Y
	band := vg.Length(0)
	if !fg.opt.Layers.NoTitle {
		band = titleSz + 4
		if fg.sub != "" || fg.edgesShown() {
			band += subSz + 4
		}
	}
	if fg.quiver != nil && !fg.opt.Layers.NoArrows && band < 2*titleSz {
		band = 2 * titleSz
	}
	r.Max.Y -= band
	nbars := 0
	if fg.heatShown() {
		nbars++
	}
	if fg.amap != nil && !fg.opt.Layers.NoArrows {
		nbars++
	}
	main := c
	main.Rectangle = r
	main.Max.X -= vg.Length(nbars) * barCol
	l.main = main
	l.data = l.plot.DataCanvas(main).Rectangle
	for k := range nbars {
		x0 := main.Max.X + vg.Length(k)*barCol + pad
		l.bars = append(l.bars, vg.Rectangle{
			Min: vg.Point{X: x0, Y: l.data.Min.Y},
			Max: vg.Point{X: x0 + barWidth, Y: l.data.Max.Y},
		})
	}
	cx := (l.data.Min.X + l.data.Max.X) / 2
	l.title = vg.Point{X: cx, Y: top - titleSz}
	l.sub = vg.Point{X: cx, Y: top - titleSz - 4 - subSz}
	l.key = vg.Point{X: l.data.Max.X, Y: l.data.Max.Y + 4}
	return l
}

func (fg *Figure) heatShown() bool { return !fg.opt.Layers.NoHeatmap }

func (fg *Figure) edgesShown() bool {
	return !fg.opt.Layers.NoEdges && fg.sl != nil && fg.sl.gx != nil
}
