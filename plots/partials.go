package plots

import (
	"bytes"
	"image"
	"image/png"
	"math"
	"sync"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// partials are the panels of Figure.Partials, built on first use.
type partials struct {
	once sync.Once
	figs []*Figure
}

// partialFigures returns one heatmap-only figure per variable: ∂f/∂v on
// the figure's slice, in the diverging palette centred on zero.
func (fg *Figure) partialFigures() []*Figure {
	fg.parts.once.Do(func() {
		sl := fg.sl
		for k, v := range sl.vars {
			g, label := sl.grad[k], "∂f/∂"+v
			if g == nil {
				g = make([]float64, len(sl.f))
				for i := range g {
					g[i] = math.NaN()
				}
				label += " (not computed)"
			}
			p := &Figure{opt: Options{Palette: Diverging,
				Layers: Layers{NoContours: true, NoArrows: true, NoEdges: true}},
				sl: sl, title: "∂f/∂" + v, heat: g, hlabel: label, xe: fg.xe, ye: fg.ye,
				lines: &lazyLines{}, alt: &lazyAlt{}, parts: &partials{}}
			p.hmap = newColorMap(Diverging, g)
			for _, x := range g {
				if math.IsNaN(x) || math.IsInf(x, 0) {
					p.holes = true
					break
				}
			}
			fg.parts.figs = append(fg.parts.figs, p)
		}
	})
	return fg.parts.figs
}

// panelGrid returns the number of columns and rows for n panels on a w×h
// canvas: the grid whose panels are closest to a 5:4 landscape shape.
func panelGrid(n int, w, h float64) (cols, rows int) {
	best := math.Inf(1)
	for c := 1; c <= n; c++ {
		r := (n + c - 1) / c
		if score := math.Abs(math.Log(w / float64(c) / (h / float64(r)) / 1.25)); score < best {
			best, cols, rows = score, c, r
		}
	}
	return cols, rows
}

// drawPartials draws the panels on c, row by row from the top.
func (fg *Figure) drawPartials(c draw.Canvas, ppp float64, img *image.RGBA) {
	figs := fg.partialFigures()
	th := fg.theme() // the panels are shared by every theme of fg
	r := c.Rectangle
	w, h := r.Max.X-r.Min.X, r.Max.Y-r.Min.Y
	cols, rows := panelGrid(len(figs), float64(w), float64(h))
	pw, ph := w/vg.Length(cols), h/vg.Length(rows)
	for k, p := range figs {
		i, j := k%cols, k/cols
		pc := c
		pc.Min = vg.Point{X: r.Min.X + vg.Length(i)*pw, Y: r.Max.Y - vg.Length(j+1)*ph}
		pc.Max = vg.Point{X: pc.Min.X + pw, Y: pc.Min.Y + ph}
		p.draw2D(pc, p.layoutWith(pc, th), allParts, ppp, img)
	}
}

// Partials renders the small multiples of the figure's slice at w×h CSS
// pixels and device pixel ratio scale (0 means 1), as RGBA does: one panel
// per variable, the heatmap of ∂f/∂v on the same slice as the figure, titled
// "∂f/∂v", with its own colour bar in the diverging palette centred on 0.
// A component that vanishes on the slice has one tick, 0, and "(constant)";
// one the field does not have is drawn as holes. Panels are laid out in
// the grid that keeps them closest to 5:4. For a field of one variable
// (whose figure already shows the derivative) it returns nil.
func (fg *Figure) Partials(w, h int, scale float64) *image.RGBA {
	if fg.line != nil {
		return nil
	}
	wp, hp, dpi := device(w, h, scale)
	vc, img := newImageCanvas(wp, hp, dpi, fg.theme().Background)
	fg.drawPartials(draw.New(vc), float64(dpi)/72, img)
	return img
}

// PartialsPNG renders Partials as PNG; nil without error for a field of
// one variable.
func (fg *Figure) PartialsPNG(w, h int, scale float64) ([]byte, error) {
	img := fg.Partials(w, h, scale)
	if img == nil {
		return nil, nil
	}
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	err := enc.Encode(&buf, img)
	return buf.Bytes(), err
}

// PartialsSVG renders Partials as SVG of w×h CSS pixels, as SVG renders
// the figure; nil without error for a field of one variable.
func (fg *Figure) PartialsSVG(w, h int) ([]byte, error) { return fg.partialsSVG(w, h, false) }

// PartialsPrintSVG is PartialsSVG with the fonts embedded, as PrintSVG.
func (fg *Figure) PartialsPrintSVG(w, h int) ([]byte, error) { return fg.partialsSVG(w, h, true) }

// partialsSVG is PartialsSVG, with the fonts embedded if embed.
func (fg *Figure) partialsSVG(w, h int, embed bool) ([]byte, error) {
	if fg.line != nil {
		return nil, nil
	}
	return writeSVG(w, h, fg.theme().Background, embed, func(c draw.Canvas) { fg.drawPartials(c, 0, nil) })
}
